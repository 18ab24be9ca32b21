# array.array: construction, typecodes, item sizes, repr, indexing, iteration.
import array
from array import array as A

print(array.typecodes)
print(array.ArrayType is A)
print([A(c).itemsize for c in 'bBuhHiIlLqQfd'])
for tc in 'bBhHiIlLqQfd':
    a = A(tc, [1, 2, 3])
    print(tc, a, a.typecode, a.itemsize, len(a), a[0], a[-1], list(a))
print(A('i'), A('d'), A('u'), repr(A('u', 'hello')), repr(A('u', "it's")))
print(A('f', [1.5, 0.1]), A('d', [3.14, -0.0]), A('f', [1e40]))
print(A('i', range(5)), A('i', (7, 8)), A('i', {1: 2, 3: 4}))
print(A('d', (x / 4 for x in range(6))))
print(A('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'), A('b', bytearray(b'ab')), A('i', b''))
print(A('d', A('i', [1, 2])), A('i', A('i', [5])))
print(A('Q', [2**64 - 1]), A('q', [-2**63]), A('L', [2**64 - 1]), A('I', [2**32 - 1]))
print(A('b', [-128, 127]), A('B', [0, 255]), A('h', [-32768, 32767]), A('H', [65535]))
print(A('i', [True, False]))
u = A('u', 'héllo€')
print(u, u.tounicode(), u[1], u[-1], len(u))
a = A('i', [10, 20, 30])
a[0] = 11
a[-1] = 33
print(a, a[1], 20 in a, 99 in a, 'x' in a)
print(bool(A('i')), bool(A('i', [0])))
it = iter(A('h', [1, 2]))
print(next(it), next(it), next(it, 'end'), next(it, 'end'))
print(sum(A('i', range(10))), max(A('d', [1.5, 0.5])), sorted(A('i', [3, 1, 2])))
print(list(map(str, A('u', 'ab'))), [x * 2 for x in A('B', b'\x01\x02')])
f = A('f', [1.5, 2.5])
f[0] += 1
print(f)
print(A('i', [1, 2])[True])
print(type(A('i')), type(A('i', [1])[0]), type(A('d', [1])[0]), type(A('u', 'a')[0]))
print(type(iter(A('i'))))


class MyArray(A):
    def total(self):
        return sum(self)


m = MyArray('i', [1, 2, 3])
m.append(4)
m[0] = 10
print(m.total(), len(m), m[0], isinstance(m, A), m[1:], m.tolist())
print(m == A('i', [10, 2, 3, 4]))
