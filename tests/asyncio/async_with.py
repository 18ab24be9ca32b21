# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# async with on user classes inside tasks, exception suppression.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print('enter', self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print('exit', self.name, et.__name__ if et else None)
        return self.suppress


async def main():
    async with Resource('r1') as r:
        print('body', r.name)
    async with Resource('outer'), Resource('inner'):
        print('both')
    async with Resource('quiet', suppress=True):
        raise ValueError('hidden')
    print('after suppressed')
    try:
        async with Resource('loud'):
            raise ValueError('shown')
    except ValueError as e:
        print('caught', e)


asyncio.run(main())
