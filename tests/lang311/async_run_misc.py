import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
print(asyncio.run(add(2, 3)))
async def chain(n):
    if n == 0:
        return 0
    return n + await chain(n - 1)
print(asyncio.run(chain(20)))
async def main():
    tasks = [asyncio.create_task(add(i, i)) for i in range(5)]
    print([await t for t in tasks])
    results = await asyncio.gather(*[add(i, 1) for i in range(3)])
    print(results, type(results).__name__)
    print(asyncio.iscoroutinefunction(add) if hasattr(asyncio, 'iscoroutinefunction') else True)
asyncio.run(main())
try:
    asyncio.run(5)
except (TypeError, ValueError) as e:
    print(type(e).__name__)
