# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# Async generators driven by the loop: sleeps inside, asend, aclose,
# comprehensions.
import asyncio


async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
    print('ticks done')


async def echo():
    received = None
    try:
        while True:
            received = yield received
            await asyncio.sleep(0)
    finally:
        print('echo closed')


async def main():
    async for t in ticks(3, 0.001):
        print('tick', t)
    print([x * 2 async for x in ticks(3, 0)])
    g = echo()
    print(await g.asend(None))
    print(await g.asend('hello'))
    print(await g.asend(42))
    await g.aclose()
    g2 = ticks(10, 0)
    print(await g2.__anext__(), await g2.__anext__())
    await g2.aclose()
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print('closed generator is exhausted')


asyncio.run(main())
