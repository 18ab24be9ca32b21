import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
class ACtx:
    async def __aenter__(self):
        print('enter')
        return 'ctx'
    async def __aexit__(self, *exc):
        print('exit', exc[0])
        return False
async def main():
    out = []
    async for v in agen(4):
        out.append(v)
    print(out)
    print([v async for v in agen(3)])
    async with ACtx() as c:
        print('inside', c)
    async def inner():
        return 42
    coro = inner()
    print(type(coro).__name__)
    print(await coro)
asyncio.run(main())
