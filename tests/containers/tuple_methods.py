t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t), t[1:3], t[::-1])
print(t + (4,), t * 2, (0,) * 3, () + ())
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
a, b = (1, 2)
print(a, b, 2 in t, max(t), min(t), sum(t))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
print((1, [2, 3]), ((1,),), type(()).__name__)
