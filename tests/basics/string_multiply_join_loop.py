rows = []
for i in range(1, 6):
    rows.append(' ' * (5 - i) + '*' * (2 * i - 1))
print('\n'.join(rows))
print('-'.join(['x'] * 4))
