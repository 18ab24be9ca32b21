s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(list(range(20))[s], 'abcdefghijk'[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Show:
    def __getitem__(self, k):
        return k
print(Show()[1:2:3], Show()[::], Show()[:5])
