name = 'world'
n = 42
pi = 3.14159265
print(f'hello {name}!', f'{n}', f'{n + 1}', f'{name!r}', f'{name!s}', f'{name!a}')
print(f'{pi:.2f}', f'{n:5d}|', f'{n:<5}|', f'{n:^7}|', f'{n:>5}|', f'{n:05d}')
print(f'{n:x}', f'{n:X}', f'{n:o}', f'{n:b}', f'{n:#x}', f'{n:#o}', f'{n:#b}')
print(f'{1234567:,}', f'{1234567:_}', f'{0.5:%}', f'{0.125:.1%}')
print(f'{{literal}}', f'{"nested quotes"}', f'{[1, 2][0]}', f'{ {"a": 1}["a"] }')
width = 8
print(f'{name:>{width}}|', f'{pi:{width}.{3}f}|')
print(f'{n=}', f'{pi=:.1f}', f'{name = }')
print(f'{"x" if n > 10 else "y"}', f'{n * 2:+d}', f'{-n:+d}', f'{n: d}')
print(f'''{name}
multi''')
