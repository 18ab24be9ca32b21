x, y, name = 42, 3.14159, 'copper'
print(f'{x}', f'{x!r}', f'{name!r}', f'{name!s}', f'{name!a}', f'{"é"!a}')
print(f'{x=}', f'{name=}', f'{x + 1 = }', f'{y=:.2f}')
print(f'{{literal}}', f'{{{x}}}', f'a{x}b{y:.1f}c')
print(f'{x:>6}|{x:<6}|{x:^6}|{x:*^7}|')
print(f'{name:.3}', f'{name:10.2}|', f'{name:>{x // 6}}')
w, p = 10, 3
print(f'{y:{w}.{p}f}|', f'{y:{w}.{p}}|')
d = {'k': 'v'}
print(f"{d['k']}", f'{[1, 2][1]}', f'{(lambda a: a * 2)(4)}')
print(f'{"nested " f"{x}"}', f'{x if x > 0 else -x}')
print(f'{3:b} {255:x} {255:X} {8:o} {255:#x} {5:#b} {8:#o}')
print(f'''multi
{x}''')
print(rf'\n{x}', fr'{name}\t')
