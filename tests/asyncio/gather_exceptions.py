# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# gather with and without return_exceptions.
import asyncio


async def ok(v, d=0):
    await asyncio.sleep(d)
    return v


async def bad(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def main():
    r = await asyncio.gather(ok(1), bad('boom'), ok(3), return_exceptions=True)
    print([type(x).__name__ for x in r], r[0], r[2], str(r[1]))
    try:
        await asyncio.gather(ok(1, 0.02), bad('first', 0.01), bad('second', 0.04))
    except ValueError as e:
        print('caught', e)
    await asyncio.sleep(0.06)
    t = asyncio.create_task(ok(5, 1))
    t.cancel()
    r = await asyncio.gather(t, ok(6), return_exceptions=True)
    print([type(x).__name__ for x in r])
    t = asyncio.create_task(ok(5, 1))
    t.cancel()
    try:
        await asyncio.gather(t, ok(6))
    except asyncio.CancelledError:
        print('gather raised CancelledError')


asyncio.run(main())
