# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# Task.cancel throws CancelledError (a BaseException) into the coroutine.
import asyncio


async def sleeper(name):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'got CancelledError')
        raise
    finally:
        print(name, 'finally')


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel')
    return 'kept going'


async def main():
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    t = asyncio.create_task(sleeper('t'))
    await asyncio.sleep(0.01)
    print('cancel returns', t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('await raised CancelledError')
    print(t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result raised CancelledError')
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    # cancelled before it ever ran
    u = asyncio.create_task(sleeper('u'))
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print('u cancelled before starting', u.cancelled())
    # cancel with a message
    v = asyncio.create_task(sleeper('v'))
    await asyncio.sleep(0)
    v.cancel('stop now')
    try:
        await v
    except asyncio.CancelledError as e:
        print('message', e.args)


asyncio.run(main())
