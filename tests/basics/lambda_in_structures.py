ops = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
v = 3
for op in ops:
    v = op(v)
print(v)
table = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([table[o](6, 3) for o in '+-*'])
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=lambda t: t[1]))
