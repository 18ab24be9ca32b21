print(repr(1), repr(1.0), repr('s'), repr("'"), repr([1, 's']), repr((1,)), repr({}), repr(set()), repr(None))
print(repr(b'b'), repr(range(3)), repr(True), repr(1e100), repr(-0.0), repr([[]]), repr({'a': (1, 2)}))
class R:
    def __repr__(self):
        return 'R()'
print(repr(R()), repr([R(), R()]), str(R()), repr({R(): 1} if False else {1: R()}))
