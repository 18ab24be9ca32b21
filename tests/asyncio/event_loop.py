# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# The loop API: get_event_loop/new_event_loop, run_until_complete,
# run_forever with stop, call_soon/call_later order, close.
import asyncio


async def work(n):
    await asyncio.sleep(0.001)
    return n + 1


loop = asyncio.new_event_loop()
print(loop.run_until_complete(work(1)))
print(loop.is_running(), loop.is_closed())


def cb(msg):
    print('callback', msg)


async def stopper():
    await asyncio.sleep(0.04)
    print('stopping')
    asyncio.get_event_loop().stop()

loop.call_later(0.01, cb, 'later')
loop.call_soon(cb, 'soon 1')
loop.call_soon(cb, 'soon 2')
h = loop.call_soon(cb, 'cancelled')
h.cancel()
t = loop.create_task(stopper())
loop.run_forever()
print('run_forever returned', t.done())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(work(1))
except RuntimeError as e:
    print('RuntimeError', e)


async def check_running():
    return asyncio.get_running_loop() is asyncio.get_event_loop()
print(asyncio.run(check_running()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
