print('a b  c'.split(), 'a b  c'.split(' '), '  lead trail  '.split())
print('a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(''.split(), ''.split(','), 'abc'.split('abc'))
print('one\ntwo\r\nthree\rfour'.splitlines(), 'x\ny\n'.splitlines(True))
print('a\tb\nc d'.split(None, 1), '  a b c  '.rsplit(None, 1))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), ' '.join(map(str, [1, 2])))
try:
    ','.join([1, 2])
except TypeError as e:
    print(e)
try:
    'a'.split('')
except ValueError as e:
    print(e)
