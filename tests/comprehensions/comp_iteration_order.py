order = []
def src(name, items):
    order.append('iter ' + name)
    return items
res = [(a, b) for a in src('outer', [1, 2]) for b in src('inner', 'xy')]
print(res)
print(order)
