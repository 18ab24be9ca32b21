# re.sub with a function as replacement.
import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r'\d+', double, 'a1 b22 c333'))
print(re.subn(r'\d+', double, 'a1 b22 c333'))
print(re.sub(r'(\w+)@(\w+)', lambda m: m.group(2) + ' at ' + m.group(1), 'bob@home amy@work'))
print(re.sub(r'[aeiou]', lambda m: m.group().upper(), 'programming language'))
print(re.sub(r'x', lambda m: '', 'axbxc'))
print(re.sub(r'x', lambda m: None, 'axbxc'))

seen = []
def record(m):
    seen.append((m.group(), m.start(), m.end(), m.pos, m.endpos))
    return '#'
print(re.sub(r'\w', record, 'ab c', count=2))
print(seen)

# Empty matches are passed too
print(re.sub(r'\d*', lambda m: '<%s>' % m.group(), 'a12b'))

# Named groups in the callback
conv = {'C': lambda v: v * 9 / 5 + 32, 'F': lambda v: (v - 32) * 5 / 9}
print(re.sub(r'(?P<v>-?\d+(?:\.\d+)?)(?P<u>[CF])',
             lambda m: '%.1f%s' % (conv[m['u']](float(m['v'])), 'F' if m['u'] == 'C' else 'C'),
             'It is 21C outside and 212F in the kettle.'))

# Counting calls and errors from the callback
calls = []
def bad(m):
    calls.append(m.start())
    return 5 if m.start() == 1 else 'ok'
try:
    re.sub(r'x', bad, 'axbxc')
except TypeError as e:
    print('TypeError', e, calls)

def boom(m):
    raise ValueError('boom at %d' % m.start())
try:
    re.sub('b', boom, 'abc')
except ValueError as e:
    print('ValueError', e)

# A callable object
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, m):
        self.n += 1
        return '%s%d' % (m.group(), self.n)
c = Counter()
print(re.sub(r'[a-z]', c, 'a-b-c'), c.n)
