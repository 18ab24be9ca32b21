#!/usr/bin/env bash
# The simulated board's buses and devices (ports/unix/sim_bus.c,
# sim_dev_*.c) driven from Python through busio: I2C pull-ups, NACKs,
# scans and repeated starts; the BME280's registers run through the
# datasheet's compensation formulas (in python3 here); the LIS3DH's
# registers, tilt and tap; the SSD1306 framebuffer saved as a PNG (--screen)
# and decoded here; UART timing and injected bytes; SPI with nothing on MISO.
# Usage: tests/sim/bus.sh path/to/copper
# Prints one line per failure and ends with "N passed, N failed, N skipped".
set -u
copper=$(realpath "$1")
tools=$(realpath "$(dirname "$0")/../../tools")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

check() {   # name, expected, actual
    if [ "$2" == "$3" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        printf 'FAIL sim/bus/%s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"
    fi
}

run() {   # copper options... ; program on stdin -> stdout+stderr
    cat > "$tmp/prog.py"
    (cd "$tmp" && "$copper" "$@" prog.py 2>&1)
}

cpx="--board circuitplayground_express --virtual-time --no-view"

# --- I2C: pull-ups, NACK, scan -------------------------------------------------
out=$(run $cpx <<'EOF_PY'
import board, busio
try:
    busio.I2C(board.SCL, board.SDA)
except RuntimeError as e:
    print(e)
EOF_PY
)
check i2c-no-pullup "No pull up found on SDA or SCL; check your wiring" "$out"

out=$(run $cpx --i2c bme280@0x77 --i2c ssd1306@0x3c <<'EOF_PY'
import board, busio
i2c = busio.I2C(board.SCL, board.SDA)
while not i2c.try_lock():
    pass
print([hex(a) for a in i2c.scan()])
try:
    i2c.writeto(0x50, b"\x00")
except OSError as e:
    print(e.errno)
try:
    i2c.readfrom_into(0x51, bytearray(2))
except OSError as e:
    print(e.errno)
i2c.unlock()
i2c.deinit()
EOF_PY
)
check i2c-scan-nack "['0x3c', '0x77']
19
19" "$out"

out=$(run $cpx --i2c nosuch@0x10 <<<'print(1)'; echo "status $?")
check i2c-unknown-device "copper: unknown I2C device 'nosuch' (known: bme280, bmp280, lis3dh, ssd1306)
status 2" "$out"
out=$(run $cpx --i2c bme280 <<<'print(1)'; echo "status $?")
check i2c-bad-spec "status 2" "$(echo "$out" | tail -1)"

# The internal accelerometer bus has its own pull-ups and the LIS3DH at 0x19.
out=$(run $cpx <<'EOF_PY'
import board, busio
i2c = busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA)
while not i2c.try_lock():
    pass
print([hex(a) for a in i2c.scan()])
EOF_PY
)
check i2c-cpx-accel-bus "['0x19']" "$out"

# Bus traffic takes board time: 100 kHz, address + 1 byte = 18 bit times.
out=$(run $cpx --i2c bme280@0x77 <<'EOF_PY'
import board, busio, time
i2c = busio.I2C(board.SCL, board.SDA)
i2c.try_lock()
t0 = time.monotonic_ns()
i2c.writeto(0x77, b"\xd0")
t1 = time.monotonic_ns()
print(t1 - t0 >= 180000, t1 - t0 < 2000000)
EOF_PY
)
check i2c-takes-time "True True" "$out"

# --- BME280: registers, forced mode, compensation --------------------------------
out=$(run $cpx --i2c bme280@0x77 <<'EOF_PY'
import board, busio, time
i2c = busio.I2C(board.SCL, board.SDA)
while not i2c.try_lock():
    pass
def reg(r, n):
    b = bytearray(n)
    i2c.writeto_then_readfrom(0x77, bytes([r]), b)
    return b
def hexs(b):
    return "".join("%02x" % x for x in b)
print("id", hex(reg(0xD0, 1)[0]))
print("before", hexs(reg(0xF7, 8)))
i2c.writeto(0x77, bytes([0xF2, 0x01]))        # humidity x1
i2c.writeto(0x77, bytes([0xF5, 0x00]))
i2c.writeto(0x77, bytes([0xF4, 0x27 & 0xFD]))  # T x1, P x1, forced
print("measuring", reg(0xF3, 1)[0] & 8)
time.sleep(0.05)
print("done", reg(0xF3, 1)[0] & 8, "mode", reg(0xF4, 1)[0] & 3)
print("cal", hexs(reg(0x88, 24)))
print("h1", hexs(reg(0xA1, 1)))
print("h", hexs(reg(0xE1, 7)))
print("data", hexs(reg(0xF7, 8)))
i2c.writeto(0x77, bytes([0xE0, 0xB6]))          # soft reset
print("reset", hexs(reg(0xF4, 1)), hexs(reg(0xF7, 3)))
EOF_PY
)
check bme280-id "id 0x60" "$(echo "$out" | grep '^id')"
check bme280-before-measurement "before 8000008000008000" "$(echo "$out" | grep '^before')"
check bme280-forced "measuring 8
done 0 mode 0" "$(echo "$out" | grep -E '^(measuring|done)')"
check bme280-reset "reset 00 800000" "$(echo "$out" | grep '^reset')"
env=$(python3 - "$out" <<'EOF_PY'
import struct, sys
f = dict(line.split(" ", 1) for line in sys.argv[1].splitlines() if " " in line)
cal = bytes.fromhex(f["cal"]); h = bytes.fromhex(f["h"]); d = bytes.fromhex(f["data"])
T1, T2, T3, P1, P2, P3, P4, P5, P6, P7, P8, P9 = struct.unpack("<HhhHhhhhhhhh", cal)
H1 = bytes.fromhex(f["h1"])[0]
H2, H3, e4, e5, e6, H6 = struct.unpack("<hBbBbb", h)
H4 = (e4 << 4) | (e5 & 0xF)
H5 = (e6 << 4) | (e5 >> 4)
adc_P = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4)
adc_T = (d[3] << 12) | (d[4] << 4) | (d[5] >> 4)
adc_H = (d[6] << 8) | d[7]
# BME280 datasheet section 8.1, double precision compensation.
var1 = (adc_T / 16384.0 - T1 / 1024.0) * T2
var2 = ((adc_T / 131072.0 - T1 / 8192.0) * (adc_T / 131072.0 - T1 / 8192.0)) * T3
t_fine = int(var1 + var2)
T = (var1 + var2) / 5120.0
var1 = t_fine / 2.0 - 64000.0
var2 = var1 * var1 * P6 / 32768.0
var2 = var2 + var1 * P5 * 2.0
var2 = var2 / 4.0 + P4 * 65536.0
var1 = (P3 * var1 * var1 / 524288.0 + P2 * var1) / 524288.0
var1 = (1.0 + var1 / 32768.0) * P1
p = 1048576.0 - adc_P
p = (p - var2 / 4096.0) * 6250.0 / var1
var1 = P9 * p * p / 2147483648.0
var2 = p * P8 / 32768.0
p = p + (var1 + var2 + P7) / 16.0
v = t_fine - 76800.0
v = (adc_H - (H4 * 64.0 + H5 / 16384.0 * v)) * (H2 / 65536.0 * (1.0 + H6 / 67108864.0 * v * (1.0 + H3 / 67108864.0 * v)))
v = v * (1.0 - H1 * v / 524288.0)
print("%.2f C %.2f hPa %.1f %%" % (T, p / 100.0, v))
print("t_fine", t_fine)
EOF_PY
)
check bme280-compensated "25.00 C 1013.25 hPa 40.0 %
t_fine 128000" "$env"

# The same through adafruit_bus_device, as the Adafruit drivers do it
# (separate write and read transactions), with adafruit_bme280's float
# arithmetic running on Copper.
out=$(run $cpx --i2c bme280@0x76 <<'EOF_PY'
import board, busio, struct, time
from adafruit_bus_device.i2c_device import I2CDevice
dev = I2CDevice(busio.I2C(board.SCL, board.SDA), 0x76)
buf = bytearray(26)
def read(reg, n):
    buf[0] = reg
    with dev as i2c:
        i2c.write(buf, end=1)
        i2c.readinto(buf, end=n)
    return bytes(buf[:n])
def write(reg, v):
    with dev as i2c:
        i2c.write(bytes([reg, v]))
write(0xE0, 0xB6)
time.sleep(0.004)
T1, T2, T3, P1, P2, P3, P4, P5, P6, P7, P8, P9 = struct.unpack("<HhhHhhhhhhhh", read(0x88, 24))
H1 = read(0xA1, 1)[0]
c = struct.unpack("<hBbBbb", read(0xE1, 7))
H2, H3, H4, H5, H6 = c[0], c[1], (c[2] << 4) | (c[3] & 0xF), (c[4] << 4) | (c[3] >> 4), c[5]
write(0xF2, 0x01)
write(0xF4, 0x25)
while read(0xF3, 1)[0] & 0x08:
    time.sleep(0.002)
d = read(0xF7, 8)
raw_t = ((d[3] << 16) | (d[4] << 8) | d[5]) / 16
var1 = (raw_t / 16384.0 - T1 / 1024.0) * T2
var2 = ((raw_t / 131072.0 - T1 / 8192.0) * (raw_t / 131072.0 - T1 / 8192.0)) * T3
t_fine = int(var1 + var2)
print("temperature", t_fine / 5120.0)
adc = ((d[0] << 16) | (d[1] << 8) | d[2]) / 16
var1 = float(t_fine) / 2.0 - 64000.0
var2 = var1 * var1 * P6 / 32768.0
var2 = var2 + var1 * P5 * 2.0
var2 = var2 / 4.0 + P4 * 65536.0
var3 = P3 * var1 * var1 / 524288.0
var1 = (var3 + P2 * var1) / 524288.0
var1 = (1.0 + var1 / 32768.0) * P1
p = 1048576.0 - adc
p = ((p - var2 / 4096.0) * 6250.0) / var1
var1 = P9 * p * p / 2147483648.0
var2 = p * P8 / 32768.0
p = p + (var1 + var2 + P7) / 16.0
print("pressure", round(p / 100, 2))
adc = (d[6] << 8) | d[7]
var1 = float(t_fine) - 76800.0
var2 = H4 * 64.0 + (H5 / 16384.0) * var1
var3 = adc - var2
var4 = H2 / 65536.0
var5 = 1.0 + (H3 / 67108864.0) * var1
var6 = 1.0 + (H6 / 67108864.0) * var1 * var5
var6 = var3 * var4 * (var5 * var6)
print("humidity", round(var6 * (1.0 - H1 * var6 / 524288.0), 1))
EOF_PY
)
check bme280-driver-style "temperature 25.0
pressure 1013.25
humidity 40.0" "$out"

# --- LIS3DH: identity, data, range, tilt, tap ------------------------------------
cat > "$tmp/accel.stim" <<'EOF_STIM'
100ms tilt 9.806 0 0
200ms tap 1
EOF_STIM
out=$(run $cpx --stimulus accel.stim <<'EOF_PY'
import board, busio, digitalio, struct, time
i2c = busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA)
while not i2c.try_lock():
    pass
int1 = digitalio.DigitalInOut(board.ACCELEROMETER_INTERRUPT)
def reg(r, n=1):
    b = bytearray(n)
    i2c.writeto_then_readfrom(0x19, bytes([r]), b)
    return b
def xyz():
    return struct.unpack("<hhh", reg(0x28 | 0x80, 6))
print("who", hex(reg(0x0F)[0]))
print("ctrl1", hex(reg(0x20)[0]))
i2c.writeto(0x19, bytes([0x20, 0x77]))   # 400 Hz, X/Y/Z on
i2c.writeto(0x19, bytes([0x23, 0x88]))   # BDU, high resolution, +-2 g
print("status", hex(reg(0x27)[0]))
print("flat", xyz())
i2c.writeto(0x19, bytes([0x23, 0xB8]))   # +-16 g
print("16g", xyz())
i2c.writeto(0x19, bytes([0x23, 0x98]))   # +-4 g
print("noinc", list(reg(0x2C, 2)))        # no auto-increment: OUT_Z_L twice
i2c.writeto(0x19, bytes([0xA0, 0x77, 0x00, 0x80, 0x08, 0x98]))   # CTRL1..CTRL4 in one write
print("ctrl1-4", [hex(b) for b in reg(0xA0, 4)])
i2c.writeto(0x19, bytes([0x38, 0x15]))   # single click on X, Y, Z
i2c.writeto(0x19, bytes([0x3A, 0x50]))
time.sleep(0.15)
print("tilt", xyz())
print("int1", int1.value)
time.sleep(0.1)
print("int1", int1.value)
print("click", hex(reg(0x39)[0]), hex(reg(0x39)[0]))
print("int1", int1.value)
EOF_PY
)
check lis3dh "who 0x33
ctrl1 0x7
status 0xf
flat (0, 0, 16384)
16g (0, 0, 1360)
noinc [0, 0]
ctrl1-4 ['0x77', '0x0', '0x80', '0x8']
tilt (16384, 0, 0)
int1 False
int1 True
click 0x54 0x0
int1 False" "$out"

# A shake: adafruit_lis3dh.shake() averages 10 readings over 0.1 s and
# compares the magnitude with 30 m/s^2 (at +-8 g, as the CPX library sets).
printf '100ms shake\n' > "$tmp/shake.stim"
out=$(run $cpx --stimulus shake.stim <<'EOF_PY'
import board, busio, math, struct, time
i2c = busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA)
while not i2c.try_lock():
    pass
i2c.writeto(0x19, bytes([0x20, 0x77]))
i2c.writeto(0x19, bytes([0x23, 0xA8]))   # +-8 g, high resolution
def shake():
    total = [0.0, 0.0, 0.0]
    for _ in range(10):
        b = bytearray(6)
        i2c.writeto_then_readfrom(0x19, bytes([0xA8]), b)
        for i, v in enumerate(struct.unpack("<hhh", b)):
            total[i] += v / 4096 * 9.806
        time.sleep(0.01)
    return math.sqrt(sum((t / 10) ** 2 for t in total)) > 30
print(shake())
time.sleep(0.05)
print(shake())
time.sleep(0.5)
print(shake())
EOF_PY
)
check lis3dh-shake "False
True
False" "$out"

# Other boards' parts: the PyBadge's LIS3DH on board.I2C, the CLUE's BMP280.
out=$(run --board pybadge --virtual-time --no-view <<'EOF_PY'
import board
i2c = board.I2C()
i2c.try_lock()
print([hex(a) for a in i2c.scan()])
EOF_PY
)
check pybadge-lis3dh "['0x19']" "$out"
out=$(run --board clue_nrf52840_express --virtual-time --no-view <<'EOF_PY'
import board
i2c = board.I2C()
i2c.try_lock()
b = bytearray(1)
i2c.writeto_then_readfrom(0x77, b"\xd0", b)
print([hex(a) for a in i2c.scan()], hex(b[0]))
EOF_PY
)
check clue-bmp280 "['0x77'] 0x58" "$out"

# --- SSD1306: command stream, framebuffer, PNG -----------------------------------
cat > "$tmp/oled.py" <<'EOF_PY'
import board, busio, sys
i2c = busio.I2C(board.SCL, board.SDA)
while not i2c.try_lock():
    pass
def cmd(*c):
    for b in c:   # one command byte per write, as adafruit_ssd1306 does
        i2c.writeto(0x3C, bytes([0x80, b]))
cmd(0xAE, 0x20, 0x00, 0x40, 0xA1, 0xA8, 63, 0xC8, 0xD3, 0x00, 0xDA, 0x12, 0xD5, 0x80, 0xD9, 0xF1,
    0xDB, 0x30, 0x81, 0xFF, 0xA4, 0xA6, 0x8D, 0x14, 0xAF)
cmd(0x21, 0, 127, 0x22, 0, 7)
buf = bytearray(1 + 1024)
buf[0] = 0x40
for i in range(100):
    buf[1 + i] = 0xFF          # page 0, columns 0-99: 800 pixels
buf[1 + 128 * 7 + 127] = 0x80   # bottom-right pixel
i2c.writeto(0x3C, buf)
# Page addressing: page 3, column 0x25, two bytes of one pixel each.
i2c.writeto(0x3C, bytes([0x00, 0x20, 0x02, 0xB3, 0x05, 0x12]))
i2c.writeto(0x3C, bytes([0x40, 0x01, 0x01]))
mode = sys.argv[1] if len(sys.argv) > 1 else ""
if mode == "invert":
    cmd(0xA7)
elif mode == "off":
    cmd(0xAE)
EOF_PY
png_count() {   # PNG file -> "WxH lit-pixel-count (x,y of the first, last)"
    python3 - "$tools" "$1" <<'EOF_PY'
import sys
sys.path.insert(0, sys.argv[1])
from png_compare import read_png
w, h, px = read_png(sys.argv[2])
lit = [(x, y) for y in range(h) for x in range(w) if px[y][x] != (0, 0, 0)]
print("%dx%d %d" % (w, h, len(lit)), lit[:1], lit[-1:] if lit else [])
EOF_PY
}
out=$(run $cpx --i2c ssd1306@0x3c --screen "$tmp/oled.png" < "$tmp/oled.py")
check ssd1306-run "" "$out"
check ssd1306-png "128x64 803 [(0, 0)] [(127, 63)]" "$(png_count "$tmp/oled.png")"
(cd "$tmp" && "$copper" $cpx --i2c ssd1306@0x3c --screen "$tmp/inv.png" oled.py invert)
check ssd1306-invert "128x64 7389 [(100, 0)] [(126, 63)]" "$(png_count "$tmp/inv.png")"
(cd "$tmp" && "$copper" $cpx --i2c ssd1306@0x3c --screen "$tmp/off.png" oled.py off)
check ssd1306-off "128x64 0 [] []" "$(png_count "$tmp/off.png")"
out=$(run $cpx --screen "$tmp/x.png" <<<'print(1)'; echo "status $?")
check ssd1306-screen-needs-device "status 2" "$(echo "$out" | tail -1)"

# --- UART: frame time, injected bytes, buffer overflow -----------------------------
cat > "$tmp/uart.stim" <<'EOF_STIM'
100ms uart RX "hello"
300ms uart RX "abcdefgh"
EOF_STIM
out=$(run $cpx --stimulus uart.stim <<'EOF_PY'
import board, busio, time
u = busio.UART(board.TX, board.RX, baudrate=9600, receiver_buffer_size=4, timeout=0)
u.write(b"x")                   # the line's first use (the trace may show idle first)
t0 = time.monotonic_ns()
u.write(b"x" * 96)             # 96 frames of 10 bits at 9600 baud: 100 ms
print("write ms", (time.monotonic_ns() - t0) // 1000000)
time.sleep(0.1025 - time.monotonic())   # board time 102.5 ms: 2 bytes of "hello" are in
print("waiting", u.in_waiting)
time.sleep(0.1)
print(u.read(10))
time.sleep(0.2)
print(u.read(10))               # a 4-byte buffer keeps the first 4
print(u.read(10))
EOF_PY
)
check uart "write ms 100
waiting 2
b'hell'
b'abcd'
None" "$out"

# --- SPI: nothing drives MISO ------------------------------------------------------
out=$(run $cpx <<'EOF_PY'
import board, busio
spi = busio.SPI(board.SCK, board.MOSI, board.MISO)
while not spi.try_lock():
    pass
spi.configure(baudrate=1000000, polarity=1, phase=1)
b = bytearray(3)
spi.write_readinto(b"\x01\x02\x03", b)
print(list(b))
spi.readinto(b, write_value=0x55)
print(list(b))
EOF_PY
)
check spi-miso-idle "[255, 255, 255]
[255, 255, 255]" "$out"

echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
