# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped
# flags, and RegexFlag values.
import re

print(re.match(r'abc', 'ABC', re.I))
print(re.match(r'abc', 'ABC', re.IGNORECASE))
print(re.match(r'[a-c]+', 'aBC', re.I))
print(re.match(r'[^a]', 'A', re.I))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M))
print(re.findall(r'\w+$', 'one\ntwo\nthree', re.MULTILINE))
print(re.findall(r'^\w+', 'one\ntwo\nthree'))
print(re.match(r'a.b', 'a\nb'))
print(re.match(r'a.b', 'a\nb', re.S))
print(re.match(r'a.b', 'a\nb', re.DOTALL))
print(re.match(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+) # unit
''', '10 kg', re.X).groups())
print(re.match(r'a\ b # not a comment', 'a b', re.VERBOSE))
print(re.match(r'[ #]+x', ' # x', re.X))
print(re.findall(r'\w+', 'héllo wörld', re.A))
print(re.findall(r'\w+', 'héllo wörld'))
print(re.match(r'é', 'É', re.I), re.match(r'é', 'É', re.I | re.A))

# Inline flags
print(re.match(r'(?i)abc', 'ABC'))
print(re.findall(r'(?m)^\w', 'a\nb'))
print(re.match(r'(?s).+', 'a\nb'))
print(re.match(r'(?x) a b c ', 'abc'))
print(re.findall(r'(?a)\w+', 'héllo'))
print(re.match(r'(?im)^B', 'a\nB') is None, re.search(r'(?im)^B', 'a\nB'))
print(re.compile(r'(?i)x').flags, re.compile(r'x').flags, re.compile(b'x').flags)

# Scoped flags
print(re.match(r'a(?i:b)c', 'aBc'))
print(re.match(r'a(?i:b)c', 'aBC'))
print(re.match(r'(?i)a(?-i:b)c', 'AbC'))
print(re.match(r'(?i)a(?-i:b)c', 'ABC'))
print(re.match(r'(?s:.)(.)', '\n\n'))
print(re.match(r'(?x: a b ) c', 'ab c'))

# RegexFlag
print(re.I, repr(re.M), re.I | re.M, int(re.I | re.S))
print(re.IGNORECASE == 2, re.A, re.U, re.X, re.L, re.NOFLAG)
print(re.I | 0, 2 | re.I, re.I & re.M, re.S ^ re.S)
print(isinstance(re.I, int), re.I.value, re.I.name, (re.I | re.M).name)
print(format(re.I), '%d' % re.M, f'{re.S:3}')
p = re.compile('a', re.I | re.M)
print(p.flags, p)
print(re.compile('a', flags=re.DOTALL).flags)
