import asyncio
counter = 0
async def inc(lock, n):
    global counter
    for _ in range(n):
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(inc(lock, 5) for _ in range(4)))
    print(counter)
    done = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        done.set()
    asyncio.create_task(setter())
    await asyncio.wait_for(done.wait(), 1)
    print('event set', done.is_set())
asyncio.run(main())
