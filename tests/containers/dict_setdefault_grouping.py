words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {}
for a, b in [('x', 1), ('y', 2), ('x', 3)]:
    nested.setdefault(a, {}).setdefault(b, 0)
    nested[a][b] += 1
print(nested)
