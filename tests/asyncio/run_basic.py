# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# asyncio.run returns the coroutine's value; nested awaits of coroutines.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    print('x', x, 'y', y)
    return [x, y]


print(asyncio.run(main()))
print(asyncio.run(add(5, 6)))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)
c = main()
try:
    asyncio.run(c)
    asyncio.run(c)
except RuntimeError as e:
    print('RuntimeError', e)
