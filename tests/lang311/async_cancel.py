import asyncio
async def forever(log):
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append('cancelled')
        raise
async def main():
    log = []
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('awaited cancelled')
    print(log, t.cancelled(), t.done())
asyncio.run(main())
