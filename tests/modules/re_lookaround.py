# Lookahead, lookbehind, backreferences, conditionals, atomic groups.
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'))
print(re.findall(r'\b\w+\b(?!,)', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost: $30, $45 and 12'))
print(re.findall(r'(?<!\$)\b\d+', 'cost: $30, $45 and 12'))
print(re.findall(r'(?<=ab)c', 'abc xbc abcabc'))
print(re.findall(r'(?<![a-z])\d', 'a1 2 b3'))
print(re.search(r'(?<=a|b)c', 'bc'))
print(re.match(r'(?=(\w+))\w', 'abc').groups())
print(re.match(r'(?!(x))\w', 'abc').groups())
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.match(r'(?=a)(?=.b)ab', 'ab'))
print(re.match(r'^(?!.*bad).*$', 'all good'), re.match(r'^(?!.*bad).*$', 'too bad'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.search(r'(?<=^)a', 'a'), re.search(r'(?<!^)a', 'aa'))
print(re.search(r'(?<=\b)x', 'a x'))

# Backreferences
print(re.search(r'(\w)\1', 'abccd'))
print(re.findall(r'(\w)\1', 'aabbcd'))
print(re.match(r'(?P<q>["\']).*?(?P=q)', '"it\'s" ok').group())
print(re.match(r'(a)(b)?\2', 'a'))
print(re.match(r'(?i)(a)\1', 'aA'))
print(re.findall(r'\b(\w+) \1\b', 'the the cat sat sat down'))
print(re.sub(r'(\w+) \1', r'\1', 'hello hello world'))

# Conditionals
p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
print(p.match('<user@host.com>').groups(), p.match('user@host.com').groups())
print(p.match('<user@host.com'))
print(re.match(r'(?P<a>a)?(?(a)b|c)', 'c'), re.match(r'(?P<a>a)?(?(a)b|c)', 'ab'))
print(re.match(r'(a)?(?(1)b)', 'x'))

# Atomic groups (Python 3.11)
print(re.match(r'(?>a+)a', 'aaa'))
print(re.match(r'(?>a+)b', 'aab'))
print(re.match(r'(?>ab|a)c', 'abc'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'(?>(a)|b)+', 'ab').groups())
