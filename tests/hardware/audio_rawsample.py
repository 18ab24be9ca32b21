# copper: args --board circuitplayground_express --virtual-time
# audioio.AudioOut on the CPX speaker (A0, the SAMD21's DAC) playing
# audiocore.RawSample buffers: looping, pause/resume, stop, and a sample
# that ends on its own after len/sample_rate seconds of board time.
import array
import math
import time

import audiocore
import audioio
import board
import digitalio

speaker = digitalio.DigitalInOut(board.SPEAKER_ENABLE)
speaker.switch_to_output(value=True)

length = 8000 // 440
sine = array.array("h", [0] * length)
for i in range(length):
    sine[i] = int(math.sin(math.pi * 2 * i / length) * (2**15 - 1))
wave = audiocore.RawSample(sine)
print(wave.sample_rate, wave.channel_count, wave.bits_per_sample)

dac = audioio.AudioOut(board.SPEAKER)
print(dac.playing, dac.paused)
dac.play(wave, loop=True)
print(dac.playing, dac.paused)
time.sleep(0.5)
print(dac.playing)
dac.pause()
print(dac.playing, dac.paused)
time.sleep(0.1)
dac.resume()
print(dac.playing, dac.paused)
dac.resume()
dac.stop()
print(dac.playing, dac.paused)
dac.stop()

# 800 samples at 8000 Hz: 0.1 s
quiet = audiocore.RawSample(array.array("H", [0x8000] * 800), sample_rate=8000)
dac.play(quiet)
print(dac.playing)
time.sleep(0.05)
print(dac.playing)
time.sleep(0.06)
print(dac.playing)

# a pause holds the position: 0.05 s played, 0.2 s paused, 0.05 s more
dac.play(quiet)
time.sleep(0.05)
dac.pause()
time.sleep(0.2)
print(dac.playing, dac.paused)
dac.resume()
time.sleep(0.04)
print(dac.playing)
time.sleep(0.02)
print(dac.playing, dac.paused)

# waiting for the end as the guides do
t0 = time.monotonic()
dac.play(quiet)
while dac.playing:
    pass
print(round(time.monotonic() - t0, 2))

# 8-bit samples, two channels, a faster rate: 200 frames at 16000 Hz
stereo = audiocore.RawSample(array.array("b", [10, -10] * 200), channel_count=2, sample_rate=16000)
print(stereo.sample_rate, stereo.channel_count, stereo.bits_per_sample)
stereo.sample_rate = 4000
print(stereo.sample_rate)
dac.play(stereo)
time.sleep(0.04)
print(dac.playing)
time.sleep(0.02)
print(dac.playing)
raw = audiocore.RawSample(bytearray(1000), sample_rate=1000)
print(raw.bits_per_sample)
dac.play(raw)
dac.play(quiet)   # play() replaces what was playing
time.sleep(0.11)
print(dac.playing)

dac.deinit()
dac.deinit()
with audioio.AudioOut(board.A0) as dac2:
    dac2.play(wave, loop=True)
    print(dac2.playing)
with audioio.AudioOut(board.A0, quiescent_value=0) as dac3:
    print(dac3.playing)
