# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# create_task: tasks start on the next round, done()/result()/names.
import asyncio


async def child(n):
    print('child', n, 'starts')
    await asyncio.sleep(0.01 * n)
    print('child', n, 'ends')
    return n * n


async def main():
    t = asyncio.create_task(child(1))
    print('done before start?', t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    r = await t
    print('result', r, t.result(), t.done(), t.cancelled(), t.exception())
    t2 = asyncio.create_task(child(2), name='worker')
    print(t2.get_name())
    await asyncio.sleep(0.05)
    print('t2 done', t2.done(), t2.result())
    print(asyncio.current_task() is not None, asyncio.current_task() is not t)
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError', e)
    c = child(3)
    try:
        asyncio.create_task(c)
        await asyncio.sleep(0)
    finally:
        pass


asyncio.run(main())
try:
    asyncio.create_task(None)
except RuntimeError as e:
    print('RuntimeError', e)
