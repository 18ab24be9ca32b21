it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'stop'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
print(type(iter('')).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
