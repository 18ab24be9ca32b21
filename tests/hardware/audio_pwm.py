# copper: args --board feather_nrf52840_express --virtual-time
# audiopwmio.PWMAudioOut, AudioOut's API on a PWM pin of the nRF52840.
import array
import time

import audiocore
import audiopwmio
import board


def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


# one period of a 400 Hz square at 16000 Hz, unsigned samples
square = array.array("H", [0xC000] * 20 + [0x4000] * 20)
tone = audiocore.RawSample(square, sample_rate=16000)
pwm = audiopwmio.PWMAudioOut(board.D12, quiescent_value=0x8000)
print(type(pwm).__name__, pwm.playing, pwm.paused)
pwm.play(tone, loop=True)
time.sleep(0.3)
print(pwm.playing)
pwm.pause()
print(pwm.playing, pwm.paused)
pwm.resume()
pwm.stop()
print(pwm.playing)

# 1600 samples at 16000 Hz: 0.1 s
beep = audiocore.RawSample(array.array("h", [1000, -1000] * 800), sample_rate=16000)
pwm.play(beep)
time.sleep(0.09)
print(pwm.playing)
time.sleep(0.02)
print(pwm.playing)

attempt(lambda: audiopwmio.PWMAudioOut(board.D12))
attempt(lambda: audiopwmio.PWMAudioOut(board.D5, right_channel=board.D5))
attempt(lambda: audiopwmio.PWMAudioOut("D5"))
pwm.deinit()
with audiopwmio.PWMAudioOut(board.D12, right_channel=board.D13) as stereo:
    stereo.play(beep)
    print(stereo.playing)
attempt(lambda: stereo.playing)
