import asyncio
async def child(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    t1 = asyncio.create_task(child(5))
    t2 = asyncio.create_task(child(7))
    print(t1.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t1.result())
    t3 = asyncio.create_task(child(1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t3.done(), t3.result())
    return 'main done'
print(asyncio.run(main()))
