import asyncio
async def worker(lock, name, log):
    async with lock:
        log.append(name + ' in')
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(name + ' out')
async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(worker(lock, 'a', log), worker(lock, 'b', log), worker(lock, 'c', log))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
asyncio.run(main())
