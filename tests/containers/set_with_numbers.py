s = {1, 2, 3}
print(1.0 in s, True in s, 2 ** 64 in s, sorted(s | {2 ** 64}))
s.add(True)
s.add(1.0)
print(len(s))
t = {0, False, 0.0}
print(len(t), t)
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), min(big), max(big), 999 in big, 998 in big)
