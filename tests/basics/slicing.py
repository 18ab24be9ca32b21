s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1])
t = 'abcdefgh'
print(t[1:4], t[::-1], t[::3], t[-2:])
print(tuple(range(6))[1:5:2])
print(s[slice(1, 8, 3)], s[slice(None, None, -3)])
print(s[True:3])
