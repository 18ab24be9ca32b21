s = 'hello.py'
print(s.startswith('he'), s.startswith('py'), s.endswith('.py'), s.endswith(('.txt', '.py')))
print(s.startswith(('x', 'h')), s.startswith('llo', 2), s.endswith('hello', 0, 5), s.startswith(''))
try:
    s.startswith(['h'])
except TypeError as e:
    print(e)
