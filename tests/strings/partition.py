print('key=value=more'.partition('='), 'key=value=more'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('a::b'.partition('::'))
try:
    'abc'.partition('')
except ValueError as e:
    print(e)
