s = 'Hello, World'
print(s[0], s[-1], s[4], s[-5])
print(s[0:5], s[7:], s[:-7], s[::2], s[::-1], s[3:3])
print(len(s), len(''), s[100:], s[-100:3])
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = 'h'
except TypeError as e:
    print(e)
for i, ch in enumerate('abc'):
    print(i, ch)
print(list('xyz'), ''.join(reversed('xyz')))
