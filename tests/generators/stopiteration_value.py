def g():
    yield 1
    return 'retval'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
def wrapper():
    result = yield from g()
    yield 'wrapped ' + result
print(list(wrapper()))
def raises_stop():
    yield 1
    raise StopIteration('bad')
try:
    list(raises_stop())
except RuntimeError as e:
    print('RuntimeError', e)
