class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def __len__(self):
        return self.size
    def __repr__(self):
        return 'LL(' + ' -> '.join(map(repr, self)) + ')'
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(ll), 2 in ll)
ll.reverse()
print(ll)
