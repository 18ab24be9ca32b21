print(int('10'), int(10.9), float('1.5'), float(2), str(10), str(1.5), bool('a'))
print(list('ab'), tuple([1]), dict(a=1), set('aab') == {'a', 'b'}, frozenset('a') == {'a'})
print(bytes(2), bytearray(b'x'), type(object()).__name__)
print(int.__name__, float('  -1e3  '), int('-  5'.replace(' ', '')))
