it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
print(next(it, 'default'))
def g():
    return 'gen result'
    yield
try:
    next(g())
except StopIteration as e:
    print(e.value)
