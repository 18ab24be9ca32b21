for a in (7, -7, 7.5, -7.5):
    for b in (2, -2, 2.5, -2.5):
        print(a, b, a // b, a % b)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5 % 3.0, -5 % 3.0, 5.0 % -3)
print(-0.0 % 1, 0.0 % -1)
