class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)))
if B(1 == 1):
    print('truthy')
print(bool(L(0)), bool(L(3)), len(L(7)))
print(not L(0), 'yes' if L(2) else 'no')
class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
