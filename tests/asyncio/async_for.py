# async for over an async iterator class whose __anext__ awaits sleeps.
import asyncio


class Ticker:
    def __init__(self, n, delay):
        self.i = 0
        self.n = n
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


async def consume(name, n, delay):
    async for v in Ticker(n, delay):
        print(name, v)
    else:
        print(name, 'exhausted')


async def main():
    await asyncio.gather(consume('slow', 2, 0.025), consume('fast', 4, 0.01))
    total = 0
    async for v in Ticker(5, 0):
        if v == 4:
            break
        total += v
    print('total', total)
    print([v async for v in Ticker(3, 0)])


asyncio.run(main())
