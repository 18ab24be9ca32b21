# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# Lock: acquire/release/locked, FIFO hand-over, async with, errors.
import asyncio


async def user(name, lock, log):
    async with lock:
        log.append(name + ' in')
        await asyncio.sleep(0.01)
        log.append(name + ' out')


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    log = []
    await asyncio.gather(user('a', lock, log), user('b', lock, log), user('c', lock, log))
    print(log)
    # exception inside async with releases the lock
    try:
        async with lock:
            raise KeyError('inside')
    except KeyError as e:
        print('KeyError', e, lock.locked())
    # a cancelled waiter does not keep the lock
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(t.cancelled(), lock.locked())
    await lock.acquire()
    print('reacquired', lock.locked())


asyncio.run(main())
