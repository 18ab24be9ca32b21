a = 'abc'
b = 'ab' + 'c'
print(a == b, hash(a) == hash(b), len({a, b}))
d = {a: 1}
print(d[b])
s = 'hello'
t = s.upper()
print(s, t)
print(s * 2 is not s, ('x' * 3).count('x'))
