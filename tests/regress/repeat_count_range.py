# Repeat counts too big (or too negative) for a machine word raise
# OverflowError for every sequence type, on 32-bit boards too (a count
# that fit in 64 bits was once cut to the word size).
for n in (2**70, -2**70, 2**100):
    for seq in ([0], (1,), 'a', b'a', bytearray(b'a')):
        try:
            r = seq * n
            print(type(seq).__name__, n, len(r))
        except (OverflowError, MemoryError) as e:
            print(type(seq).__name__, n, type(e).__name__)
class Two:
    def __index__(self):
        return 2
print([1] * Two(), 'ab' * Two(), Two() * (3,), b'x' * True)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
