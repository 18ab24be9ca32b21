import re
for pat in ['(', ')', '[a', 'a**', '(?P<n>a)(?P<n>b)', '\\', '{1,2}x(', '(?<=a+)b']:
    try:
        re.compile(pat)
        print('compiled', pat)
    except re.error as e:
        print(repr(pat), 'error', e)
m = re.match('(a)', 'a')
try:
    m.group(2)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
