# asyncio scheduling: two tasks pass a counter back and forth through a
# pair of Events, then a producer and a consumer through a Queue. Measures
# task switches, future wake-ups and the event loop's ready queue.
import asyncio


async def pinger(n, ping, pong, box):
    for i in range(n):
        box[0] = i
        ping.set()
        await pong.wait()
        pong.clear()
    return box[0]


async def ponger(n, ping, pong, box):
    total = 0
    for _ in range(n):
        await ping.wait()
        ping.clear()
        total += box[0]
        pong.set()
    return total


async def produce(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consume(q):
    total = 0
    while True:
        v = await q.get()
        if v is None:
            return total
        total += v


async def main():
    ping = asyncio.Event()
    pong = asyncio.Event()
    box = [0]
    n = 30000
    r = await asyncio.gather(pinger(n, ping, pong, box), ponger(n, ping, pong, box))
    q = asyncio.Queue(4)
    s = await asyncio.gather(produce(q, 40000), consume(q))
    return r, s[1]


print(asyncio.run(main()))
