print(repr('ab'.ljust(5)), repr('ab'.rjust(5)), repr('ab'.center(5)), repr('ab'.center(6, '*')))
print(repr('abc'.center(6)), repr('abc'.center(7, '-')), repr('long'.ljust(2)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print('x'.ljust(3, '.'), 'x'.rjust(3, '.'))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(e)
