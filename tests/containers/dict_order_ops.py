d = {}
d['z'] = 1; d['a'] = 2; d['m'] = 3
print(d, list(d))
d['z'] = 10
print(d)
del d['a']
d['a'] = 4
print(d)
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2})
print(d | {'q': 0}, {'x': 1} | {'x': 2})
d |= {'m': 30, 'n': 40}
print(d)
print(len(d), 'z' in d, 10 in d, list(reversed(d)))
print({1: 'int', 1.0: 'float', True: 'bool'})
