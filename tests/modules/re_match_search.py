# re.match / search / fullmatch, module functions and Pattern methods,
# pos and endpos.
import re

print(re.match(r'ab+', 'abbbc'))
print(re.match(r'b+', 'abbbc'))
print(re.search(r'b+', 'abbbc'))
print(re.search(r'x', 'abc'))
print(re.fullmatch(r'a.c', 'abc'))
print(re.fullmatch(r'a.c', 'abcd'))
print(re.fullmatch(r'a|ab', 'ab'))
print(re.match(r'', 'abc'))
print(re.search(r'$', 'abc'))

p = re.compile(r'\d+')
print(p.match('12ab34'))
print(p.match('ab34'))
print(p.search('ab34cd56'))
print(p.search('ab34cd56', 4))
print(p.search('ab34cd56', 4, 7))
print(p.search('ab34cd56', pos=3, endpos=4))
print(p.match('ab34', 2))
print(p.fullmatch('ab34cd', 2, 4))
print(p.fullmatch('ab34cd', 2, 5))
print(p.search('1234', -10, 100))
print(p.search('1234', 3, 1))
print(p.search('abc', 10))
m = p.search('xx123yy', 1, 6)
print(m.pos, m.endpos, m.span(), m.string, m.re is p)
print(re.compile('b$').search('abc', 0, 2))
print(re.compile('^b').search('ab', 1))
print(re.compile('(?m)^b').search('a\nb', 1))
print(re.compile(r'(?<=a)b').search('ab', 1))
print(re.compile(r'\bb').search('ab', 1))

# Keyword arguments
print(re.search(pattern='c', string='abc'))
print(p.match(string='42', pos=0, endpos=1))
print(bool(re.match('', '')), bool(re.match('a', 'a')))

# Module functions and compiled patterns agree
for pat, s in [(r'\w+@\w+\.com', 'mail bob@example.com now'), (r'(\d+)-(\d+)', 'a 10-20 b'),
               (r'colou?r', 'the color red'), (r'a{2,3}', 'caaaat')]:
    a = re.search(pat, s)
    b = re.compile(pat).search(s)
    print(a.group(), b.group(), a.span() == b.span())
