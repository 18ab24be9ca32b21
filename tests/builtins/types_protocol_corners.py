# protocol corners
print([1, 2] == [1, 2], (1, 2) < (1, 3), 'a' < 'b', [1] != [1])
print(1 in [1, 2], 'a' in 'abc', 3 in {3: 4}, 5 in range(10))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(2 in It(), 7 in It())
print(list(zip(It(), 'abc')), sorted(It(), reverse=True), sum(It()), max(It()), min(It()))
print(dict(a=1), list((1, 2)), tuple([1]), set(), frozenset(), str(), int(), bool(), float())
print(type(None)(), type(...)(), type(NotImplemented)())
try:
    type(None)(1)
except TypeError as e:
    print(e)
try:
    class X(bool): pass
except TypeError as e:
    print(e)
try:
    class Y(1): pass
except TypeError as e:
    print(e)
print(NotImplemented, Ellipsis, ..., type(...).__name__)
print(object.__name__, type.__name__, type(type).__name__, object.__bases__, int.__bases__, bool.__mro__)
print(int.__mro__, ValueError.__mro__)
class A:
    pass
print(A.__bases__, A.__base__, A.__mro__, type(A), type(A()).__class__)
a = A()
a.__dict__['q'] = 5
print(a.q, a.__dict__, vars(a))
a.__class__ = type('B', (), {})
print(type(a).__name__)
print(getattr(a, '__class__').__name__)
print(issubclass(A, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(callable(A), callable(A()), callable(print), callable(lambda: 0))
print(str(1), str(1.5), str([1, 'a']), repr('x'), repr("it's"), ascii('ü'))
print(format(123, 'x'), format('abc', '^7'), '{:>5}'.format(3), f'{3:03}')
print(divmod(-7, -2), divmod(7, -2), pow(-1, 0), pow(0, 0))
print(round(0.5), round(1.5), round(-1.5), round(123.456, 1), round(123.456, -1), round(-0.0))
print(abs(-0), abs(True), abs(-10**20))
print(hash('a') == hash('a'), hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)))
print(min([3, 1, 2], key=lambda x: -x), max('abc', 'abd'), min([], default=None))
print(sorted({3: 1, 1: 2}), sorted('bca'), sorted([1, 3, 2], key=None))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(next(iter(range(3))), list(iter([1, 2, 3].__iter__())))
print(getattr([], 'append').__name__, getattr(1, 'bit_length')())
print(chr(97), ord('a'), hex(0), oct(-8), bin(0))
print(isinstance(1, bool), isinstance(True, int), isinstance(1.0, (int, float)))
print(len(range(10)), len(b'abc'), len(bytearray(3)))
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
print(sum(range(101)), sum([1.5, 2.5]), sum([], 0.0))
print(repr(None), repr(True))
print(int.__name__, int.__qualname__, int.__module__, A.__module__)
print(id(a) == id(a), id(a) != id(A))
e = ValueError('x')
print(e.with_traceback(None) is e)
print(str(type), repr(object), repr(ValueError), repr(len), repr(print))
print(dir(A)[:4])
print(vars(A)['__module__'], A.__doc__)
print([].__class__, (1).__class__, type(len))
