import random
random.seed(123)
a = [random.random() for i in range(10)]
b = [random.randint(0, 1000) for i in range(10)]
random.seed(123)
c = [random.random() for i in range(10)]
d = [random.randint(0, 1000) for i in range(10)]
print(a == c, b == d)
lst = list(range(20))
random.shuffle(lst)
print(sorted(lst) == list(range(20)), len(lst))
s = random.sample(range(100), 10)
print(len(s), len(set(s)) == 10, all(0 <= x < 100 for x in s))
for bad in [(5, 3), (2, 2)]:
    try:
        random.randrange(*bad)
    except ValueError as e:
        print('ValueError')
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
try:
    random.randint(5, 1)
except ValueError:
    print('ValueError')
