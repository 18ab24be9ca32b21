r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(5, 0, -1), len(r), r[3], r[-1], r[2:5], r[::-1], r[::2], r[1:-1:3])
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 'a' in r, True in r)
print(r.start, r.stop, r.step, range(3).count(1), range(3).index(2), range(0, 20, 5).index(15))
try:
    range(3).index(5)
except ValueError as e:
    print('ValueError', e)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    r[10]
except IndexError as e:
    print('IndexError', e)
try:
    r['a']
except TypeError as e:
    print('TypeError', e)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1) == range(1, 2, 5), range(3) != range(4))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), sum(range(101)), bool(range(0)), bool(range(1)))
print(range(-5, 5)[-3], range(10, 0, -3)[1], len(range(10, 0, -3)), list(range(10, 0, -3)))
print(range(100)[10:90:7], len(range(-10, 10, 3)), range(2**40)[2**39])
print(hash(range(0)) == hash(range(5, 5)), hash(range(3)) == hash(range(0, 3)))
it = iter(range(3)); print(next(it), list(it))
print(type(iter(range(3))).__name__, [i * i for i in range(-3, 3)])
print(range(0, 10, 3)[1:], range(10)[::-2], range(10)[-100:100], range(5)[5:])
