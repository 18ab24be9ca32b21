from collections import deque

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], 2 in d, 5 in d, list(d), bool(d), bool(deque()))
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
x = deque([1, 2, 3, 4, 5])
x.rotate(2)
print(x)
x.rotate(-3)
print(x)
x.rotate()
print(x)
x.rotate(12)
print(x)
x.extendleft([7, 8])
x.reverse()
print(x, x.count(1), len(x), 7 in x, list(reversed(x)))
del x[0]
print(x)
x[0] = 99
print(x, x.index(99), x.index(1, 1))
y = deque(maxlen=3)
y.extend(range(10))
print(y, y.maxlen)
y.appendleft(-1)
print(y)
y.append(100)
print(y)
z = deque([1], 0)
z.append(2)
print(z, deque('abc'), deque(), deque([], 5), deque(maxlen=None), deque(range(5), 3))
x = deque([1, 2])
x += [3]
print(x)
x *= 2
print(x)
x.clear()
print(x, bool(x))
q = deque([1, 2])
q.insert(10, 5)
q.insert(-10, 0)
q.insert(1, 'i')
print(q)
print(deque([1, 2, 3]) + deque([4], maxlen=1), deque([1, 2], maxlen=3) + deque([3, 4]))
print(deque([1, 2], maxlen=3) * 3, deque([1, 2]) * 2, 2 * deque([1]), deque([1]) * 0)
w = deque([1, 2, 3], maxlen=4)
w *= 1000000
print(w)
print(d == deque(d), d != deque(), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([2]) > deque([1, 5]))
c = d.copy()
c.append('new')
print(d, c, c.maxlen, deque(maxlen=2).copy().maxlen)
e = deque([1])
e.append(e)
print(e)
r = deque()
for i in range(100):
    r.append(i)
    if i % 3 == 0:
        r.popleft()
print(len(r), r[0], r[-1], sum(r))
for i in range(1000):
    r.appendleft(i)
    r.pop()
print(len(r), r[0], r[-1])
t(lambda: d.index(42))
t(lambda: d.remove(42))
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: d[50])
t(lambda: d[-50])
t(lambda: d[1:2])
t(lambda: d['a'])
t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen='a'))
t(lambda: deque([1, 2], 2).insert(0, 5))
t(lambda: deque([1, 2, 3]) + [1])
t(lambda: hash(deque()))
t(lambda: deque(5))
t(lambda: deque([1, 2]).rotate('x'))
t(lambda: deque([1, 2, 3]).index(2, 0, 1))

def mut():
    m = deque([1, 2, 3])
    for i in m:
        m.append(1)

t(mut)
d2 = deque([1, 2, 3])
d2.remove(2)
print(d2, d2.maxlen)

class S(deque):
    def total(self):
        return sum(self)

s = S([1, 2])
s.append(3)
print(len(s), s.total(), list(s), s[1], isinstance(s, deque))
it = iter(deque([1, 2]))
print(next(it), next(it), next(it, 'end'))
