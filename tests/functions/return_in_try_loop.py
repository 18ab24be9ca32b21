def search(items, target):
    for i, v in enumerate(items):
        try:
            if v == target:
                return i
        finally:
            pass
    return -1
print(search([5, 6, 7], 7), search([], 1))
def first_int(vals):
    for v in vals:
        try:
            return int(v)
        except ValueError:
            continue
    return None
print(first_int(['x', 'y', '12', '13']), first_int(['a']))
