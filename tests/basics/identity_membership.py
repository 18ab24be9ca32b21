a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(1 in a, 3 in a, 3 not in a)
print('ell' in 'hello', 'x' in 'hello', '' in 'abc')
print(2 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1}, 5 in range(10), 5 in {5})
print(None is None, [] is [])
