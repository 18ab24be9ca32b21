class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __contains__(self, v):
        return v == 'magic'
s = Seq(5)
print(len(s), s[2], s[1:4], list(s), 'magic' in s, 4 in s, list(reversed(s)))
class Call:
    def __call__(self, *a, **k):
        return a, sorted(k.items())
print(Call()(1, 2, z=3), callable(Call()), callable(5))
class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return True
with Ctx():
    raise KeyError('suppressed')
print('after')
class Str:
    def __str__(self):
        return 'S'
    def __repr__(self):
        return 'R'
print(Str(), [Str()], f'{Str()}', f'{Str()!r}', str(Str()), repr(Str()))
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], bin(Idx()), range(5)[Idx()], 'abc'[Idx()])
