people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
nums = [3, -1, 2, -3, 1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
l = list(range(20, 0, -3))
l.sort(key=lambda x: x % 3)
print(l)
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted('cba'), sorted({3: 0, 1: 0}))
