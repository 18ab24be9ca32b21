import array
for tc, vals in [('b', [-128, 0, 127]), ('B', [0, 255]), ('h', [-32768, 32767]),
                 ('H', [65535]), ('i', [-5, 5]), ('I', [7]), ('l', [-9]), ('L', [9]),
                 ('q', [-2 ** 63]), ('Q', [2 ** 64 - 1]), ('f', [0.5, -1.25]), ('d', [1e300])]:
    a = array.array(tc, vals)
    print(tc, a.typecode, a.itemsize, a.tolist(), len(a), a)
print(array.array('u', 'hi') if False else 'skip-u')
print(array.array('i'), array.array('d', range(3)))
print(array.typecodes if hasattr(array, 'typecodes') else '')
