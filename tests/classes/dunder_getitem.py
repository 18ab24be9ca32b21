class Seq:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print('get', k)
        return self.data[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.data[k]
s = Seq()
s['a'] = 1
s[1, 2] = 'tuple'
print(s['a'], s[1, 2])
del s['a']
try:
    s['a']
except KeyError as e:
    print('KeyError', e)
class Sl:
    def __getitem__(self, k):
        return k
x = Sl()
print(x[1:2], x[::3], x[1:2, 3], x[...])
