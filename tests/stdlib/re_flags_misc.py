import re
print(re.findall('abc', 'ABC abc AbC', re.I), re.findall('(?i)abc', 'ABC'))
text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text, re.MULTILINE))
print(re.search('a.b', 'a\nb'), re.search('a.b', 'a\nb', re.S).group() == 'a\nb')
print(re.search('a.b', 'a\nb', re.DOTALL) is not None)
p = re.compile(r'''
    (\d{3})  # area
    -(\d{4}) # number
''', re.VERBOSE)
print(p.search('call 555-1234 now').groups())
print(re.IGNORECASE == re.I, int(re.M), int(re.S), int(re.X))
print(re.compile('x', re.I | re.M).flags & re.I != 0)
print(re.search(r'[^aeiou\s]+', 'aei xyz').group(), re.findall(r'[a-c]{2,3}', 'abcabca'))
print(re.findall(r'a+?', 'aaa'), re.findall(r'a*?b', 'aab'), re.search(r'(ab)+', 'xababab').group())
print(re.search(r'(?:ab){2}', 'abab').group(), re.findall(r'(?=(\w\w))', 'abcd'))
print(re.match(r'(\w)\1', 'aab').group(), re.search(r'(?<=\$)\d+', 'cost $42').group())
