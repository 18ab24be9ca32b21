# bytes patterns on bytes, bytearray and memoryview subjects.
import re

print(re.match(rb'\d+', b'123abc'))
print(re.findall(rb'\w+', b'hello world 42'))
print(re.findall(rb'\w+', 'héllo'.encode()))
print(re.sub(rb'o', b'0', b'foo boo'))
print(re.sub(rb'(\w+)=(\w+)', rb'\2=\1', b'a=1 b=2'))
print(re.subn(rb'x', lambda m: b'<' + m.group() + b'>', b'axbx'))
print(re.split(rb'[,;]', b'a,b;c'))
print(re.search(rb'(?i)ABC', b'xabc').span())
print(re.match(rb'.', b'\xff'), re.match(rb'[\x80-\xff]+', b'\x80\x90\xffa'))
print(re.match(rb'\xe9', b'\xc9', re.I))
print(re.match(rb'[a-z]+', b'ABC', re.I))
print(re.findall(rb'\s', b' \x1c\x85\xa0\t'))
m = re.match(rb'(?P<k>\w+):(\d+)', bytearray(b'port:8080'))
print(m.group(), m.groups(), m.groupdict(), type(m.string).__name__)
m = re.search(rb'b+', memoryview(b'abbbc'))
print(m.group(), m.span())
print(re.compile(rb'a', re.L).flags, re.compile(rb'a').flags)
print(re.compile(rb'x\d'))
print(re.escape(b'a.b*c'))
print(re.findall(rb'', b'ab'))

for pat, s in [('a', b'a'), (b'a', 'a'), ('a', 1), ('a', None)]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print('TypeError', e)
for args in [(b'a', 'x', b'a'), ('a', b'x', 'a')]:
    try:
        print(re.sub(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(b'(?u)a')
except re.error as e:
    print('error', e)
try:
    re.compile(bytearray(b'a'))
except TypeError as e:
    print('TypeError', e)
