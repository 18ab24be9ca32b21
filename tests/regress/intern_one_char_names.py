# Regression found by the fuzzer: one-character keyword names and
# attribute names made at run time (interning must not write into the
# shared one-character string objects).
def f(**k):
    return sorted(k.items())

print(f(**{';': 9, 'b': 8, 'x': 1}))
print(f(**{chr(c): c for c in range(33, 48)}))

class C:
    pass

c = C()
for name in ['q', '%', 'Z', '']:
    setattr(c, name, name * 2)
    print(repr(getattr(c, name)))
print(sorted(vars(c)))
