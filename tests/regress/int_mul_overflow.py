# Products of two small ints that overflow the machine word are big ints,
# never floats (the VM's fast path once handed them to float arithmetic).
print(10**12 * 10**12, 10**6 * 10**6, (2**40) * (2**40))
print(-(10**15) * 10**15, 3037000500 * 3037000500, 46341 * 46341)
x = 99999
x *= 100001
print(x, type(x).__name__)
f = 1
for i in range(1, 26):
    f *= i
print(f)
print(7 / 2, 10**6 / 10**6, 2**62 // 3, (2**31) * 2)
