# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# The CircuitPython-specific names work on Copper (expected output fixed in
# the .exp file: CPython has no sleep_ms/ThreadSafeFlag).
import asyncio


async def setter(flag):
    await asyncio.sleep_ms(5)
    print('setting flag')
    flag.set()


async def main():
    flag = asyncio.ThreadSafeFlag()
    asyncio.create_task(setter(flag))
    await flag.wait()
    print('flag seen')
    t = asyncio.create_task(asyncio.sleep_ms(1))
    await t
    print('sleep_ms task', t.done())
    print(await asyncio.wait_for_ms(asyncio.sleep_ms(1), 100))
    try:
        await asyncio.wait_for_ms(asyncio.sleep_ms(1000), 10)
    except asyncio.TimeoutError:
        print('wait_for_ms timeout')


asyncio.run(main())
loop = asyncio.get_event_loop()
print(loop.run_until_complete(asyncio.sleep_ms(1)))
