# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# asyncio.run cancels tasks still pending when main returns.
import asyncio


async def forever():
    try:
        while True:
            await asyncio.sleep(0.005)
    except asyncio.CancelledError:
        print('background task cancelled at shutdown')
        raise
    finally:
        print('background finally')


async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0.02)
    print('main returns')
    return 'done'


print(asyncio.run(main()))
print('after run')
