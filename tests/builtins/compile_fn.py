code = compile('print("compiled", 1 + 1)', '<string>', 'exec')
exec(code)
exec(code)
print(eval(compile('3 ** 2', '<e>', 'eval')))
ns = {}
exec(compile('def f(x):\n    return x * 3\ny = f(4)', 'mod', 'exec'), ns)
print(ns['y'], ns['f'](5))
expr = compile('a + b', '<expr>', 'eval')
print(eval(expr, {'a': 1, 'b': 2}), eval(expr, {'a': 'x', 'b': 'y'}))
print(type(code).__name__)
try:
    compile('x = 1', '<s>', 'bogus')
except ValueError as e:
    print('ValueError', e)
