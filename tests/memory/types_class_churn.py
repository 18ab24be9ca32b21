class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
    def __repr__(self):
        return 'Node(%d)' % self.v
class Tree(Node):
    def __init__(self, v):
        super().__init__(v)
        self.kids = []
total = 0
for i in range(3000):
    n = None
    for j in range(20):
        n = Node(j, n)
    t = Tree(i)
    t.kids.append(n)
    total += t.kids[0].v + len(repr(t))
print(total)
class E(Exception):
    def __init__(self, i):
        super().__init__("err %d" % i)
        self.i = i
s = 0
for i in range(2000):
    try:
        raise E(i)
    except E as e:
        s += e.i + len(str(e))
print(s)
class P:
    @property
    def x(self): return [1, 2, 3]
print(sum(sum(P().x) for i in range(2000)))
