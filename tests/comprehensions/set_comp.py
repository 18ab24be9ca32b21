s = {x % 4 for x in range(20)}
print(sorted(s), type(s).__name__)
print(sorted({c for c in 'mississippi'}))
print(len({x // 2 for x in range(10)}))
print({1 for _ in range(5)})
