import asyncio
async def slow():
    await asyncio.sleep(10)
    return 'slow'
async def fast():
    await asyncio.sleep(0)
    return 'fast'
async def main():
    print(await asyncio.wait_for(fast(), 1))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print('timeout')
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(fast(), None))
asyncio.run(main())
