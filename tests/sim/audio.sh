#!/usr/bin/env bash
# The simulated speaker (--audio FILE.wav) measured with sox: a 440 Hz
# square wave played for 1 s of board time on the CPX speaker renders a
# mono 16-bit WAV of about 1 s whose rough frequency is 440 Hz; silence
# while nothing plays or the speaker amplifier is off; a PWMAudioOut on
# the Feather nRF52840; a WaveFile played back at its own rate.
# Usage: tests/sim/audio.sh path/to/copper
# Prints one line per failure and ends with "N passed, N failed, N skipped".
set -u
copper=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
pass=0
fail=0
skip=0

ok() { pass=$((pass + 1)); }
bad() {
    fail=$((fail + 1))
    printf 'FAIL sim/audio/%s\n' "$1"
    [ $# -gt 1 ] && printf '  %s\n' "$2"
}
check() {   # name, expected, actual
    if [ "$2" == "$3" ]; then ok; else bad "$1" "expected: $2  actual: $3"; fi
}
# near name value target tolerance
near() {
    if awk -v v="$2" -v t="$3" -v e="$4" 'BEGIN { d = v - t; if (d < 0) d = -d; exit !(v != "" && d <= e) }'; then
        ok
    else
        bad "$1" "got '$2', want $3 +- $4"
    fi
}

if ! command -v sox > /dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sox > /dev/null 2>&1 ||
            { apt-get update -qq > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sox > /dev/null 2>&1; }
    fi
fi
if ! command -v sox > /dev/null 2>&1; then
    echo "0 passed, 0 failed, 1 skipped"
    exit 0
fi
if ! "$copper" --board circuitplayground_express -c 'import audioio, audiocore' > /dev/null 2>&1; then
    echo "0 passed, 0 failed, 1 skipped"
    exit 0
fi

# sox's rough frequency comes from the signal's slope, so the harmonics of
# a square wave (and the steps of a low sample rate) raise it: measure
# through a low-pass filter (sinc -F) set between the tone and its 3rd harmonic.
stat_of() { sox "$1" -n stat 2>&1; }
freq_of() { sox "$1" -n sinc -"$2" stat 2>&1 | awk -F: '$1 ~ /^Rough/ { gsub(/ /, "", $2); print $2 }'; }
field() { awk -F: -v k="$2" '$1 ~ k { gsub(/ /, "", $2); print $2; exit }' <<< "$1"; }

# --- a 440 Hz square for 1 s -------------------------------------------------------
# 22000 Hz / 50 samples per period = 440 Hz exactly.
cat > square.py <<'EOF'
import array
import time

import audiocore
import audioio
import board
import digitalio

enable = digitalio.DigitalInOut(board.SPEAKER_ENABLE)
enable.switch_to_output(value=True)
square = array.array("h", [12000] * 25 + [-12000] * 25)
dac = audioio.AudioOut(board.SPEAKER)
dac.play(audiocore.RawSample(square, sample_rate=22000), loop=True)
time.sleep(1)
dac.stop()
EOF
"$copper" --board circuitplayground_express --virtual-time --audio square.wav square.py > out 2> err
check square-status 0 "$?"
if [ -s square.wav ]; then
    ok
    s=$(stat_of square.wav)
    near square-length "$(field "$s" '^Length')" 1.0 0.05
    near square-frequency "$(freq_of square.wav 1000)" 440 10
    near square-max "$(field "$s" '^Maximum amplitude')" 0.366 0.01
    check square-format "1 22050 16" "$(soxi -c square.wav) $(soxi -r square.wav) $(soxi -b square.wav)"
else
    bad square-wav "no WAV written"
fi

# --- silence: nothing playing, then the amplifier off ---------------------------------
cat > quiet.py <<'EOF'
import time
time.sleep(0.5)
EOF
"$copper" --board circuitplayground_express --virtual-time --audio quiet.wav quiet.py > out 2> err
s=$(stat_of quiet.wav)
near quiet-length "$(field "$s" '^Length')" 0.5 0.05
check quiet-silent "0.000000" "$(field "$s" '^Maximum amplitude')"

sed -e 's/value=True/value=False/' square.py > muted.py
"$copper" --board circuitplayground_express --virtual-time --audio muted.wav muted.py > out 2> err
s=$(stat_of muted.wav)
check muted-silent "0.000000" "$(field "$s" '^Maximum amplitude')"

# --- a sine that plays once: 0.25 s of sound, then silence -----------------------------
cat > once.py <<'EOF'
import array
import math
import time

import audiocore
import audioio
import board
import digitalio

enable = digitalio.DigitalInOut(board.SPEAKER_ENABLE)
enable.switch_to_output(value=True)
# 2000 samples at 8000 Hz: 0.25 s of a 1000 Hz sine
sine = array.array("h", [int(10000 * math.sin(2 * math.pi * i / 8)) for i in range(2000)])
dac = audioio.AudioOut(board.A0)
dac.play(audiocore.RawSample(sine, sample_rate=8000))
while dac.playing:
    pass
print(round(time.monotonic(), 1) >= 0.2)
time.sleep(0.75)
EOF
"$copper" --board circuitplayground_express --virtual-time --audio once.wav once.py > out 2> err
check once-output "True" "$(cat out)"
sox once.wav head.wav trim 0 0.25 2> /dev/null
sox once.wav tail.wav trim 0.3 2> /dev/null
near once-frequency "$(freq_of head.wav 1500)" 1000 20
s=$(stat_of tail.wav)
check once-then-silent "0.000000" "$(field "$s" '^Maximum amplitude')"

# --- PWMAudioOut on the Feather nRF52840 -----------------------------------------------
if "$copper" --board feather_nrf52840_express -c 'import audiopwmio' > /dev/null 2>&1; then
    cat > pwm.py <<'EOF'
import array
import time

import audiocore
import audiopwmio
import board

square = array.array("H", [0xC000] * 20 + [0x4000] * 20)   # 16000 / 40 = 400 Hz
pwm = audiopwmio.PWMAudioOut(board.D12)
pwm.play(audiocore.RawSample(square, sample_rate=16000), loop=True)
time.sleep(0.5)
print(pwm.playing)
pwm.stop()
print(pwm.playing)
EOF
    "$copper" --board feather_nrf52840_express --virtual-time --audio pwm.wav pwm.py > out 2> err
    check pwm-output "True False" "$(tr '\n' ' ' < out | sed 's/ $//')"
    s=$(stat_of pwm.wav)
    near pwm-length "$(field "$s" '^Length')" 0.5 0.05
    near pwm-frequency "$(freq_of pwm.wav 1000)" 400 10
else
    skip=$((skip + 1))
fi

# --- a WaveFile made by sox, played back at its own rate ----------------------------------
sox -n -r 11025 -b 16 -c 1 tone.wav synth 0.4 sine 600 vol 0.5 2> /dev/null
cat > wav.py <<'EOF'
import time

import audiocore
import audioio
import board
import digitalio

enable = digitalio.DigitalInOut(board.SPEAKER_ENABLE)
enable.switch_to_output(value=True)
w = audiocore.WaveFile("tone.wav")
print(w.sample_rate, w.channel_count, w.bits_per_sample)
dac = audioio.AudioOut(board.A0)
dac.play(w)
while dac.playing:
    pass
print(round(time.monotonic(), 1))
EOF
"$copper" --board circuitplayground_express --virtual-time --audio wav.wav wav.py > out 2> err
check wav-output "11025 1 16 0.4" "$(tr '\n' ' ' < out | sed 's/ $//')"
near wav-frequency "$(freq_of wav.wav 1000)" 600 15

echo "$pass passed, $fail failed, $skip skipped"
