import asyncio
async def producer(items, ev, out):
    for i in range(3):
        items.append(i)
        ev.set()
        await asyncio.sleep(0)
    items.append(None)
    ev.set()
async def consumer(items, ev, out):
    while True:
        await ev.wait()
        ev.clear()
        while items:
            v = items.pop(0)
            if v is None:
                return len(out)
            out.append(v * 10)
async def main():
    items, out, ev = [], [], asyncio.Event()
    r = await asyncio.gather(consumer(items, ev, out), producer(items, ev, out))
    print(r, out)
asyncio.run(main())
