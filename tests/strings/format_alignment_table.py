rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('kiwi', 100, 10.0)]
print(f"{'name':<10}|{'qty':>5}|{'price':>8}")
print('-' * 25)
for name, qty, price in rows:
    print(f'{name:<10}|{qty:>5}|{price:>8.2f}')
print('{:=^25}'.format(' total '))
print('{:<10}|{:>5}|{:>8.2f}'.format('sum', sum(r[1] for r in rows), sum(r[2] for r in rows)))
