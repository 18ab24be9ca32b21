#!/usr/bin/env bash
# The simulated displays (ports/unix/sim_dev_panel.c, sim_screen.c,
# sim_view.c): programs drive the panels by hand over busio.SPI and
# digitalio (D/C low for a command, high for its data, CS low around each
# transaction), and what --screen and --snapshot save is compared pixel
# for pixel (tools/png_compare.py) with images built here from what the
# datasheets say: the board panels' orientation, MADCTL's address mapping,
# windows, continued writes, pixel formats, sleep/display/reset/backlight,
# the CLUE's offset IPS glass, --display breakouts, the SSD1306, snapshot
# times, byte-identical files, and a live view that draws the screen on a
# terminal but never writes escape codes into a pipe.
# Usage: tests/sim/screen.sh path/to/copper
# Prints one line per failure and ends with "N passed, N failed, N skipped".
set -u
copper=$(realpath "$1")
tools=$(realpath "$(dirname "$0")/../../tools")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
pass=0
fail=0

check() {   # name, expected, actual
    if [ "$2" == "$3" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        printf 'FAIL sim/screen/%s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"
    fi
}

# Python starts slowly: the expected images are built, and every pair of
# images compared, in one run each at the end (compare_all).
same_png() {   # name, actual.png, expected.png
    printf '%s %s %s\n' "$1" "$2" "$3" >> pairs.txt
}

run() {   # copper options... ; program on stdin -> stdout+stderr
    cat > prog.py
    "$copper" "$@" prog.py 2>&1
}

# The program side: a panel on four wires, driven by hand.
cat > tft.py <<'EOF_PY'
import board, busio, digitalio

class Panel:
    def __init__(self, sck, mosi, cs, dc):
        self.spi = busio.SPI(sck, mosi)
        while not self.spi.try_lock():
            pass
        self.spi.configure(baudrate=24000000)
        self.cs = digitalio.DigitalInOut(cs)
        self.cs.switch_to_output(True)
        self.dc = digitalio.DigitalInOut(dc)
        self.dc.switch_to_output(True)

    def cmd(self, c, data=b""):
        self.cs.value = False
        self.dc.value = False
        self.spi.write(bytes([c]))
        if data:
            self.dc.value = True
            self.spi.write(data)
        self.cs.value = True

    def data(self, data):
        # More data for the command in progress, in a transaction of its own.
        self.cs.value = False
        self.dc.value = True
        self.spi.write(data)
        self.cs.value = True

    def window(self, x0, y0, x1, y1):
        self.cmd(0x2A, bytes([x0 >> 8, x0 & 255, x1 >> 8, x1 & 255]))
        self.cmd(0x2B, bytes([y0 >> 8, y0 & 255, y1 >> 8, y1 & 255]))

    def fill(self, x, y, w, h, c):
        self.window(x, y, x + w - 1, y + h - 1)
        self.cmd(0x2C, bytes([c >> 8, c & 255]) * (w * h))

    def start(self, madctl=0xA0, colmod=0x05):
        self.cmd(0x01)
        self.cmd(0x11)
        self.cmd(0x3A, bytes([colmod]))
        self.cmd(0x36, bytes([madctl]))
        self.cmd(0x29)

def badge():
    # board.DISPLAY holds the panel's pins from start-up, as on the board.
    import displayio
    displayio.release_displays()
    return Panel(board.TFT_SCK, board.TFT_MOSI, board.TFT_CS, board.TFT_DC)

RED, GREEN, BLUE, WHITE, ODD = 0xF800, 0x07E0, 0x001F, 0xFFFF, 0x1234
EOF_PY

# The expected side: images built from rectangles and pixels, RGB565 widened
# as the panels widen it (5 bits: v << 3 | v >> 2; 6 bits: v << 2 | v >> 4).
cat > expect_all.py <<'EOF_PY'
import sys
sys.path.insert(0, sys.argv[1])
from png_compare import write_png

def rgb565(c):
    r, g, b = c >> 11, (c >> 5) & 63, c & 31
    return ((r << 3) | (r >> 2), (g << 2) | (g >> 4), (b << 3) | (b >> 2))

RED, GREEN, BLUE, WHITE, ODD = 0xF800, 0x07E0, 0x001F, 0xFFFF, 0x1234

class Image:
    def __init__(self, w, h, colour=(0, 0, 0)):
        self.w, self.h = w, h
        self.px = [[colour] * w for _ in range(h)]

    def rect(self, x, y, w, h, colour):
        for j in range(y, y + h):
            for i in range(x, x + w):
                self.px[j][i] = colour

    def save(self, path):
        write_png(path, self.w, self.h, self.px)
EOF_PY
expect() {   # Python building images with Image, on stdin (run by compare_all)
    cat >> expect_all.py
}

compare_all() {
    check expected-images-built "" "$(python3 expect_all.py "$tools" 2>&1)"
    python3 - "$tools" <<'EOF_PY' > compared.txt
import sys
sys.path.insert(0, sys.argv[1])
from png_compare import first_difference, read_png
for line in open("pairs.txt"):
    name, actual, expected = line.split()
    try:
        diff = first_difference(read_png(actual), read_png(expected))
    except (OSError, ValueError) as e:
        diff = str(e)
    print(name, diff or "")
EOF_PY
    check images-compared "$(wc -l < pairs.txt)" "$(wc -l < compared.txt)"
    while read -r name diff; do
        check "$name" "" "$diff"
    done < compared.txt
}

badge="--board pybadge --virtual-time --no-view"

# --- the PyBadge's panel, by hand ----------------------------------------------------
cat > drawing.py <<'EOF_PY'
from tft import *
import sys
p = badge()
p.start()
p.fill(0, 0, 160, 128, 0)
p.fill(20, 30, 10, 5, RED)
p.window(0, 0, 2, 0)
p.cmd(0x2C, bytes([ODD >> 8, ODD & 255, 0xFF, 0xFF, GREEN >> 8, GREEN & 255]))
p.fill(159, 127, 1, 1, BLUE)
for word in sys.argv[1:]:
    if word == "invon":
        p.cmd(0x21)
    elif word == "dispoff":
        p.cmd(0x28)
    elif word == "slpin":
        p.cmd(0x10)
    elif word == "bgr":
        # BGR swaps red and blue as pixels are written.
        p.cmd(0x36, b"\xA8")
        p.fill(40, 40, 2, 2, RED)
    elif word == "lite-off":
        import digitalio
        lite = digitalio.DigitalInOut(board.TFT_LITE)
        lite.switch_to_output(False)
    elif word.startswith("lite-pwm"):
        import pwmio
        lite = pwmio.PWMOut(board.TFT_LITE, duty_cycle=int(word[8:]))
    elif word == "reset":
        rst = digitalio.DigitalInOut(board.TFT_RST)
        rst.switch_to_output(False)
        rst.value = True
    elif word == "wake":
        p.cmd(0x11)
        p.cmd(0x29)
EOF_PY
expect <<'EOF_PY'
img = Image(160, 128)
img.rect(20, 30, 10, 5, rgb565(RED))
img.px[0][0:3] = [rgb565(ODD), (255, 255, 255), rgb565(GREEN)]
img.px[127][159] = rgb565(BLUE)
img.save("drawing.png")
inv = Image(160, 128)
inv.px = [[tuple(255 - v for v in p) for p in row] for row in img.px]
inv.save("drawing-inverted.png")
img.rect(40, 40, 2, 2, rgb565(BLUE))
img.save("drawing-bgr.png")
Image(160, 128).save("black.png")
EOF_PY
check badge-run "" "$("$copper" $badge --screen out.png drawing.py 2>&1)"
same_png badge-drawing out.png drawing.png
"$copper" $badge --screen inv.png drawing.py invon
same_png badge-invon inv.png drawing-inverted.png
"$copper" $badge --screen bgr.png drawing.py bgr
same_png badge-bgr bgr.png drawing-bgr.png
"$copper" $badge --screen off.png drawing.py dispoff
same_png badge-dispoff off.png black.png
"$copper" $badge --screen sleep.png drawing.py slpin
same_png badge-slpin sleep.png black.png
"$copper" $badge --screen lite.png drawing.py lite-off
same_png badge-backlight-off lite.png black.png
"$copper" $badge --screen pwm0.png drawing.py lite-pwm0
same_png badge-backlight-pwm-0 pwm0.png black.png
"$copper" $badge --screen pwm.png drawing.py lite-pwm32768
same_png badge-backlight-pwm-half pwm.png drawing.png
# A reset pulse puts the panel to sleep with its display off; RAM stays.
"$copper" $badge --screen reset.png drawing.py reset
same_png badge-reset reset.png black.png
"$copper" $badge --screen wake.png drawing.py reset wake
same_png badge-reset-keeps-ram wake.png drawing.png
# Never started: asleep, black.
check badge-untouched "" "$(run $badge --screen none.png <<<'print(end="")')"
same_png badge-untouched-black none.png black.png

# The PyGamer has the same panel with its chip select on PB12.
"$copper" --board pygamer --virtual-time --no-view --screen gamer.png drawing.py
same_png pygamer-drawing gamer.png drawing.png

# --- MADCTL: where address (3, 5) lands under each MY/MX/MV ----------------------------
# The PyBadge's glass shows RAM column c, row r at (159 - r, c) (MADCTL
# MY | MV is upright); MV exchanges the column and row address, then MX
# mirrors the column (127 - c) and MY the row (159 - r).
cat > madctl.py <<'EOF_PY'
from tft import *
p = badge()
p.start()
p.fill(0, 0, 160, 128, 0)
colours = [0x0801, 0x1002, 0x1803, 0x2004, 0x2805, 0x3006, 0x3807, 0x4008]
for madctl, c in zip((0x00, 0x40, 0x80, 0x20, 0x60, 0xA0, 0xC0, 0xE0), colours):
    p.cmd(0x36, bytes([madctl]))
    p.fill(3, 5, 1, 1, c)
# The fill order: across the column addresses, then down the rows. Under
# MV, column addresses 10-12 are RAM rows, row addresses 20-21 RAM columns.
p.cmd(0x36, b"\x20")
p.window(10, 20, 12, 21)
p.cmd(0x2C, bytes([0xF8, 0x01, 0xF8, 0x02, 0xF8, 0x03, 0xF8, 0x04, 0xF8, 0x05, 0xF8, 0x06]))
EOF_PY
expect <<'EOF_PY'
img = Image(160, 128)
colours = [0x0801, 0x1002, 0x1803, 0x2004, 0x2805, 0x3006, 0x3807, 0x4008]
places = [(154, 3), (154, 124), (5, 3), (156, 5), (156, 122), (3, 5), (5, 124), (3, 122)]
for (x, y), c in zip(places, colours):
    img.px[y][x] = rgb565(c)
for (x, y), c in zip([(149, 20), (148, 20), (147, 20), (149, 21), (148, 21), (147, 21)], range(0xF801, 0xF807)):
    img.px[y][x] = rgb565(c)
img.save("madctl.png")
EOF_PY
"$copper" $badge --screen madctl-out.png madctl.py
same_png madctl-mapping madctl-out.png madctl.png

# --- windows: data over several transactions, RAMWRC, wrapping, bad commands -----------
cat > window.py <<'EOF_PY'
from tft import *
p = badge()
p.start()
p.fill(0, 0, 160, 128, 0)
p.window(100, 50, 104, 51)           # ten pixels
p.cmd(0x2C, bytes([0x00, 0x01]) * 3 + b"\x00")   # three and a half
p.data(b"\x01" + bytes([0x00, 0x02]))            # the half, then one more
p.cmd(0x00)                          # NOP: stops the write
p.cmd(0x3C, bytes([0x00, 0x03]) * 3) # RAMWRC goes on where it stopped
p.data(bytes([0x00, 0x04]) * 5)      # three to the window's end, two wrap
# A CASET cut short by the next command changes nothing: the window stays.
p.cmd(0x2A, b"\x00\x00\x00")
p.cmd(0x2C, bytes([0x00, 0x05]))
# Parameters past a command's own are ignored.
p.cmd(0x36, b"\xA0\x00\x00")
p.fill(0, 100, 2, 1, RED)
EOF_PY
expect <<'EOF_PY'
img = Image(160, 128)
order = [(x, y) for y in (50, 51) for x in range(100, 105)]
values = [1, 1, 1, 1, 2, 3, 3, 3, 4, 4]
for (x, y), v in zip(order, values):
    img.px[y][x] = rgb565(v)
img.px[50][100:103] = [rgb565(5), rgb565(4), rgb565(4)]   # wrapped, then rewritten by the last RAMWR
img.rect(0, 100, 2, 1, rgb565(RED))
img.save("window.png")
EOF_PY
"$copper" $badge --screen window-out.png window.py
same_png window-continue-wrap window-out.png window.png

# 18-bit pixels: three bytes, six bits each at the top.
cat > rgb666.py <<'EOF_PY'
from tft import *
p = badge()
p.start(colmod=0x06)
p.window(0, 0, 1, 0)
p.cmd(0x2C, bytes([0xFC, 0x80, 0x04, 0x00, 0xFF, 0x80]))
EOF_PY
expect <<'EOF_PY'
img = Image(160, 128)
img.px[0][0] = (255, 130, 4)
img.px[0][1] = (0, 255, 130)
img.save("rgb666.png")
EOF_PY
"$copper" $badge --screen rgb666-out.png rgb666.py
same_png colmod-18-bit rgb666-out.png rgb666.png

# --- the CLUE: a 240x240 IPS glass on RAM rows 0-239, column offset 80 ------------------
cat > clue.py <<'EOF_PY'
from tft import *
import sys
import displayio
displayio.release_displays()
p = Panel(board.TFT_SCK, board.TFT_MOSI, board.TFT_CS, board.TFT_DC)
p.start()
if "invon" in sys.argv:
    p.cmd(0x21)   # the IPS glass needs it for true colours
p.fill(80, 0, 240, 240, 0)
p.fill(80, 0, 1, 1, RED)
p.fill(80 + 239, 239, 1, 1, GREEN)
p.fill(80 + 100, 10, 20, 3, BLUE)
EOF_PY
expect <<'EOF_PY'
img = Image(240, 240)
img.px[0][0] = rgb565(RED)
img.px[239][239] = rgb565(GREEN)
img.rect(100, 10, 20, 3, rgb565(BLUE))
img.save("clue.png")
img.px = [[tuple(255 - v for v in p) for p in row] for row in img.px]
img.save("clue-inverted.png")
EOF_PY
clue="--board clue_nrf52840_express --virtual-time --no-view"
"$copper" $clue --screen clue-out.png clue.py invon
same_png clue-offset-ips clue-out.png clue.png
"$copper" $clue --screen clue-noinv.png clue.py
same_png clue-without-invon clue-noinv.png clue-inverted.png

# --- --display breakouts on board.SPI --------------------------------------------------
# Upright as their CircuitPython drivers set them: ILI9341 MADCTL 0x38
# (320x240, BGR glass), ST7789 0xC0 with INVON (240x320 IPS), ST7735R 0xC0.
cat > breakout.py <<'EOF_PY'
from tft import *
import sys
model, madctl, w, h = sys.argv[1], int(sys.argv[2], 0), int(sys.argv[3]), int(sys.argv[4])
p = Panel(board.SCK, board.MOSI, board.D10, board.D9)
p.start(madctl=madctl)
if model == "st7789":
    p.cmd(0x21)
p.fill(0, 0, w, h, 0)
p.fill(0, 0, 2, 1, RED)
p.fill(w - 1, h - 1, 1, 1, GREEN)
p.fill(5, 7, 3, 2, BLUE)
if "reset" in sys.argv:
    rst = digitalio.DigitalInOut(board.D8)
    rst.switch_to_output(False)
EOF_PY
for spec in "ili9341 0x38 320 240" "st7789 0xC0 240 320" "st7735r 0xC0 128 160"; do
    set -- $spec
    expect <<EOF_PY
img = Image($3, $4)
img.rect(0, 0, 2, 1, rgb565(RED))
img.px[$4 - 1][$3 - 1] = rgb565(GREEN)
img.rect(5, 7, 3, 2, rgb565(BLUE))
img.save("$1.png")
Image($3, $4).save("$1-black.png")
EOF_PY
    "$copper" --board metro_m4_express --virtual-time --no-view --display "$1@D10,D9" --screen "$1-out.png" \
        breakout.py $spec
    same_png "display-$1" "$1-out.png" "$1.png"
done
"$copper" --board metro_m4_express --virtual-time --no-view --display st7789@D10,D9,D8 --screen rst-out.png \
    breakout.py st7789 0xC0 240 320 reset
same_png display-reset-pin rst-out.png st7789-black.png

# --- the SSD1306 through --screen ------------------------------------------------------
cat > oled.py <<'EOF_PY'
import board, busio
i2c = busio.I2C(board.SCL, board.SDA)
while not i2c.try_lock():
    pass
for c in (0xAE, 0x20, 0x00, 0xA1, 0xC8, 0x81, 0xFF, 0x8D, 0x14, 0xAF, 0x21, 0, 127, 0x22, 0, 7):
    i2c.writeto(0x3C, bytes([0x80, c]))
buf = bytearray(1025)
buf[0] = 0x40
for i in range(10):
    buf[1 + i] = 0xFF          # page 0, columns 0-9
buf[1 + 128 * 7 + 127] = 0x80   # bottom-right pixel
i2c.writeto(0x3C, buf)
EOF_PY
expect <<'EOF_PY'
img = Image(128, 64)
img.rect(0, 0, 10, 8, (255, 255, 255))
img.px[63][127] = (255, 255, 255)
img.save("oled.png")
EOF_PY
"$copper" --board circuitplayground_express --virtual-time --no-view --i2c ssd1306@0x3c --screen oled-out.png oled.py
same_png ssd1306-screen oled-out.png oled.png
# A board panel wins over an SSD1306.
"$copper" $badge --i2c ssd1306@0x3c --screen both.png drawing.py
same_png board-panel-first both.png drawing.png

# --- snapshots -------------------------------------------------------------------------
cat > frames.py <<'EOF_PY'
from tft import *
import sys, time
pause = float(sys.argv[1]) if len(sys.argv) > 1 else 1
p = badge()
p.start()
p.fill(0, 0, 160, 128, RED)
time.sleep(pause)
p.fill(0, 0, 160, 128, BLUE)
time.sleep(pause)
p.fill(0, 0, 160, 128, GREEN)
EOF_PY
expect <<'EOF_PY'
for name, c in (("red", RED), ("blue", BLUE), ("green", GREEN)):
    Image(160, 128, rgb565(c)).save(name + ".png")
EOF_PY
out=$("$copper" $badge --screen shot.png --snapshot 1.5s,0.5s,1.5s,10s frames.py 2>&1)
check snapshot-missed "copper: no snapshot at 10.000s or later: the run ended at 2.041s" "$out"
same_png snapshot-first shot-0.500s.png red.png
same_png snapshot-second shot-1.500s.png blue.png
same_png snapshot-final shot.png green.png
check snapshot-files "shot-0.500s.png shot-1.500s.png shot.png" "$(echo shot*.png)"
# Snapshots run on board time in real time as well.
"$copper" --board pybadge --no-view --screen real.png --snapshot 0.2s frames.py 0.3
same_png snapshot-real-time real-0.200s.png red.png

# --- the same run, the same bytes ----------------------------------------------------------
"$copper" $badge --screen again.png --snapshot 0.5s frames.py
"$copper" $badge --screen again2.png --snapshot 0.5s frames.py
check deterministic-screen same "$(cmp -s again.png again2.png && echo same || echo differ)"
check deterministic-snapshot same "$(cmp -s again-0.500s.png again2-0.500s.png && echo same || echo differ)"

# --- the live view ------------------------------------------------------------------------
# Into a pipe: the program's output only, even with the view on.
cat > chatty.py <<'EOF_PY'
from tft import *
import time
p = badge()
p.start()
p.fill(0, 0, 160, 128, RED)
print("drawn")
time.sleep(0.1)
print("done")
EOF_PY
"$copper" --board pybadge chatty.py | cat > piped.out
check view-pipe "drawn
done" "$(cat piped.out)"
check view-pipe-no-escapes 0 "$(tr -cd '\033' < piped.out | wc -c)"
# On a terminal (a pty of 20 rows x 41 columns): the status line and the
# screen in half blocks, sampled down to 40 columns.
cat > pty_run.py <<'EOF_PY'
import fcntl, os, pty, re, select, struct, subprocess, sys, termios
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 20, 41, 0, 0))
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
os.close(slave)
out = b""
while select.select([master], [], [], 20)[0]:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
proc.wait()
text = out.decode()
rows = [line for line in text.split("\n") if "\u2580" in line]
print("half-block rows", len(rows) > 0)
print("widest", max(line.count("\u2580") for line in rows))
print("red", "38;2;255;0;0;48;2;255;0;0m" in text)
print("status", "pybadge" in text)
print("output", "drawn" in text and "done" in text)
EOF_PY
check view-terminal "half-block rows True
widest 40
red True
status True
output True" "$(python3 pty_run.py "$copper" --board pybadge chatty.py)"

# --- options ---------------------------------------------------------------------------
out=$(run --board circuitplayground_express --virtual-time --screen x.png <<<'print(1)'; echo "status $?")
check screen-needs-display "copper: --screen: circuitplayground_express shows nothing: add a panel (--display ili9341@D10,D9) or an OLED (--i2c ssd1306@0x3c)
status 2" "$out"
out=$(run $badge --snapshot 1s <<<'print(1)'; echo "status $?")
check snapshot-needs-screen "copper: --snapshot needs --screen FILE.png (the snapshots are named after it)
status 2" "$out"
out=$(run $badge --screen x.png --snapshot 1s,soon <<<'print(1)'; echo "status $?")
check snapshot-bad-time "copper: bad time 'soon' in --snapshot (e.g. 1s,2.5s,300ms)
status 2" "$out"
out=$(run --board metro_m4_express --display nosuch@D10,D9 <<<'print(1)'; echo "status $?")
check display-unknown-model "copper: unknown display 'nosuch' (known: ili9341, st7735r, st7789)
status 2" "$out"
out=$(run --board metro_m4_express --display ili9341@D10 <<<'print(1)'; echo "status $?")
check display-one-pin "copper: --display wants MODEL@CS,DC[,RST] (e.g. ili9341@D10,D9), not 'ili9341@D10'
status 2" "$out"
out=$(run --board metro_m4_express --display ili9341@D10,D9,D8,D7 <<<'print(1)'; echo "status $?")
check display-four-pins "status 2" "$(echo "$out" | tail -1)"
out=$(run --board metro_m4_express --display ili9341@D10,NOPE <<<'print(1)'; echo "status $?")
check display-unknown-pin "copper: --display ili9341@D10,NOPE: unknown pin 'NOPE' on metro_m4_express
status 2" "$out"
check ssd1306-png-gone "copper: unknown option --ssd1306-png" "$("$copper" --ssd1306-png x.png -c 1 2>&1 | head -1)"

# --- the PyGamer's joystick and buttons (stimulus) ----------------------------------------
cat > pad.stim <<'EOF_STIM'
0.1s joystick 1 -1
0.2s joystick 0 0
0.2s press BUTTON_START
EOF_STIM
out=$(run --board pygamer --virtual-time --no-view --stimulus pad.stim <<'EOF_PY'
import analogio, board, keypad, time
x, y = analogio.AnalogIn(board.JOYSTICK_X), analogio.AnalogIn(board.JOYSTICK_Y)
keys = keypad.ShiftRegisterKeys(clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT, latch=board.BUTTON_LATCH,
                                key_count=8, value_when_pressed=True)
print(x.value, y.value)
time.sleep(0.15)
print(x.value, y.value)
time.sleep(0.1)
print(30000 < x.value < 35000, 30000 < y.value < 35000)
event = keys.events.get()
print(event.key_number, event.pressed)
EOF_PY
)
check pygamer-joystick-buttons "32776 32776
65535 0
True True
2 True" "$out"

# With --drive the program runs inside the drive: a relative --screen path
# still names the current directory, so no PNG lands on the drive (where
# it would be a change to the drive and reload the program).
mkdir -p drive
echo 'while True: pass' > drive/code.py
out=$("$copper" --board pybadge --drive drive --virtual-time --run-for 2s --screen rel.png --snapshot 1s </dev/null 2>&1)
check drive-relative-screen "rel-1.000s.png rel.png 0 0" \
    "$(ls rel*.png | tr '\n' ' ')$(ls drive | grep -c 'png$') $(grep -c 'auto-reload' <<<"$out")"

# Under the workflow each run starts with board.DISPLAY showing the
# console: code.py's output is on the screen while it runs.
printf 'import time\nprint("hello from code.py")\ntime.sleep(2)\n' > drive/code.py
"$copper" --board pybadge --drive drive --virtual-time --run-for 3s --screen wf.png --snapshot 1.5s </dev/null >/dev/null 2>&1
check drive-console-on-screen "$(printf 'able.\ncode.py output:\nhello from code.py\n')" \
    "$(python3 "$tools/screen_text.py" "$copper" wf-1.500s.png 2>&1 | tail -4)"
# ... and when code.py has ended with a traceback, its last lines stay on
# the screen, followed by the wait for a key (stdin stays open, so the
# board waits; --run-for ends the wait).
printf 'print("hello")\n1/0\n' > drive/code.py
sleep 4 | "$copper" --board pybadge --drive drive --run-for 3s --screen end.png >/dev/null 2>&1
check drive-traceback-stays "$(printf 'ZeroDivisionError: divisio\nn by zero\n\nCode done running.\n\nPress any key to enter the\n REPL. Use CTRL-D to reloa\nd.\n')" \
    "$(python3 "$tools/screen_text.py" "$copper" end.png 2>&1)"

compare_all
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
