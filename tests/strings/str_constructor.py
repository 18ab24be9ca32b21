print(str(42), str(-3.5), str([1]), str(), str('x'))
print(str(b'hi', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'))
print(str(b'\xff', 'utf-8', 'replace'), str(b'\xff', 'utf-8', 'ignore') == '')
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(type(str(5)).__name__, str is type('x'))
