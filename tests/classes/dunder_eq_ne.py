class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print('eq called')
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x
print(V(1) == V(1), V(1) == V(2))
print(V(1) != V(1))
print(V(1) == 1)
print(V(1) in [V(0), V(1)])
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
class AlwaysNe:
    def __ne__(self, o):
        return 'custom ne'
print(AlwaysNe() != 1)
