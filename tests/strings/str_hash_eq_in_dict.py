keys = ['alpha', 'beta', 'gamma', 'al' + 'pha', ''.join(['b', 'e', 't', 'a'])]
d = {}
for k in keys:
    d[k] = d.get(k, 0) + 1
print(d)
print(sorted(set(keys)))
print('gamma' in d, 'delta' in d, d['alpha'])
