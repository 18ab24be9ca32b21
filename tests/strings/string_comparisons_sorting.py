words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '', 'a', 'ab', 'B']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (-len(w), w)))
print(min(words), max(words), 'a' < 'B', 'Z' < 'a', 'abc' < 'abcd')
print(sorted(['é', 'e', 'f', 'E', 'ê']), sorted(['10', '9', '100']))
