# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# Exceptions: from awaited tasks, out of asyncio.run, and a task error that
# is caught by its awaiter.
import asyncio


async def fail(msg, d=0):
    await asyncio.sleep(d)
    raise KeyError(msg)


async def main():
    t = asyncio.create_task(fail('in task'))
    try:
        await t
    except KeyError as e:
        print('caught', e)
    print(type(t.exception()).__name__, t.done())
    try:
        await fail('direct', 0.001)
    except KeyError as e:
        print('caught', e)
    try:
        try:
            await fail('chained')
        except KeyError as e:
            raise RuntimeError('wrapped') from e
    except RuntimeError as e:
        print(e, '<-', repr(e.__cause__))
    raise ValueError('out of main')


try:
    asyncio.run(main())
except ValueError as e:
    print('asyncio.run raised', e)
asyncio.run(fail('uncaught'))
print('not reached')
