import asyncio
async def tick(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
async def main():
    log = []
    await asyncio.gather(tick('c', 0.03, log), tick('a', 0.01, log), tick('b', 0.02, log))
    print(log)
    t = asyncio.create_task(tick('late', 0.01, log))
    log.append('before')
    await t
    print(log)
    r = await asyncio.sleep(0, 'result')
    print(r)
asyncio.run(main())
