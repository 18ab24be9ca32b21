# Exercises every list method and operator, slicing, sorting and errors.
a = [3, 1, 2]
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a[::2], a[5:], a[-100:100])
a.append(4); a.extend([5, 6]); a.extend((7,)); a.extend(range(8, 10)); print(a)
a.insert(0, 0); a.insert(-1, 'x'); a.insert(100, 'end'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(9); print(a)
try:
    a.remove('zz')
except ValueError as e:
    print('ValueError', e)
print(a.index(5), a.count(1), a.index(2, 1), a.index(2, -10, 10))
try:
    a.index(99)
except ValueError as e:
    print('ValueError', e)
b = a.copy(); b.reverse(); print(b, a == b, a != b, a < b, sorted(b) == sorted(a))
b.sort(); print(b)
b.sort(reverse=True); print(b)
words = ['banana', 'Apple', 'cherry', 'apple', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError', e)
c = [1, 2, 3, 4, 5, 6, 7, 8, 9]
c[1:3] = ['a', 'b', 'c']; print(c)
c[::2] = [0] * 5; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
del c[::3]; print(c)
del c[1:3]; print(c)
del c[0]; print(c)
c[2:2] = 'xyz'; print(c)
c[5:2] = [9]; print(c)
c[:] = c; print(c)
c[::-1] = list(range(len(c))); print(c)
try:
    c[1:2] = 5
except TypeError as e:
    print('TypeError', e)
try:
    c[100]
except IndexError as e:
    print('IndexError', e)
try:
    c[100] = 1
except IndexError as e:
    print('IndexError', e)
try:
    c['a']
except TypeError as e:
    print('TypeError', e)
try:
    c[1.5]
except TypeError as e:
    print('TypeError', e)
print([1, 2] + [3], [1, 2] * 3, 3 * [0], [] * 5, [1] * -1, [1, 2] * True)
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError', e)
try:
    [1] * 1.5
except TypeError as e:
    print('TypeError', e)
try:
    'a' + [1]
except TypeError as e:
    print('TypeError', e)
x = [1]; y = x; x += [2]; x += (3,); x += 'ab'; print(x, y, x is y)
x *= 2; print(x, y)
r = [1, 2]; r.append(r); print(r)
d = {'a': r}; r.append(d); print(r)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] == [], [1] <= [1], [1, 2] >= [1, 3])
print(3 in [1, 2, 3], 4 not in [1, 2, 3], list('abc'), list((1, 2)), list({1: 2, 3: 4}), list(range(5)))
print(list(reversed([1, 2, 3])), [i for i in reversed([])])
it = iter([1, 2, 3]); print(next(it), list(it), list(it))
e = []; e.append(1); e.clear(); print(e, bool(e), bool([0]))
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError', e)
try:
    hash([])
except TypeError as e:
    print('TypeError', e)
big = list(range(1000)); big.sort(key=lambda v: -v); print(big[:5], big[-3:])
class R:
    def __init__(self, seed): self.x = seed
    def randint(self, a, b):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return a + self.x % (b - a + 1)
random = R(1)
data = [random.randint(0, 100) for _ in range(500)]
s1 = sorted(data); print(s1 == sorted(data, reverse=True)[::-1], s1[:10], s1[-5:])
stab = [(v % 10, i) for i, v in enumerate(data)]
print(sorted(stab, key=lambda p: p[0])[:10])
print(sorted([3.5, 1.25, -2.0, 7.0]), sorted(['b', 'a', 'é', 'z', 'A']))
print(max([1, 5, 3]), min([4, 2, 8]), sum([1, 2, 3]))
print(list.__name__, type([]).__name__, repr([]), str([1, 'a']), repr([[], [[]]]))
print([1, 2, 3][True], [0, 1, 2][-3])
class L(list):
    pass
l = L([3, 1, 2]); l.sort(); print(l, len(l), type(l).__name__, l + [4], isinstance(l, list))
class M(list):
    def __init__(self, n):
        super().__init__(range(n))
m = M(4); print(m, m[1:3], m[-1])
print([1, [2, 3]] == [1, [2, 3]], [float('nan')] == [float('nan')])
n = float('nan'); print([n] == [n], n in [n])
