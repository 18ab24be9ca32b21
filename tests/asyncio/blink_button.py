# copper: skip-tiny-heap importing asyncio needs about 160 KB of heap
# The CircuitPython pattern: one task blinks an LED, another polls a button
# and sets shared state; the log shows how they interleave. Both sleep until
# points of their own schedule, so a late wake-up cannot reorder the log.
import asyncio

log = []


class Pin:
    def __init__(self):
        self.value = False


class Controls:
    def __init__(self):
        self.delay = 0.05
        self.stop = False


async def blink(led, controls, times):
    loop = asyncio.get_running_loop()
    t = loop.time()
    for _ in range(times):
        led.value = not led.value
        log.append('led ' + ('on' if led.value else 'off'))
        t += controls.delay
        await asyncio.sleep(t - loop.time())
    controls.stop = True


async def poll_button(presses, controls):
    loop = asyncio.get_running_loop()
    t = loop.time()
    i = 0
    while not controls.stop:
        if i in presses:
            controls.delay /= 2
            log.append('pressed at poll %d' % i)
        i += 1
        t += 0.03
        await asyncio.sleep(t - loop.time())
    log.append('polling stopped')


async def main():
    led = Pin()
    controls = Controls()
    blink_task = asyncio.create_task(blink(led, controls, 6))
    button_task = asyncio.create_task(poll_button({1}, controls))
    await asyncio.gather(blink_task, button_task)
    for line in log:
        print(line)
    print('led final', led.value)


asyncio.run(main())
