# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# sleep(0) yields for exactly one round: tasks interleave round-robin.
import asyncio


async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    t1 = asyncio.create_task(count('one', 3))
    t2 = asyncio.create_task(count('two', 4))
    print('created')
    await asyncio.sleep(0)
    print('main after one round')
    print(await t1, await t2)
    print(await asyncio.sleep(0, 'result'))
    print(await asyncio.sleep(0.001, result=7))


asyncio.run(main())
