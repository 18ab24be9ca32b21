# copper: args --board circuitplayground_express --virtual-time
# audiocore.WaveFile from a .wav on the drive (by name or an open file),
# played by audioio.AudioOut for as long as its data lasts in board time.
import time

import audiocore
import audioio
import board
import digitalio


def attempt(f, message=True):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e if message else "")


enable = digitalio.DigitalInOut(board.SPEAKER_ENABLE)
enable.switch_to_output(value=True)

# 400 frames of 8-bit mono at 8000 Hz: 0.05 s
w8 = audiocore.WaveFile("_data/tone8.wav")
print(w8.sample_rate, w8.channel_count, w8.bits_per_sample)
# 800 frames of 16-bit stereo at 16000 Hz: 0.05 s
f = open("_data/tone16s.wav", "rb")
w16 = audiocore.WaveFile(f)
print(w16.sample_rate, w16.channel_count, w16.bits_per_sample)

dac = audioio.AudioOut(board.A0)
dac.play(w8)
print(dac.playing)
time.sleep(0.04)
print(dac.playing)
time.sleep(0.02)
print(dac.playing)

dac.play(w16, loop=True)
time.sleep(0.5)
print(dac.playing)
dac.stop()
print(dac.playing)
dac.play(w16)
time.sleep(0.04)
print(dac.playing)
time.sleep(0.02)
print(dac.playing)

# the sample rate can be changed for the next play
w8.sample_rate = 4000
dac.play(w8)
time.sleep(0.09)
print(dac.playing)
time.sleep(0.02)
print(dac.playing)

with audiocore.WaveFile("_data/tone8.wav", bytearray(1024)) as w:
    print(w.sample_rate)
attempt(lambda: w.sample_rate)
attempt(lambda: dac.play(w))
w16.deinit()
f.close()

attempt(lambda: audiocore.WaveFile(5))
attempt(lambda: audiocore.WaveFile(open("audio_wavefile.py")))
attempt(lambda: audiocore.WaveFile("audio_wavefile.py"))
try:
    audiocore.WaveFile("_data/missing.wav")
except OSError as e:
    print("OSError", e.errno)
attempt(lambda: audiocore.WaveFile(), False)
dac.deinit()
