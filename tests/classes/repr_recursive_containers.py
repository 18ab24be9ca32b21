class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
    def __repr__(self):
        return f'Node({self.name!r}, {self.children!r})' if self.children else f'Node({self.name!r})'
tree = Node('root', [Node('a'), Node('b', [Node('c')])])
print(tree)
print([tree.children[0]], {'n': tree.children[1]})
l = [1]
l.append(l)
d = {'self': None}
d['self'] = d
print(l, d)
