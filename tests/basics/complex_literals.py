print(1j, 2 + 3j, 1.5j, complex(1, 2))
z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate())
print(z * 1j, z + 1, z - 1j, (1 + 2j) * (3 - 1j))
print(type(z).__name__, z == complex(3, 4))
