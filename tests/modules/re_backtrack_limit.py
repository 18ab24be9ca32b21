# copper: skip-tiny-heap the budget check takes a while on a tiny heap
# A pathological pattern runs out of backtracking steps and raises
# RuntimeError (CPython would run for hours; docs/differences.md), while
# long but linear matches are not affected.
import re

for pat in [r'(a*)*b', r'(a|aa)*b', r'(a+)+b', r'(\w+\s?)*x']:
    try:
        print(re.match(pat, 'a' * 40))
    except RuntimeError as e:
        print('RuntimeError', e)
print(re.match(r'(a*)*b', 'a' * 40 + 'b').span())
print(re.search(r'(\d+)+x', '1' * 12 + 'x').span())
print(len(re.findall(r'\w+', 'word ' * 20000)))
print(re.match(r'(?:a|b)*c', 'ab' * 20000 + 'c').end())
print(re.match(r'(a|b)*?c', 'ab' * 20000 + 'c').end())
print(re.match(r'(a)+', 'a' * 20000).span(1))
