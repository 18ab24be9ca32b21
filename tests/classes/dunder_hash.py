class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
d = {K(1): 'one', K(2): 'two'}
print(d[K(1)], d[K(2)], K(3) in d)
s = {K(1), K(1), K(2)}
print(len(s))
print(hash(K(7)) == hash(7))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(EqOnly.__hash__)
class Unhash:
    __hash__ = None
try:
    {Unhash()}
except TypeError as e:
    print(e)
