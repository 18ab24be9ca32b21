class C:
    def __init__(self):
        self.count = 0
        self.items = {'a': 1}
c = C()
for _ in range(3):
    c.count += 2
    c.items['a'] *= 3
print(c.count, c.items)
m = [[1, 2], [3, 4]]
m[1][0] += 10
m[0][1] **= 3
print(m)
calls = []
def idx():
    calls.append('idx')
    return 0
lst = [5]
lst[idx()] += 1
print(lst, calls)
