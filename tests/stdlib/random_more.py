import random
random.seed(7)
s = set()
for i in range(300):
    s.add(random.randrange(10))
print(sorted(s))
ok = all(-5 <= random.randint(-5, -1) <= -1 for i in range(100))
print(ok, all(random.randrange(2, 20, 3) in range(2, 20, 3) for i in range(100)))
x = list('abcdef')
print(sorted(random.sample(x, 6)) == x, len(random.sample(x, 0)))
try:
    random.sample(x, 7)
except ValueError as e:
    print('ValueError')
random.seed(1); a = random.getrandbits(32)
random.seed(1); b = random.getrandbits(32)
print(a == b, 0 <= a < 2 ** 32)
print(all(0 <= random.uniform(0, 1) <= 1 for _ in range(50)), random.choice('z'), random.choice((5,)))
