def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
g = count(2)
print(type(g).__name__)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
print(list(g))
def trace():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
for v in trace():
    print('got', v)
