r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1])
print(5 in r, 6 in r, r.index(8), r.count(11), list(range(5, 0, -2)), list(range(0)))
print(range(10) == range(0, 10), range(0) == range(5, 5), range(1, 3) == range(1, 4))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(list(range(-5, 5, 4)), list(range(10, -10, -7)), r.start, r.stop, r.step)
try:
    range(1, 10, 0)
except ValueError as e:
    print(e)
try:
    r[10]
except IndexError as e:
    print(e)
try:
    r.index(3)
except ValueError as e:
    print(e)
print(sum(range(101)), max(range(7)), reversed(range(3)).__class__.__name__, list(reversed(range(3))))
