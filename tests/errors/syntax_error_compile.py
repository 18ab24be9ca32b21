sources = [
    'x = (1, 2',
    'def f(:\n    pass',
    'if True\n    print(1)',
    'x = 1 +',
    'print("unterminated)',
    '1 = x',
    'for in range(3): pass',
    'a b',
    'return 5',
    'x = [1, 2,, 3]',
    'class:\n    pass',
    'def f():\nreturn 1',
    'x = 5\n  y = 6',
    'break',
    'f(x for x in y, 1)',
    'lambda x: yield',
    'del 1',
    "x = '''abc",
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print('compiled?!', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno)
