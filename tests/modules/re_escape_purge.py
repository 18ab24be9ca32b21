# re.escape, re.purge and the compiled-pattern cache.
import re

print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o'))
print(re.escape('hello world-#&~'))
print(re.escape('\t\n\r\v\f'))
print(re.escape('é_ok123'))
print(re.escape(b'1.5*x'))
print(re.escape(bytearray(b'[a]')))
for s in ['a.b', '(x)', 'what?', '1+1=2', 'c:\\dir']:
    print(s, bool(re.fullmatch(re.escape(s), s)))

p = re.compile('abc')
print(re.compile('abc') is p)
print(re.compile(p) is p)
print(re.compile('abc', re.I) is p)
print(re.compile(b'abc') is p)
re.purge()
print(re.compile('abc') == p)
print(re.purge())
# Many patterns: the cache stays small but everything still works
total = 0
for i in range(200):
    total += len(re.findall('%d' % (i % 50), '0123456789' * 3))
print(total)
print(re.search(p, 'xabc'))
print(re.sub(re.compile('b'), 'B', 'abc'))
