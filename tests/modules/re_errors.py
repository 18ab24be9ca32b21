# re.error: messages and positions as CPython's parser reports them.
import re

patterns = [
    '(', 'a)', '(?P<1>a)', '(?P<a>a)(?P<a>b)', '(?P=b)', '*', 'a**', 'a{2,1}', '[', '[a',
    '[]', '[z-a]', r'\q', '\\', '(?', '(?x', '(?<', '(?<x)', '(?P', '(?Px', '(?P<', '(?P<a',
    '(?P<a>', r'(a)\2', r'(a\1)', '(?<=a+)b', '(?<=a|bc)', '(?i', 'a(?i)b', '(?ii:a)',
    '(?q)', r'\x1', r'\x', r'\u12', r'\777', '{1}', '^*', '$*', r'\b*', 'a{1}{2}', 'a*?+',
    '(?#com', '(?(1)a|b)', '(a)(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', r'[\d-z]', r'[a-\d]',
    '(?P<a-b>x)', r'\8', r'\10', '(?<!a*)', 'a\n(', r'[\q]', r'[\A]', '(?L)', '(?-i)',
    '(?i-i:a)', '(?-:a)', '(?u-u:a)', ')', 'a|*', '(?P<>a)', '(?P=)', 'x{2}{3}', '(?<=(a)\\1)',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)

try:
    re.compile('(?<=a+)b')
except re.error as e:
    print(repr(e), e.pattern, e.pos, e.lineno)

try:
    re.compile('abc\n(de\nf')
except re.error as e:
    print(e)
    print(e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)

print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error('custom', 'pattern', 3)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
print(re.error('plain'), re.error('plain').pos)

for f in [lambda: re.compile('a', re.L), lambda: re.compile('a', re.A | re.U),
          lambda: re.compile(re.compile('a'), re.I)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
for f in [lambda: re.compile(1), lambda: re.compile(None), lambda: re.compile('a{99999999999}')]:
    try:
        f()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

try:
    re.compile('(')
except re.error as e:
    print('caught', type(e).__name__)
re.compile('nothing to repeat *')
re.compile('a)')
