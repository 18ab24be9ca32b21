r = range(10 ** 20)
print(r, r[-1], 10 ** 19 in r, -1 in r, r[5], r[10**19], r[:3], r[-3:], r[::10**19], r[::-1][:2])
print(range(0, 10**20, 10**20) == range(1), range(10**20) == range(10**20), range(10**20) != range(10**20 + 1))
print(r.start, r.stop, r.step, bool(r), bool(range(10**20, 0)), range(10**20, 0))
try:
    len(r)
except OverflowError as e:
    print('OverflowError', e)
it = iter(range(10**20, 10**20 + 3)); print(type(it).__name__, list(it))
print(list(reversed(range(10**20, 10**20 + 3))), list(range(-10**20, -10**20 + 6, 2)))
print(range(2**63 - 2, 2**63 + 2), list(range(2**63 - 2, 2**63 + 2)), len(range(2**63 - 2, 2**63 + 2)))
print(range(10**20).index(5), range(10**20).count(10**19), range(0, 10**20, 7).index(70))
try:
    range(10**20).index(-5)
except ValueError as e:
    print('ValueError', e)
print(hash(range(10**20)) == hash(range(0, 10**20)), range(5)[10**30:], range(10)[-10**30:2])
try:
    range(5)[10**30]
except IndexError as e:
    print('IndexError', e)
try:
    r[10**30]
except IndexError as e:
    print('IndexError', e)
print(range(-2**62, 2**62)[-1], range(-2**62, 2**62)[::2**61], range(2**62, -2**62, -2**61)[1:])
try:
    len(range(-2**63, 2**63))
except OverflowError as e:
    print('OverflowError', e)
class I:
    def __index__(self): return 10**20
print(range(I()), range(3)[True])
