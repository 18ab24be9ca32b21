# Anchors and boundaries: ^ $ \A \Z \b \B with and without MULTILINE.
import re

s = 'first line\nsecond line\n'
print(re.findall(r'^\w+', s), re.findall(r'^\w+', s, re.M))
print(re.findall(r'\w+$', s), re.findall(r'\w+$', s, re.M))
print(re.findall(r'$', s), re.findall(r'$', s, re.M))
print(re.findall(r'^', s), re.findall(r'^', s, re.M))
print(re.search(r'line\Z', s), re.search(r'line\n\Z', s))
print(re.search(r'\Afirst', s), re.search(r'\Asecond', s, re.M))
print(re.search(r'a$', 'a\n'), re.search(r'a$', 'a\n\n'), re.search(r'a\Z', 'a\n'))
print(re.findall(r'\bcat\b', 'cat concat cat. bobcat cats'))
print(re.findall(r'\Bcat\B', 'cat concat cats concats'))
print(re.findall(r'\b', 'ab cd'), re.findall(r'\B', 'ab cd'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'^$', ''))
print(re.findall(r'\bé\w*', 'é été café'), re.findall(r'(?a)\b\w+', 'é été'))
print(re.sub(r'^', '> ', 'a\nb\nc', flags=re.M))
print(re.sub(r'$', ';', 'a\nb\n', flags=re.M))
print(re.split(r'^', 'a\nb', flags=re.M))
print(re.match(r'^abc$', 'abc\n'), re.fullmatch(r'abc$', 'abc\n'))
p = re.compile(r'^\d')
print(p.search('a1', 1), re.compile(r'(?m)^\d').search('a\n1', 1))
print(re.compile(r'\d$').search('1a', 0, 1))
