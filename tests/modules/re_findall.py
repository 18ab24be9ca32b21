# re.findall and re.finditer: groups become tuples, empty matches.
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1b2c'))
print(re.findall(r'(\w)\d', 'a1b2c'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'x*', 'abxd'))
print(re.findall(r'', 'ab'))
print(re.findall(r'\b\w', 'hello big world'))
print(re.findall(r'(?:ab)+', 'ababxab'))
print(re.findall(r'a(?=b)', 'abacab'))
print(re.findall(r'(\d+)(?:px)?', '10px 20 30px'))
print(re.findall(r'((a)(b)?)', 'aab'))
p = re.compile(r'\w+')
print(p.findall('one two three', 4))
print(p.findall('one two three', 4, 9))
print(p.findall('one two three', pos=8))

it = re.finditer(r'\d+', 'a12b345c6')
print(type(it).__name__)
for m in it:
    print(m.group(), m.span(), m.pos, m.endpos)
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.group() for m in p.finditer('a bb ccc', 2)])
print([m.pos for m in p.finditer('a bb ccc', 2, 6)])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('done')
print(list(re.finditer('z', 'abc')))
print(iter(it) is it)
