s = 'banana'
print([c for c in s], 'nan' in s, 'xyz' not in s, s.count('an'))
freq = {}
for ch in s:
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
it = iter('ab')
print(next(it), next(it), next(it, None))
print(list(enumerate('xy')), list(zip('ab', 'cd')), list(reversed('abc')))
