class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def __await__(self):
        if not self.done:
            yield self
        return self.result

async def sub(x):
    f = Future()
    r = await f
    return x * 2 + (r or 0)

async def main():
    a = await sub(1)
    b = await sub(2)
    return a + b

def run(coro):
    try:
        while True:
            fut = coro.send(None)
            fut.done = True
            fut.result = 10
    except StopIteration as e:
        return e.value
print(run(main()))

class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "val"
    async def __aexit__(self, *a):
        print("aexit", a[0])
        return False

async def agen():
    for i in range(3):
        yield i * 10
        await sub(0)

async def main2():
    async for v in AIter():
        print("aiter", v)
    async with ACM() as m:
        print("in", m)
    out = [x async for x in agen()]
    print(out)
    async for y in agen():
        print("agen", y)
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    return "ok"
print(run(main2()))
c = sub(1)
print(type(c).__name__)
c.close()
async def raiser():
    raise ValueError("in coro")
try:
    run(raiser())
except ValueError as e:
    print("coro exc", e)
