b = bytes(memoryview(b'mv'))
print(b, type(b).__name__)
m = memoryview(b'hello world')
print(m[0], bytes(m[6:]), len(m), m.tobytes()[:5], list(m[:3]))
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[1] = ord('Y')
print(ba, mv.readonly, bytes(mv[::-1]))
try:
    memoryview(b'r')[0] = 1
except TypeError as e:
    print('TypeError', e)
