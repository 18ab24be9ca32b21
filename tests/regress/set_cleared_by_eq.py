# Regression: a key whose __eq__ clears the set while the set is probing
# must not crash; the insertion restarts on the now empty table.
class Evil:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.s.clear()
        return False

s = set()
s.add(Evil(s))
s.add(Evil(s))
print(len(s))
d = {}
class EvilKey:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        d.clear()
        return False
d[EvilKey()] = 1
d[EvilKey()] = 2
print(len(d))
