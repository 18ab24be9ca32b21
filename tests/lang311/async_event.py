import asyncio
async def waiter(ev, name, log):
    log.append(name + ' waiting')
    await ev.wait()
    log.append(name + ' woke')
async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in 'xy']
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), log)
    ev.clear()
    print(ev.is_set())
    ev.set()
    await ev.wait()
    print('immediate')
asyncio.run(main())
