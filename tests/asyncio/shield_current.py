# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# current_task inside tasks, all_tasks, shield keeps the inner task alive.
import asyncio


async def named():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def inner(log):
    await asyncio.sleep(0.05)
    log.append('inner finished')
    return 'inner'


async def main():
    print(await asyncio.create_task(named(), name='custom'))
    print(len(asyncio.all_tasks()))
    log = []
    t = asyncio.create_task(inner(log))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except asyncio.TimeoutError:
        print('timed out, inner cancelled?', t.cancelled())
    print(await t, log)


asyncio.run(main())
