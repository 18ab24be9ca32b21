def f(v):
    print('eval', v)
    return v
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 >= 2 == 2)
print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1))
x = 5
print(0 <= x < 10, 0 <= x <= 4)
print(1 == 1 != 2, 1 == 1 == 2)
print('a' < 'b' < 'c', [1] < [2] < [3])
print(1 < 2 in [2], 1 == 1 in [1])
print(2 not in [1] not in [[3]])
