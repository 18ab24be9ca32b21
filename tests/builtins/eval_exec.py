print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('"a" * 3'))
x = 10
print(eval('x + 1'), eval('x * y', {'x': 2, 'y': 5}), eval('z', {}, {'z': 'local'}))
exec('a = 5\nb = a * 2')
print(a, b)
ns = {}
exec('def f(n):\n    return n * n\nresult = f(7)', ns)
print(ns['result'], ns['f'](3))
g = {'v': 1}
exec('v += 1', g)
print(g['v'])
print(eval('(lambda q: q + 1)(41)'), exec('1'), eval('  5  '))
try:
    eval('undefined_thing')
except NameError as e:
    print(e)
