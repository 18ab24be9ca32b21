# Generators, generator expressions and yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chained(n):
    yield from numbers(n)
    yield from evens(numbers(n))


def run():
    total = 0
    for _ in range(80):
        total += sum(x * 3 for x in evens(numbers(30000)))
        total += sum(1 for _ in chained(20000))
        total += max(y for y in (x ^ 5 for x in numbers(20000)))
    return total


print(run())
