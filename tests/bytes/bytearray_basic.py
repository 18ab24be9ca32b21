ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b' ok')
print(ba)
ba[1:5] = b'EY'
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 65)
print(ba, ba.find(b'Y'), ba.upper(), bytes(ba))
ba.reverse()
print(ba)
ba.remove(65)
print(ba, ba.count(b'o'))
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray())
c = bytearray(b'ab')
c += b'cd'
c *= 2
print(c, c == b'abcdabcd', b'abcdabcd' == c)
try:
    ba[0] = 300
except ValueError as e:
    print(e)
ba.clear()
print(ba, ba.copy())
