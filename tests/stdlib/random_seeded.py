import random
random.seed(42)
ok = True
for i in range(200):
    r = random.random()
    ok = ok and 0.0 <= r < 1.0
print('random range', ok)
ok = True
for i in range(200):
    r = random.randint(3, 7)
    ok = ok and 3 <= r <= 7 and type(r) is int
print('randint', ok)
ok = True
for i in range(200):
    r = random.randrange(0, 100, 5)
    ok = ok and r % 5 == 0 and 0 <= r < 100
print('randrange step', ok)
ok = True
for i in range(100):
    u = random.uniform(2.0, 3.0)
    ok = ok and 2.0 <= u <= 3.0
print('uniform', ok)
seq = ['a', 'b', 'c', 'd']
print(all(random.choice(seq) in seq for i in range(50)))
print(all(0 <= random.getrandbits(8) < 256 for i in range(50)))
print(random.getrandbits(1) in (0, 1), random.randrange(1))
