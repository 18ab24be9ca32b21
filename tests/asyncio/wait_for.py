# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# wait_for: result in time, TimeoutError (the builtin) otherwise, and the
# inner task is cancelled before wait_for returns.
import asyncio


async def slow(d, log):
    try:
        await asyncio.sleep(d)
        log.append('slow finished')
        return 'slow result'
    except asyncio.CancelledError:
        log.append('slow cancelled')
        raise


async def main():
    log = []
    print(await asyncio.wait_for(slow(0.01, log), 1))
    try:
        await asyncio.wait_for(slow(1, log), 0.02)
    except TimeoutError as e:
        print('TimeoutError', type(e) is TimeoutError, asyncio.TimeoutError is TimeoutError)
    print(log)
    print(await asyncio.wait_for(slow(0, log), None))
    try:
        await asyncio.wait_for(slow(0.01, log), 0)
    except asyncio.TimeoutError:
        print('timeout 0')
    print(log)


asyncio.run(main())
