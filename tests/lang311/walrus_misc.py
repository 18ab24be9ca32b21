data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 6])
print(y)
vals = iter([1, 2, 0, 5])
while (v := next(vals)) != 0:
    print('v', v)
def f(a, /, b, *, c):
    return a, b, c
print(f(1, 2, c=3), f(1, b=2, c=3))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
print(*[1, 2], *(3,), sep='-')
d = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(d, [*range(3), *'ab'], {*()}, (*[1],))
a, *b, c = range(6)
print(a, b, c)
first, (second, third) = 'x', 'yz'
print(first, second, third)
