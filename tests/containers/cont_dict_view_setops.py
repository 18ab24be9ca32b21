class R:
    def __init__(self): self.x = 12345
    def randint(self, a, b):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return a + self.x % (b - a + 1)
random = R()
for trial in range(30):
    d1 = {random.randint(-40, 200): i for i in range(random.randint(0, 30))}
    d2 = {random.randint(-40, 200): i for i in range(random.randint(0, 30))}
    s = set(random.randint(-40, 200) for _ in range(random.randint(0, 20)))
    l = [random.randint(-40, 200) for _ in range(random.randint(0, 20))]
    k1, k2 = d1.keys(), d2.keys()
    print(k1 & k2, k1 | k2, k1 - k2, k1 ^ k2)
    print(k1 & s, s & k1, k1 | s, s | k1, k1 - s, s - k1, k1 ^ s, s ^ k1)
    print(k1 & l, l & k1, k1 | l, l | k1, k1 - l, l - k1, k1 ^ l, l ^ k1)
    print(k1 == s, k1 <= k2, k1 > s, k1.isdisjoint(l), k1 == set(k1))
    i1 = d1.items()
    print(sorted(i1 & {(x, 0) for x in range(-40, 200)}), len(i1 | d2.items()))
