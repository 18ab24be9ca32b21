class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'P({self.v!r})'
class Q(P):
    def __str__(self):
        return f'<Q {self.v}>'
p = P('x'); q = Q(2)
print(p, repr(p), str(p))
print(q, repr(q), str(q))
print([p, q], (q,), {'k': q})
print(f'{p} {q!r} {q!s}')
print('%s %r' % (q, q))
class NoRepr:
    pass
print(repr(NoRepr()).startswith('<__main__.NoRepr object at'))
