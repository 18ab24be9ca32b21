s = slice(1, 10, 2)
print(s, slice(5), slice(1, 2), s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(10))
print(slice(-100, 100).indices(5), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
try:
    [1, 2][::0]
except ValueError as e:
    print('ValueError', e)
try:
    [1, 2]['a':]
except TypeError as e:
    print('TypeError', e)
try:
    hash(slice(1))
except TypeError as e:
    print('TypeError', e)
print([0, 1, 2, 3, 4][slice(1, 4)], 'hello'[slice(None, None, -1)])
print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(*[[1, 2], [3, 4]])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(zip([1], [2], strict=True)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(abs, [])))
print(list(filter(None, [0, 1, '', 'a', [], [1]])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
try:
    reversed(5)
except TypeError as e:
    print('TypeError', e)
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
try:
    map(str)
except TypeError as e:
    print('TypeError', e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
print(list(Seq()), list(reversed(Seq())), 20 in Seq())
class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(Rev())))
e = enumerate([1]); print(iter(e) is e, next(e))
try:
    next(e)
except StopIteration:
    print('StopIteration')
cnt = [0]
def f():
    cnt[0] += 1
    return cnt[0]
print(list(iter(f, 4)))
z = zip([1, 2], [3, 4]); print(next(z), list(z))
m = map(int, '123'); print(m.__next__(), list(m))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
print(type(reversed((1,))).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter(set())).__name__)
print(list[int], dict[str, int], tuple[int, ...], list[list[int]], type(list[int]).__name__)
def g(x: list[int]) -> dict[str, int]:
    return {}
print(g([1]))
print(repr(enumerate([]))[:22], repr(iter([]))[:26])
print(sum(x for x in range(5)), list(enumerate(range(3))), dict(enumerate('ab')))
