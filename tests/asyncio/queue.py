# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# asyncio.Queue: producer/consumer with a bounded queue.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i)
    await q.put(None)


async def consumer(q):
    got = []
    while True:
        item = await q.get()
        print('got', item)
        q.task_done()
        if item is None:
            break
        got.append(item)
    return got


async def main():
    q = asyncio.Queue(2)
    print(q.empty(), q.full(), q.maxsize)
    r = await asyncio.gather(producer(q, 5), consumer(q))
    print(r)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull', q.qsize())


asyncio.run(main())
