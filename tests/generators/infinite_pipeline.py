def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    for _ in range(n):
        yield next(it)
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
print(list(take(5, squares(evens(naturals())))))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(10, primes())))
