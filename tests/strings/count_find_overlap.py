s = 'aaaaa'
print(s.count('aa'), s.find('aa'), s.rfind('aa'), s.replace('aa', 'b'), s.split('aa'))
t = 'abcabcabc'
print(t.find('abc', 1), t.find('abc', 7), t.rfind('abc', 0, 8), t.index('c', -2), t.count('abc', 1, -1))
print(t.find(''), t.find('', 5), t.find('', 100), t.rfind(''), t.count('', 2, 5))
