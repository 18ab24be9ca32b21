import asyncio
async def work(name, n, log):
    for i in range(n):
        log.append((name, i))
        await asyncio.sleep(0)
    return name * n
async def main():
    log = []
    res = await asyncio.gather(work('a', 3, log), work('b', 2, log), work('c', 1, log))
    print(res)
    print(log)
    print(await asyncio.gather())
asyncio.run(main())
