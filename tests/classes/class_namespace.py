class C:
    x = 1
    y = x + 1
    items = [i * 2 for i in range(3)]
    try:
        bad = [x * i for i in range(3)]
    except NameError as e:
        print('class scope hidden:', e)
    def f(self):
        return self.x
print(C.x, C.y, C.items)
class D:
    def helper(v):
        return v * 2
    val = helper(21)
print(D.val)
x = 'global x'
class E:
    x = 'class x'
    def m(self):
        return x
print(E().m())
