import asyncio
async def boom(n):
    await asyncio.sleep(0)
    raise ValueError('boom %d' % n)
async def ok():
    return 1
async def main():
    try:
        await boom(1)
    except ValueError as e:
        print('caught', e)
    try:
        await asyncio.gather(ok(), boom(2))
    except ValueError as e:
        print('gather', e)
    r = await asyncio.gather(ok(), boom(3), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1])
    t = asyncio.create_task(boom(4))
    try:
        await t
    except ValueError as e:
        print('task', e, t.done())
asyncio.run(main())
try:
    asyncio.run(boom(5))
except ValueError as e:
    print('run', e)
