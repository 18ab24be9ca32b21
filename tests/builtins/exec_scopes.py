def run():
    local_ns = {}
    exec('a = 1\nb = a + 1', globals(), local_ns)
    return local_ns
print(run())
g = {'__builtins__': __builtins__, 'x': 5}
exec('y = x * 2', g)
print(g['y'])
exec('def sq(n): return n * n', g)
print(g['sq'](9))
print(eval('len("four")'), eval('max([3, 9, 2])'), eval('x', {'x': 'from dict'}))
src = '''
total = 0
for i in range(5):
    total += i
'''
ns = {}
exec(src, ns)
print(ns['total'])
