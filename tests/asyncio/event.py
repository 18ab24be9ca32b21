# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# Event: waiters wake in order when set; clear; is_set; wait on a set event.
import asyncio


async def waiter(name, ev):
    print(name, 'waiting')
    r = await ev.wait()
    print(name, 'woke', r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0.01)
    print('setting')
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter('d', ev))
    await asyncio.sleep(0)
    print('set again')
    ev.set()
    await t


asyncio.run(main())
