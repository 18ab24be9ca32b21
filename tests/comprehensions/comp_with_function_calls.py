def square(x):
    return x * x
def is_even(x):
    return x % 2 == 0
print([square(x) for x in range(6) if is_even(x)])
print({x: square(x) for x in map(int, '1 2 3'.split())})
print(sorted({len(w) for w in 'a bb cc ddd e'.split()}))
print([f(3) for f in (square, is_even, str, float)])
