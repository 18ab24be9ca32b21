# Several tasks sleeping different amounts wake up in deadline order.
import asyncio

log = []


async def worker(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        log.append((name, d))


async def main():
    tasks = [
        asyncio.create_task(worker('a', [0.03, 0.03])),
        asyncio.create_task(worker('b', [0.01, 0.01, 0.01])),
        asyncio.create_task(worker('c', [0.045])),
    ]
    for t in tasks:
        await t
    for entry in log:
        print(*entry)


asyncio.run(main())
