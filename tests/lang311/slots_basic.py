class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
del p.y
try:
    p.y
except AttributeError as e:
    print('AttributeError', e)
p.y = 5
print(p.y)
class Q(P):
    pass
q = Q(3, 4)
q.extra = 'ok'
print(q.extra, q.x, q.y)
class R(P):
    __slots__ = ('w',)
r = R(1, 1)
r.w = 9
print(r.w)
try:
    r.v = 1
except AttributeError as e:
    print('AttributeError', e)
class S:
    __slots__ = 'only'
s = S()
s.only = 1
print(s.only, S.__slots__)
