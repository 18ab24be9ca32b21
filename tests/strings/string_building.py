parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, ''.join(parts))
s = ''
for w in ['a', 'bb', 'ccc']:
    s += w + ','
print(s.rstrip(','))
lines = ['line %d' % i for i in range(3)]
print('\n'.join(lines))
print('=' * 20)
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()))
