i = 0
while i < 3:
    print('loop', i)
    i += 1
else:
    print('else ran')
i = 0
while i < 10:
    if i == 2:
        break
    i += 1
else:
    print('not printed')
print('broke at', i)
while False:
    pass
else:
    print('empty else')
n = 0
while True:
    n += 1
    if n > 4:
        break
print(n)
