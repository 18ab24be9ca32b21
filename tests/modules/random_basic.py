import random

def t(f, *a, **k):
    try:
        f(*a, **k)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0.0 <= x < 1.0 for x in a), len(set(a)) == 5)
random.seed('hello')
s1 = random.getrandbits(64)
random.seed('hello')
print(s1 == random.getrandbits(64))
random.seed(2 ** 200 + 7)
s2 = random.random()
random.seed(2 ** 200 + 7)
print(s2 == random.random(), random.seed(None), random.seed(), random.seed(b'x'), random.seed(1.5))
vals = [random.randint(1, 6) for _ in range(2000)]
print(min(vals), max(vals), sorted(set(vals)))
vals = [random.randrange(10) for _ in range(2000)]
print(min(vals), max(vals), len(set(vals)))
vals = [random.randrange(5, 50, 5) for _ in range(2000)]
print(min(vals), max(vals), all(v % 5 == 0 for v in vals))
vals = [random.randrange(10, 0, -3) for _ in range(500)]
print(sorted(set(vals)))
print(random.randrange(7, 8), random.randint(3, 3), random.randrange(5.0) in range(5))
big = random.randrange(10 ** 30)
print(0 <= big < 10 ** 30, type(big).__name__)
bits = [random.getrandbits(k) for k in (0, 1, 8, 31, 32, 33, 64, 100, 200)]
print(bits[0], all(0 <= x < 2 ** k for x, k in zip(bits, (0, 1, 8, 31, 32, 33, 64, 100, 200))))
print(max(random.getrandbits(100) for _ in range(50)).bit_length() > 90)
u = [random.uniform(2, 3) for _ in range(100)]
print(all(2 <= x <= 3 for x in u), type(u[0]).__name__)
seq = ['a', 'b', 'c']
print(all(random.choice(seq) in seq for _ in range(50)), random.choice('x'), random.choice((7,)))
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)), len(l))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s))
print(sorted(random.sample('abc', 3)), random.sample([1, 2], 0), sorted(random.sample(['x', 'y'], k=2)))
print(sorted(random.sample(['a', 'b'], 3, counts=[1, 2])))
c = random.choices('ab', k=20)
print(len(c), set(c) <= {'a', 'b'}, random.choices('ab', weights=[0, 1], k=3), random.choices('ab', cum_weights=[1, 1], k=2))
g = [random.gauss(10, 0.001) for _ in range(10)]
print(all(9 < x < 11 for x in g))
t(random.randrange, 0)
t(random.randrange, 5, 2)
t(random.randrange, 5, 5)
t(random.randrange, 1, 10, 0)
t(random.randrange, 10, 1, 2)
t(random.randrange, 1.5)
t(random.randint, 5, 1)
t(random.choice, [])
t(random.choice, '')
t(random.sample, {1, 2}, 1)
t(random.sample, [1, 2], 3)
t(random.sample, [1, 2], -1)
t(random.getrandbits, -1)
t(random.seed, [1])
t(random.choices, [], k=1)
t(random.choices, 'ab', weights=[0, 0])
t(random.choices, 'ab', weights=[1])
t(random.choices, 'ab', [1, 1], cum_weights=[1, 2])
