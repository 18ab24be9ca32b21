l = list(range(10))
print(l[2:8:2], l[-2:], l[:-8], l[5:5], l[::-3])
l[::3] = ['a', 'b', 'c', 'd']
print(l)
l[2:5] = []
print(l)
l[1:1] = [100, 200]
print(l)
l[-1:] = ['last']
print(l)
del l[1::2]
print(l)
copy = l[:]
copy[0] = 'changed'
print(l[0], copy[0])
