words = ['kiwi', 'fig', 'banana', 'apple']
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([], key=len, default='none'), min((), default=0))
print(max(3, 1, 2, key=lambda x: -x), min(range(10), key=lambda x: abs(x - 6.4)))
print(max('abc', 'xyz', 'mno'), min([[2], [1, 5], [1]]))
print(max({'a': 3, 'b': 9}.items(), key=lambda kv: kv[1]))
