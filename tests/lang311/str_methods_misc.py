s = 'Hello, Copper World'
print(s.split(), s.split(', '), s.rsplit(' ', 1), s.partition(' '), s.rpartition(' '))
print(s.title(), s.swapcase(), s.casefold(), s.center(25, '*'), s.ljust(22, '.'), s.rjust(22))
print(s.count('o'), s.index('C'), s.find('z'), s.startswith(('x', 'He')), s.removeprefix('Hello, '), s.removesuffix('World'))
print('a\tb'.expandtabs(4), ' x '.strip(), 'xxhixx'.strip('x'), '42'.zfill(5), '-42'.zfill(5))
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '  '.isspace(), 'Ab'.istitle(), 'ab'.islower(), 'X1'.isupper())
print('a,b,,c'.split(','), 'l1\nl2\r\nl3'.splitlines(), 'l1\nl2\n'.splitlines(True), ''.split())
print('{}'.join('abc'), 'abc'.translate(str.maketrans('ab', 'xy')), 'abc'.translate({97: None}))
print('é'.encode(), 'ß'.upper(), 'İ'.lower() == 'i̇', 'ǅ'.title() if False else '', 'straße'.casefold())
try:
    s.index('zz')
except ValueError as e:
    print('ValueError', e)
print('%s' % [1, 'a'], str(b'x'), ascii('ñ'), repr('\x00\u200b'), 'a' * 0 == '')
