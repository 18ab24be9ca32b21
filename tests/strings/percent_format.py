print('%s and %s' % ('a', 'b'), '%d' % 42, '%5d|' % 42, '%-5d|' % 42, '%05d' % 42)
print('%f' % 3.14159, '%.2f' % 3.14159, '%10.3f|' % 3.14159, '%e' % 1234.5, '%g' % 0.00001)
print('%x %X %o' % (255, 255, 8), '%#x %#o' % (255, 8), '%c' % 65, '%c' % 'z')
print('%r %s' % ('q', 'q'), '%%', '%s' % [1, 2], '%s' % (1,), '%(a)s-%(b)d' % {'a': 'x', 'b': 5})
print('%+d %+d % d' % (5, -5, 5), '%.3s' % 'abcdef', '%5s|%-5s|' % ('r', 'l'))
print('%i' % 3.9, '%d' % True, '%s' % None, '%*d|' % (4, 7))
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
try:
    '%s %s' % ('a',)
except TypeError as e:
    print(e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print(e)
