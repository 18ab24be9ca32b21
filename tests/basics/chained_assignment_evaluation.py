def val(v):
    print('eval', v)
    return v
a = b = val(5)
print(a, b)
lst = [0, 0, 0]
i = 0
lst[val(0)] = lst[val(1)] = val('x')
print(lst)
x = [1, 2]
y = x
x = x + [3]
print(x, y)
