data = {'name': 'ann', 'scores': [90, 85, 77]}
print(f"{data['name'].title()} avg={sum(data['scores']) / len(data['scores']):.1f}")
print(f'{len(data)=}', f'{2 + 3 = }', f"{'nested ' + f'{1 + 1}'}")
x = 7
print(f'{x:>{x}}|', f'{x!r:^5}|', f'{str(x) * 3}', f'{x if x > 5 else -x}', f'{[i for i in range(x) if i % 3 == 0]}')
print(f'{x:03}', f'{"it" + "s"}')
print(f'{3.14159:.{x - 4}f}', f'{255:#x}', f'{-42:08d}', f'{1e6:,.0f}')
