# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# gather: results in argument order whatever the completion order (the
# delays are far apart so a loaded machine keeps the order).
import asyncio


async def job(name, delay, value):
    await asyncio.sleep(delay)
    print('finished', name)
    return value


async def main():
    r = await asyncio.gather(job('slow', 0.6, 1), job('fast', 0.2, 2), job('mid', 0.4, 3))
    print(r)
    print(await asyncio.gather())
    t = asyncio.create_task(job('task', 0.02, 'T'))
    print(await asyncio.gather(t, job('coro', 0, 'C')))
    # the same coroutine object twice is run once
    c = job('same', 0, 'S')
    print(await asyncio.gather(c, c))
    # nested gathers
    inner = asyncio.gather(job('i1', 0.04, 'a'), job('i2', 0, 'b'))
    print(await asyncio.gather(inner, job('o', 0.02, 'c')))


asyncio.run(main())
