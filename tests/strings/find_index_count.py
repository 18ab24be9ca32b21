s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find('a', 1), s.find('a', 1, 3), s.find(''))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind('a', 0, 5), s.rfind(''))
print(s.index('c'), s.rindex('b'))
print(s.count('a'), s.count('bra'), s.count(''), s.count('a', 5), s.count('zz'))
try:
    s.index('q')
except ValueError as e:
    print(e)
try:
    s.rindex('q')
except ValueError as e:
    print(e)
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1))
