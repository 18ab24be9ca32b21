print(len(''), len('abc'), len([1, 2]), len((1,)), len({}), len({'a': 1}), len(set()), len(range(10)), len(b'xy'))
class L:
    def __len__(self):
        return 42
print(len(L()), len('😀é'), len(range(0, 100, 7)), len(frozenset('aab')))
try:
    len(iter([]))
except TypeError as e:
    print(e)
class Big:
    def __len__(self):
        return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(e)
