class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, v):
        a = self.a
        a.append(v)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
tasks = MinHeap()
for pri, name in [(2, 'write'), (1, 'plan'), (3, 'test'), (1, 'coffee')]:
    tasks.push((pri, name))
while tasks:
    print(tasks.pop())
