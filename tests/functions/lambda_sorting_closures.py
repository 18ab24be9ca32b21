def sort_by(field, reverse=False):
    return lambda rows: sorted(rows, key=lambda r: r[field], reverse=reverse)
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 3}, {'n': 'c', 'v': 1}]
by_n = sort_by('n')
by_v_desc = sort_by('v', True)
print([r['n'] for r in by_n(rows)], [r['n'] for r in by_v_desc(rows)])
adders = {name: (lambda k: lambda x: x + k)(k) for name, k in [('one', 1), ('ten', 10)]}
print(adders['one'](5), adders['ten'](5))
