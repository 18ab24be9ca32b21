print('checking invariant')
x = 5
assert x == 5, 'fine'
assert x == 6, 'x should be 6'
print('unreachable')
