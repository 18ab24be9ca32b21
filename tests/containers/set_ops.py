print(set('hello') == set('ohel'), {1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset())
print(sorted(set([3, 3, 1])), sorted(set(range(5)) - {0}), 3 in {1, 2, 3}, 4 not in {1})
s = {1, 2}
s |= {3}; s &= {1, 3, 5}; s -= {1}; s ^= {7}
print(sorted(s))
print(sorted({(1, 2), (1, 2), (2, 1)}), len({1, 1.0, True}), sorted({'b', 'a'}))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
print(type({1}).__name__, repr(set()), {1, 2} | frozenset([3]) == {1, 2, 3})
