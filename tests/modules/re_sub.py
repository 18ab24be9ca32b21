# re.sub / re.subn with replacement templates.
import re

print(re.sub(r'a', 'b', 'banana'))
print(re.sub(r'a', 'b', 'banana', 2))
print(re.sub(r'a', 'b', 'banana', count=1))
print(re.subn(r'a', 'b', 'banana'))
print(re.subn(r'x', 'b', 'banana'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(\w+) (\w+)', r'\g<2> \g<1>', 'hello world'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1 b=2'))
print(re.sub(r'(\d)', r'<\1\1>', 'a1b2'))
print(re.sub(r'(\d)', r'\g<0>\g<0>', 'a1b2'))
print(repr(re.sub(r'x', r'\n\t\\', 'axb')))
print(repr(re.sub(r'x', '\\.', 'axb')))
print(repr(re.sub(r'x', r'\0', 'axb')))
print(repr(re.sub(r'x', r'\101', 'axb')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'(1)(2)(3)(4)(5)(6)(7)(8)(9)(10)', r'\10-\9', '12345678910'))

# Empty matches
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'', '-', 'abc'))
print(re.sub(r'\b', '|', 'hi there'))
print(re.subn(r'(?=b)', '^', 'abab'))
print(re.sub(r'a|', '-', 'bab'))

# Negative and zero counts
print(re.sub('a', 'x', 'aaa', -1), re.sub('a', 'x', 'aaa', 0))

# Pattern methods
p = re.compile(r'\s+')
print(p.sub(' ', 'a   b \t c\n\nd'))
print(p.subn('', ' a b '))
print(p.sub(repl='_', string='x y', count=1))

# Template errors
for tpl in [r'\2', r'\g<x>', r'\g<3>', r'\g<', r'\g', r'\g<1', r'\q', '\\', r'\g<a b>', r'\g<-1>', r'\8']:
    try:
        print(re.sub('(a)', tpl, 'a'))
    except re.error as e:
        print('error', e)
    except IndexError as e:
        print('IndexError', e)

# Wrong replacement types
for repl in [1, None, b'x']:
    try:
        print(re.sub('a', repl, 'bab'))
    except TypeError as e:
        print('TypeError', e)
