# copper: args --board circuitplayground_express --virtual-time
# Errors of audiocore and audioio, with CircuitPython's types and messages.
import array

import audiocore
import audioio
import board


def attempt(f, message=True):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e if message else "")


attempt(lambda: audiocore.RawSample(5))
attempt(lambda: audiocore.RawSample(array.array("f", [1.0])))
attempt(lambda: audiocore.RawSample(array.array("i", [1])))
attempt(lambda: audiocore.RawSample(bytearray(3), single_buffer=False))
attempt(lambda: audiocore.RawSample(array.array("h", [0] * 4), channel_count=2, single_buffer=False))
attempt(lambda: audiocore.RawSample(bytearray(4), channel_count=0))
attempt(lambda: audiocore.RawSample(bytearray(4), sample_rate=0))
attempt(lambda: audiocore.RawSample(), False)
attempt(lambda: audiocore.RawSample(bytearray(4), 8000), False)

attempt(lambda: audioio.AudioOut(board.A1))
attempt(lambda: audioio.AudioOut(5))
attempt(lambda: audioio.AudioOut(board.A0, right_channel=board.A0))
attempt(lambda: audioio.AudioOut(board.A0, right_channel=board.A1))
attempt(lambda: audioio.AudioOut(), False)
dac = audioio.AudioOut(board.A0)
attempt(lambda: audioio.AudioOut(board.SPEAKER))
attempt(lambda: dac.play(5))
attempt(lambda: dac.play(), False)
attempt(lambda: dac.play(audiocore.RawSample(bytearray(8)), True), False)
attempt(dac.pause)
attempt(dac.resume)

s = audiocore.RawSample(bytearray(8))
s.deinit()
attempt(lambda: s.sample_rate)
attempt(lambda: dac.play(s))
with audiocore.RawSample(bytearray(8)) as s2:
    print(s2.bits_per_sample)
attempt(lambda: s2.channel_count)

dac.deinit()
attempt(lambda: dac.playing)
attempt(lambda: dac.play(audiocore.RawSample(bytearray(8))))
attempt(dac.stop)
d2 = audioio.AudioOut(board.SPEAKER)
print(d2.playing)
