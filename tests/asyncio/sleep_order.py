# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# Several tasks sleeping different amounts wake up in deadline order. Each
# task sleeps until fixed points of a shared schedule (not for fixed
# amounts), so a late wake-up under load cannot reorder the log.
import asyncio

log = []


async def worker(name, t0, step, count):
    loop = asyncio.get_running_loop()
    for k in range(1, count + 1):
        await asyncio.sleep(t0 + k * step - loop.time())
        log.append((name, k))


async def main():
    t0 = asyncio.get_running_loop().time()
    tasks = [
        asyncio.create_task(worker('a', t0, 0.1, 2)),
        asyncio.create_task(worker('b', t0, 0.04, 3)),
        asyncio.create_task(worker('c', t0, 0.16, 1)),
    ]
    for t in tasks:
        await t
    for entry in log:
        print(*entry)


asyncio.run(main())
