rows = [[3, 'c', 1.5], [1, 'a', 9.0], [2, 'b', 0.5], [1, 'z', 2.0]]
print(sorted(rows))
print(sorted(rows, key=lambda r: r[2]))
print(sorted(rows, key=lambda r: (r[0], -r[2])))
rows.sort(key=lambda r: r[1], reverse=True)
print(rows)
print(sorted([[1, 2], [1], [0, 5], []]))
