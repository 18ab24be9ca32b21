
async def c1():
    return 1
c = c1()
try:
    c.send(5)
except TypeError as e:
    print(e)
try:
    c.send(None)
except StopIteration as e:
    print("ret", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
class Aw:
    def __await__(self):
        x = yield "first"
        return x
async def c2():
    v = await Aw()
    return v * 2
c = c2()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)
async def c3():
    try:
        await Aw()
    except ValueError as e:
        return "caught " + str(e)
c = c3()
c.send(None)
try:
    c.throw(ValueError("thrown"))
except StopIteration as e:
    print(e.value)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def use():
    g = agen()
    async for v in g:
        print("v", v)
        break
    await g.aclose()
    r = []
    async for v in agen():
        r.append(v)
    return r
c = use()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print(e)
async def agen2():
    yield 1
    raise StopAsyncIteration
async def use2():
    try:
        async for v in agen2():
            pass
    except RuntimeError as e:
        return str(e)
try:
    use2().send(None)
except StopIteration as e:
    print(e.value)
async def anext_test():
    g = agen()
    a = await g.__anext__()
    b = await g.asend(None)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return a, b
try:
    anext_test().send(None)
except StopIteration as e:
    print(e.value)
