pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
print([n for n, _ in pairs], [c for _, c in pairs])
print([(b, a) for a, b in pairs])
print({c: n for n, c in pairs})
print([first for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([rest for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([x for x, in [(1,), (2,)]])
