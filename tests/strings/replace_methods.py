s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('x', 'y'))
print('aaa'.replace('a', 'bb'), 'abc'.replace('', '-'), 'abc'.replace('b', ''))
print('a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(4), repr('\t'.expandtabs(2)))
