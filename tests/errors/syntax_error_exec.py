try:
    exec('x = = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, type(e).__name__)
try:
    exec('def f():\n    x = 1\n   y = 2')
except IndentationError as e:
    print('IndentationError', e.msg, e.lineno)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
try:
    exec('nonlocal q')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
try:
    exec('line1 = 1\nline2 = 2\nline3 = (')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
print(issubclass(IndentationError, SyntaxError))
