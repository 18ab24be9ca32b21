#!/usr/bin/env bash
# The --trace VCD (ports/unix/sim_trace.c) read back by the tools people use
# on it: sigrok-cli decodes the I2C, UART, SPI, WS2812 and IR NEC traffic
# drawn on the pins and the bytes must be the ones the program sent; the
# blink's edges must be half a second apart; PWM duty and DAC volts are
# reals, pixel colours strings. Also pulseio's IR receive and transmit.
# Usage: tests/sim/trace.sh path/to/copper
# Prints one line per failure and ends with "N passed, N failed, N skipped".
set -u
copper=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
skip=0

check() {   # name, expected, actual
    if [ "$2" == "$3" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        printf 'FAIL sim/trace/%s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"
    fi
}

run() {   # copper options... ; program on stdin -> stdout+stderr
    cat > "$tmp/prog.py"
    (cd "$tmp" && "$copper" "$@" prog.py 2>&1)
}

# The decoders come from Debian's sigrok-cli.
if ! command -v sigrok-cli > /dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        apt-get install -y -qq sigrok-cli > /dev/null 2>&1 ||
            { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq sigrok-cli > /dev/null 2>&1; }
    fi
fi
have_sigrok=0
command -v sigrok-cli > /dev/null && have_sigrok=1

# decode FILE DOWNSAMPLE DECODER-SPEC ANNOTATIONS: the decoder's annotations
# on one line, "i2c-1: " prefixes dropped. The trace's timescale is 1 ns,
# so sigrok samples at 1 GHz unless told to downsample.
decode() {
    sigrok-cli -l 1 -I "vcd:downsample=$2" -i "$1" -P "$3" -A "$4" 2> "$tmp/sigrok.err" |
        sed 's/^[a-z0-9_]*-1: //' | tr '\n' ' ' | sed 's/ $//'
}

sigrok_check() {   # name, expected, decode args...
    local name=$1 expected=$2
    shift 2
    if [ $have_sigrok = 0 ]; then
        skip=$((skip + 1))
        return
    fi
    check "$name" "$expected" "$(decode "$@")"
}

# vcd FILE EXPR: evaluates a Python expression over the parsed trace:
# `sig` maps each variable's name (scope.name) to its [(t_ns, value)...].
vcd() {
    python3 - "$1" "$2" <<'EOF_PY'
import sys
path, expr = sys.argv[1], sys.argv[2]
toks = open(path).read().split()
ids, sig, scope, t, i = {}, {}, [], 0, 0
while i < len(toks):
    tok = toks[i]
    if tok == "$scope":
        scope.append(toks[i + 2]); i += 4; continue
    if tok == "$upscope":
        scope.pop(); i += 2; continue
    if tok == "$var":
        name = ".".join(scope[1:] + [toks[i + 4]])
        ids[toks[i + 3]] = name
        sig[name] = []
        i += 6; continue
    if tok in ("$dumpvars", "$end", "$enddefinitions"):
        i += 1; continue
    if tok in ("$version", "$comment", "$timescale", "$date"):
        while toks[i] != "$end":
            i += 1
        i += 1; continue
    if tok[0] == "#":
        t = int(tok[1:]); i += 1; continue
    if tok[0] in "rRsSbB":
        sig[ids[toks[i + 1]]].append((t, tok[1:])); i += 2; continue
    sig[ids[tok[1:]]].append((t, tok[0])); i += 1
print(eval(expr))
EOF_PY
}

cpx="--board circuitplayground_express --virtual-time --no-view"

# --- digital: the blink's edges --------------------------------------------------
run $cpx --trace blink.vcd <<'EOF_PY' > /dev/null
import time, board, digitalio
led = digitalio.DigitalInOut(board.LED)
led.switch_to_output(value=False)
for _ in range(5):
    time.sleep(0.5)
    led.value = not led.value
time.sleep(0.25)
EOF_PY
check blink-header "\$timescale 1 ns \$end" "$(grep timescale "$tmp/blink.vcd")"
check blink-vars "['LED']" "$(vcd "$tmp/blink.vcd" 'list(sig)')"
# Edges every 0.5 s (+ the 10 us of one poll for each statement), first 1.
check blink-levels "['1', '0', '1', '0', '1']" "$(vcd "$tmp/blink.vcd" '[v for t, v in sig["LED"] if v != "x"][-5:]')"
check blink-intervals "[500, 500, 500, 500]" \
    "$(vcd "$tmp/blink.vcd" '[round((b - a) / 1e6) for (a, _), (b, _) in zip(sig["LED"][-5:], sig["LED"][-4:])]')"
check blink-first-edge "500" "$(vcd "$tmp/blink.vcd" 'round(sig["LED"][-5][0] / 1e6)')"
# The dump ends when the run ends: 2.75 s.
check blink-end "2750" "$(python3 -c "import sys; print(round(int([l for l in open('$tmp/blink.vcd') if l[0] == '#'][-1][1:]) / 1e6))")"
# Same program, same trace, byte for byte (virtual time).
cp "$tmp/prog.py" "$tmp/blink.py"
run $cpx --trace blink2.vcd < "$tmp/blink.py" > /dev/null
check blink-deterministic "same" "$(cmp -s "$tmp/blink.vcd" "$tmp/blink2.vcd" && echo same || echo differ)"
if [ $have_sigrok = 1 ]; then
    sigrok-cli -I vcd:downsample=1000 -i "$tmp/blink.vcd" --show > "$tmp/show" 2>&1
    check blink-sigrok-reads "- LED: logic" "$(grep -- '- LED' "$tmp/show")"
else
    skip=$((skip + 1))
fi

# --- I2C: a write, a write-then-read with a repeated START --------------------------
out=$(run $cpx --i2c bme280@0x77 --trace i2c.vcd <<'EOF_PY'
import board, busio
i2c = busio.I2C(board.SCL, board.SDA)
while not i2c.try_lock():
    pass
i2c.writeto(0x77, bytes([0xF4, 0x27]))
chip = bytearray(1)
i2c.writeto_then_readfrom(0x77, bytes([0xD0]), chip)
print(hex(chip[0]))
calib = bytearray(2)
i2c.writeto_then_readfrom(0x77, bytes([0x88]), calib)
try:
    i2c.writeto(0x42, b"\x01")
except OSError as e:
    print(e)
i2c.unlock()
print(" ".join("%02X" % b for b in calib))
EOF_PY
)
calib=$(echo "$out" | tail -1)
check i2c-program "0x60
[Errno 19] No such device" "$(echo "$out" | head -2)"
# SCL and SDA of board.I2C on the CPX are A4 and A5 (their first names).
sigrok_check i2c-decode "Start Write Address write: 77 ACK Data write: F4 ACK Data write: 27 ACK Stop \
Start Write Address write: 77 ACK Data write: D0 ACK Start repeat Read Address read: 77 ACK Data read: 60 NACK Stop \
Start Write Address write: 77 ACK Data write: 88 ACK Start repeat Read Address read: 77 ACK Data read: ${calib% *} ACK Data read: ${calib#* } NACK Stop \
Start Write Address write: 42 NACK Stop" \
    "$tmp/i2c.vcd" 10 i2c:scl=A4:sda=A5 i2c=start:repeat-start:stop:ack:nack:address-read:address-write:data-read:data-write
# 100 kHz: SCL high for 5 us in each clock (the bus idles high between).
check i2c-scl-high "5000 5000" "$(vcd "$tmp/i2c.vcd" '"%d %d" % (lambda h: (min(h), max(set(h), key=h.count)))([b - a for (a, v), (b, w) in zip(sig["A4"], sig["A4"][1:]) if v == "1"])')"

# --- UART: 9600 8N1, and 19200 with even parity and 2 stop bits -----------------------
run $cpx --trace uart.vcd <<'EOF_PY' > /dev/null
import board, busio
u = busio.UART(board.TX, board.RX, baudrate=9600)
u.write(b"Hi!\n")
EOF_PY
# TX on the CPX is A7 (its first name).
sigrok_check uart-decode "48 69 21 0A" "$tmp/uart.vcd" 1000 uart:tx=A7:baudrate=9600 uart=tx-data
# 9600 baud: the start bit of "H" (0x48: 0, then 0 0 0 1 ...) is 4 bits long.
check uart-bit-time "416667" "$(vcd "$tmp/uart.vcd" 'sig["A7"][3][0] - sig["A7"][2][0]')"
run $cpx --trace uart2.vcd <<'EOF_PY' > /dev/null
import board, busio
u = busio.UART(board.TX, None, baudrate=19200, parity=busio.UART.Parity.EVEN, stop=2)
u.write(bytes([0x00, 0x55, 0xFF, 0x81]))
EOF_PY
sigrok_check uart-parity-even "00 55 FF 81" "$tmp/uart2.vcd" 100 \
    uart:tx=A7:baudrate=19200:parity=even:stop_bits=2.0 uart=tx-data:tx-parity-err

# --- SPI: mode 3 at 1 MHz, then mode 0 ---------------------------------------------------
run $cpx --trace spi.vcd <<'EOF_PY' > /dev/null
import board, busio
s = busio.SPI(board.SCK, MOSI=board.MOSI, MISO=board.MISO)
while not s.try_lock():
    pass
s.configure(baudrate=1000000, polarity=1, phase=1)
s.write(bytes([0xA5, 0x3C]))
s.unlock()
EOF_PY
# SCK, MISO, MOSI on the CPX are A1, A2, A3; nothing drives MISO (0xFF).
sigrok_check spi-mode3 "A5 3C" "$tmp/spi.vcd" 10 spi:clk=A1:mosi=A3:miso=A2:cpol=1:cpha=1 spi=mosi-data
run $cpx --trace spi0.vcd <<'EOF_PY' > /dev/null
import board, busio
s = busio.SPI(board.SCK, MOSI=board.MOSI)
while not s.try_lock():
    pass
s.configure(baudrate=250000, polarity=0, phase=0)
s.write(b"\x0f\xf0\x81")
EOF_PY
sigrok_check spi-mode0 "0F F0 81" "$tmp/spi0.vcd" 100 spi:clk=A1:mosi=A3:cpol=0:cpha=0 spi=mosi-data
# 250 kHz: SCK high for 2 us.
check spi-sck-high "[2000]" "$(vcd "$tmp/spi0.vcd" 'sorted(set(b - a for (a, v), (b, w) in zip(sig["A1"], sig["A1"][1:]) if v == "1"))')"

# --- NeoPixel: the WS2812 stream and the colour strings; PWM and DAC reals --------------
run $cpx --trace pix.vcd <<'EOF_PY' > /dev/null
import time, board, digitalio, neopixel_write, pwmio, analogio
pin = digitalio.DigitalInOut(board.NEOPIXEL)
pin.direction = digitalio.Direction.OUTPUT
buf = bytearray(30)
buf[0:3] = bytes([0x00, 0xFF, 0x00])   # GRB: pixel 0 red
buf[3:6] = bytes([0x80, 0x00, 0x10])   # pixel 1 green 0x80, blue 0x10
neopixel_write.neopixel_write(pin, buf)
time.sleep(0.01)
pwm = pwmio.PWMOut(board.A1, duty_cycle=16384, frequency=1000)
time.sleep(0.01)
pwm.duty_cycle = 49152
dac = analogio.AnalogOut(board.A0)
dac.value = 65535
time.sleep(0.01)
EOF_PY
sigrok_check neopixel-ws2812 "#ff0000 #008010 #000000 #000000 #000000 #000000 #000000 #000000 #000000 #000000" \
    "$tmp/pix.vcd" 10 rgb_led_ws281x:din=NEOPIXEL rgb_led_ws281x=rgb
check neopixel-strings "['#ff0000', '#008010', '#000000']" \
    "$(vcd "$tmp/pix.vcd" '[sig["pixels.NEOPIXEL_%d" % i][-1][1] for i in range(3)]')"
check pwm-duty "['0', '0.2500038148', '0.7500114443']" "$(vcd "$tmp/pix.vcd" '[v for t, v in sig["analog.A1"]]')"
check dac-volts "['0', '3.3']" "$(vcd "$tmp/pix.vcd" '[v for t, v in sig["analog.A0"]]')"
# A 1 bit is 800 ns high, a 0 bit 400 ns.
check ws2812-highs "[400, 800]" "$(vcd "$tmp/pix.vcd" 'sorted(set(b - a for (a, v), (b, w) in zip(sig["NEOPIXEL"], sig["NEOPIXEL"][1:]) if v == "1"))')"

# --- IR: the `ir` stimulus on the receiver, PulseOut's carrier on the LED -------------
printf '0.5s ir NEC 0x20DF10EF\n' > "$tmp/ir.stim"
out=$(run $cpx --stimulus ir.stim --trace irrx.vcd <<'EOF_PY'
import time, board, pulseio
p = pulseio.PulseIn(board.IR_RX, maxlen=100, idle_state=True)
time.sleep(1)
print(len(p), p[0], p[1], p[2], p[3], p[-1])
EOF_PY
)
check ir-pulsein "67 9000 4500 562 562 562" "$out"
sigrok_check ir-rx-nec "Address: 0x04 Address#: 0xFB Command: 0x08 Command#: 0xF7" \
    "$tmp/irrx.vcd" 1000 ir_nec:ir=REMOTEIN ir_nec=addr:addr-inv:cmd:cmd-inv:warnings
check ir-rx-frame-start "['1', '0']" "$(vcd "$tmp/irrx.vcd" '[v for t, v in sig["REMOTEIN"] if t <= 500000000 and v != "x"]')"

run $cpx --trace irtx.vcd <<'EOF_PY' > /dev/null
import array, board, pulseio


def nec(code):
    p = [9000, 4500]
    for i in range(31, -1, -1):
        p += [562, 1687 if (code >> i) & 1 else 562]
    p.append(562)
    return array.array("H", p)


out = pulseio.PulseOut(board.IR_TX, frequency=38000, duty_cycle=2 ** 15)
out.send(nec(0x20DF10EF))
EOF_PY
sigrok_check ir-tx-nec "Address: 0x04 Address#: 0xFB Command: 0x08 Command#: 0xF7" \
    "$tmp/irtx.vcd" 100 ir_nec:ir=REMOTEOUT:polarity=active-high:cd_freq=38000 ir_nec=addr:addr-inv:cmd:cmd-inv:warnings
# The carrier: 38 kHz at half duty is 13.158 us on in every 26.316 us.
check ir-tx-carrier "13158 26316" "$(vcd "$tmp/irtx.vcd" '(lambda s: "%d %d" % (s[1][0] - s[0][0], s[2][0] - s[0][0]))([e for e in sig["REMOTEOUT"] if e[1] != "x"])')"

# --- a bad trace path -----------------------------------------------------------------
out=$(run $cpx --trace /nonexistent/dir/t.vcd <<'EOF_PY'
print("ran")
EOF_PY
)
check bad-path "copper: cannot write trace file '/nonexistent/dir/t.vcd'" "$out"

echo "$pass passed, $fail failed, $skip skipped"
[ $fail = 0 ]
