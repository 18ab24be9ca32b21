items = {'apple': 1.5, 'kiwi': 0.25, 'melon': 3}
for k, v in items.items():
    print(f'{k:<8}{v:>6.2f}')
print(f"{'|'.join(f'{x:02d}' for x in range(4))}")
val = 255
print(f'{val:#06x} {val:08b} {val:>+8.1f}')
def fmt(x):
    return f'[{x}]'
print(f'{fmt(1)}{fmt("a")}', f'{len(items)} items', f'{sorted(items)[0].upper()}')
obj = [1, 2]
print(f'{obj!r:>10}|', f'{str(obj):^12}|')
print(f'{3.0}', f'{1e-5}', f'{10**20}', f'{True}', f'{None}')
