pairs = [(1, 'first'), (3, 'a'), (1, 'second'), (3, 'b')]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max(['b', 'a', 'B'], key=str.lower), min(['b', 'a', 'A'], key=str.lower))
print(max(0, -0.0), max(-0.0, 0), min(1, True), min(True, 1))
