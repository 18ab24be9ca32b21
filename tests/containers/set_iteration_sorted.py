s = set()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    s.add(w)
print(sorted(s), len(s))
letters = set('hello world') - {' '}
print(sorted(letters), ''.join(sorted(letters)))
evens = {x for x in range(20) if x % 2 == 0}
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens | threes)[:8], sorted(threes - evens))
print(sorted({1, 2, 3}, reverse=True), min({5, 2, 9}), max({5, 2, 9}), sum({1, 2, 3}))
