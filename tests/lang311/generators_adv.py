def gen():
    received = yield 1
    print('got', received)
    try:
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 3
    finally:
        print('gen finally')
g = gen()
print(next(g), g.send('hello'), g.throw(ValueError('x')))
g.close()
def sub():
    yield 'a'
    return 'sub-result'
def outer():
    r = yield from sub()
    yield r
print(list(outer()))
def countdown(n):
    while n:
        yield n
        n -= 1
print(list(countdown(3)), sum(countdown(100)))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
def g2():
    return 5
    yield
try:
    next(g2())
except StopIteration as e:
    print('StopIteration', e.value)
