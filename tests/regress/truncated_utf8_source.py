# Regression found by the fuzzer: source that ends inside a UTF-8 sequence
# after a syntax error must give a SyntaxError, not read past the end.
for src in [b'UDTI\x0b\xf7\x9a\x8d', b'x = 1\n\xf0\x9f', b'a b \xe2\x82', b'\xc3']:
    try:
        compile(src, 'fuzz.py', 'exec')
        print('compiled')
    except SyntaxError:
        print('SyntaxError')
