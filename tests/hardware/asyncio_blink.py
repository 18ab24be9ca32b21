# copper: args --board metro_m4_express --virtual-time
# Two LEDs blinking at their own rates with asyncio, as the CircuitPython
# "Cooperative Multitasking" guide writes it: each blink is a task, and
# asyncio.gather runs both on the board clock.
import asyncio
import time

import board
import digitalio

t0 = time.monotonic()


def stamp():
    return f"{time.monotonic() - t0:.2f}"


async def blink(pin, name, interval, count):
    with digitalio.DigitalInOut(pin) as led:
        led.switch_to_output(value=False)
        for _ in range(count):
            led.value = True
            print(name, "on", stamp())
            await asyncio.sleep(interval)
            led.value = False
            print(name, "off", stamp())
            await asyncio.sleep(interval)
    print(name, "done", stamp())


async def main():
    await asyncio.gather(blink(board.LED, "LED", 0.25, 3), blink(board.D12, "D12", 0.4, 2))
    print("both done")


asyncio.run(main())
