class C:
    count = 0
    items = []
    def __init__(self):
        C.count += 1
        self.items.append(C.count)
a = C(); b = C()
print(C.count, a.count, b.items, a.items is C.items)
a.count = 100
print(a.count, C.count, b.count)
del a.count
print(a.count)
C.newattr = 'added'
print(b.newattr)
print('count' in C.__dict__, 'count' in a.__dict__)
