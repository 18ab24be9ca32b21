# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# async for over an async iterator class whose __anext__ awaits sleeps
# (until fixed points of a schedule, so load cannot reorder the output).
import asyncio


class Ticker:
    def __init__(self, n, delay):
        self.t0 = asyncio.get_event_loop().time()
        self.i = 0
        self.n = n
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(self.t0 + self.i * self.delay - asyncio.get_event_loop().time())
        return self.i


async def consume(name, n, delay):
    async for v in Ticker(n, delay):
        print(name, v)
    else:
        print(name, 'exhausted')


async def main():
    await asyncio.gather(consume('slow', 2, 0.1), consume('fast', 4, 0.04))
    total = 0
    async for v in Ticker(5, 0):
        if v == 4:
            break
        total += v
    print('total', total)
    print([v async for v in Ticker(3, 0)])


asyncio.run(main())
