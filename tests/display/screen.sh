#!/usr/bin/env bash
# What displays show, end to end: _draw.py draws _pattern's picture through
# busdisplay (board.DISPLAY on the PyBadge and the CLUE at each rotation,
# an ST7735R breakout on a FourWire, an SSD1306 on an I2CDisplayBus, also
# with SH1107 page addressing),
# changes part of it after the first frames, and the simulated panel's
# --screen PNG must show exactly the final picture turned by the
# rotation; the console shows printed text.
# Usage: tests/display/screen.sh path/to/copper
# Prints one line per failure and ends with "N passed, N failed, N skipped".
set -u
copper=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
tools=$(cd "$here/../../tools" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

check() {   # name, expected, actual
    if [ "$2" == "$3" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        printf 'FAIL display/screen/%s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"
    fi
}

# expect KIND ROTATION WIDTH HEIGHT OUT.png: the glass (WIDTH x HEIGHT at
# rotation 0) showing the picture: logical pixel (x, y) lands on the panel
# as CircuitPython's display transform puts it; an SSD1306 lights the
# pixels whose luma is at least half.
expect() {
    python3 - "$@" <<'EOF_PY'
import os, sys
kind, rotation, pw, ph, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
sys.path[:0] = [os.environ['HERE'], os.environ['TOOLS']]
from _pattern import COLORS, picture
from png_compare import write_png
w, h = (ph, pw) if rotation % 180 else (pw, ph)
img = picture(w, h)
def glass(px, py):
    if rotation == 90:
        return img[pw - 1 - px][py]
    if rotation == 180:
        return img[ph - 1 - py][pw - 1 - px]
    if rotation == 270:
        return img[px][ph - 1 - py]
    return img[py][px]
def rgb(c):
    if kind in ('ssd1306', 'sh1107'):
        r, g, b = c >> 16, (c >> 8) & 255, c & 255
        on = (r * 19 + g * 182 + b * 54) // 255 >= 128
        return (255, 255, 255) if on else (0, 0, 0)
    return (c >> 16, (c >> 8) & 255, c & 255)
write_png(out, pw, ph, [[rgb(COLORS[glass(x, y)]) for x in range(pw)] for y in range(ph)])
EOF_PY
}
export HERE="$here" TOOLS="$tools"

# screen NAME PANEL_W PANEL_H COPPER_OPTIONS... -- _draw.py ARGS...
screen() {
    local name=$1 pw=$2 ph=$3
    shift 3
    local opts=()
    while [ "$1" != "--" ]; do opts+=("$1"); shift; done
    shift
    local out
    out=$(cd "$here" && "$copper" "${opts[@]}" --virtual-time --no-view --screen "$tmp/$name.png" _draw.py "$@" 2>&1)
    check "$name-run" "True" "$out"
    expect "$1" "${2:-0}" "$pw" "$ph" "$tmp/$name-expected.png"
    check "$name" "" "$(python3 "$tools/png_compare.py" "$tmp/$name.png" "$tmp/$name-expected.png" 2>&1)"
}

for r in 0 90 180 270; do
    screen "pybadge-$r" 160 128 --board pybadge -- board $r
    screen "clue-$r" 240 240 --board clue_nrf52840_express -- board $r
done
screen breakout-0 128 160 --board metro_m4_express --display st7735r@D10,D9,D11 -- breakout
screen breakout-90 128 160 --board metro_m4_express --display st7735r@D10,D9,D11 -- breakout 90
for r in 0 180; do
    screen "ssd1306-$r" 128 64 --board circuitplayground_express --i2c ssd1306@0x3c -- ssd1306 $r
    screen "sh1107-$r" 128 64 --board circuitplayground_express --i2c ssd1306@0x3c -- sh1107 $r
done

# The console: printed text shows on board.DISPLAY (lit pixels in the
# scroll area) and goes when the program shows a group of its own.
out=$(cd "$here" && "$copper" --board pybadge --virtual-time --no-view --screen "$tmp/console.png" _draw.py console 2>&1)
check console-run "Hello, display" "$out"
lit=$(python3 -c "
import sys; sys.path.insert(0, '$tools')
from png_compare import read_png
w, h, rows = read_png('$tmp/console.png')
print(sum(1 for row in rows for p in row if p != (0, 0, 0)) > 100)")
check console-lit "True" "$lit"

echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
