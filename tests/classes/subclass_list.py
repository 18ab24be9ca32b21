class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s)
print(isinstance(s, list), type(s).__name__, s == [1, 2])
s.extend('ab')
print(s[1:], sorted(Stack([3, 1, 2])))
class Logging(list):
    def append(self, v):
        print('appending', v)
        super().append(v)
l = Logging()
l.append(5)
print(l, l + [6])
