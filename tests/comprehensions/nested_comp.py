print([[y for y in range(x)] for x in range(4)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
flat = [v for row in [[1, 2], [3], [], [4, 5, 6]] for v in row]
print(flat)
print({k: {v: v * 2 for v in range(k)} for k in range(3)})
print(sum(sum(r) for r in [[1, 2], [3, 4]]))
