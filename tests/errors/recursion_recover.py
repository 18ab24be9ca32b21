depth = 0
def probe(n):
    global depth
    depth = n
    probe(n + 1)
try:
    probe(0)
except RecursionError:
    pass
print(depth > 50)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return 'Node(' + repr(self.nxt) + ')'
n = Node(None)
n.nxt = n
try:
    repr(n)
except RecursionError:
    print('repr recursion caught')
