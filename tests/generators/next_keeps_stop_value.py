# next() on a generator, a coroutine's __await__() iterator or an async
# generator's awaitable raises the StopIteration that carries the value.
def gen():
    yield 1
    return 'gen-done'


class Suspend:
    def __await__(self):
        yield 'suspended'


async def coro():
    await Suspend()
    return 'coro-done'


async def agen():
    yield 'agen-item'


def last_next(it):
    try:
        while True:
            print('yielded', next(it))
    except StopIteration as e:
        print('stop', e.value, e.args)


last_next(gen())
c = coro()
last_next(c.__await__())
g = agen()
last_next(g.__anext__())
try:
    next(g.__anext__().__await__())
except StopAsyncIteration as e:
    print('StopAsyncIteration', e.args)
g2 = agen()
last_next(g2.asend(None))
print(next(iter([]), 'default'), next(gen(), 'x'))
it = gen()
next(it)
print(next(it, 'default after return'))
