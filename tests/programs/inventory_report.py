records = [
    ('widget', 'tools', 12, 2.5),
    ('gizmo', 'gadgets', 3, 10.0),
    ('doohickey', 'tools', 0, 7.25),
    ('thingamajig', 'gadgets', 8, 1.75),
    ('whatsit', 'misc', 20, 0.5),
]
by_cat = {}
for name, cat, qty, price in records:
    by_cat.setdefault(cat, []).append((name, qty, price))
for cat in sorted(by_cat):
    items = by_cat[cat]
    value = sum(q * p for _, q, p in items)
    print(f'{cat:<8} {len(items)} items, value {value:8.2f}')
    for name, q, p in sorted(items, key=lambda t: -t[1] * t[2]):
        flag = ' (out of stock)' if q == 0 else ''
        print(f'  {name:<12}{q:>4} x {p:>5.2f}{flag}')
total = sum(q * p for _, _, q, p in records)
print(f'total: {total:.2f}', f'{max(records, key=lambda r: r[2])[0]}')
