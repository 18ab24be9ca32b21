for v in [[1], {1: 2}, {1}, bytearray(b'x'), ([1],)]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
try:
    {[1, 2]: 'x'}
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
