s = '  Hello, World!  '
print(s.strip().lower().replace(',', '').split())
print('-'.join(s.split()).upper().center(25, '*'))
print(s.strip()[::-1].swapcase(), s.count('l'), s.strip().startswith('Hello'))
csv = 'name,age\nann,30\nbob,25'
rows = [line.split(',') for line in csv.splitlines()]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
