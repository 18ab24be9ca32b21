# Match objects: group, groups, groupdict, start/end/span, lastindex,
# lastgroup, regs, indexing and expand.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(, (?P<title>\w+))?', 'Isaac Newton, physicist')
print(m.group())
print(m.group(0), m.group(1), m.group(2))
print(m.group(1, 2, 'title'))
print(m.group('first'), m['last'], m[0], m[4])
print(m.groups())
print(m.groupdict())
print(m.start(), m.end(), m.span())
print(m.start(1), m.end('last'), m.span('title'))
print(m.lastindex, m.lastgroup)
print(m.regs)
print(m.expand(r'\g<last>, \g<first> (\4)'))

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups())
print(m.groups('-'))
print(m.groups(default=0))
print(m.span(2), m.start(2), m.end(2))
print(m.group(2), m[2])
print(m.lastindex)

m = re.match(r'(?P<a>x)(?P<b>y)?', 'x')
print(m.groupdict())
print(m.groupdict('?'))
print(m.groupdict(default=None))

for pat in [r'(a)(b)', r'((a)b)', r'(a)|b', r'(?P<x>a)(?P<y>b)', r'(?P<x>(a)b)', r'(a)(?:b)', r'ab']:
    mm = re.match(pat, 'ab')
    print(pat, mm.lastindex, mm.lastgroup, mm.groups())

# Repeated groups keep the last iteration
m = re.match(r'(\w)+', 'abc')
print(m.group(1), m.span(1))
m = re.match(r'(?:(\d)|(x))+', '1x2')
print(m.groups())

# Errors
m = re.match(r'(a)', 'a')
for g in (2, -1, 'nope', 1.5, None):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(5)
except IndexError as e:
    print('IndexError', e)
print(m.group(True))
print(re.compile(r'(a)(b)(?P<c>c)').groups, re.compile('x').groups)
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex['b'])
print(dict(re.compile(r'(?P<a>x)(?P<b>y)').groupindex))
