class EmptyError(Exception):
    pass
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise EmptyError('pop from empty stack')
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
s = Stack()
for i in range(3):
    s.push(i * i)
while s:
    print(s.pop())
try:
    s.pop()
except EmptyError as e:
    print(type(e).__name__, e)
