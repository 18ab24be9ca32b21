# copper: args --board pybadge --virtual-time --run-for 8s --snapshot 2s,4s
# Refreshing by hand: with auto_refresh off the display shows a change
# only when refresh() is called; refresh(target_frames_per_second=10)
# paces the frames 100 ms apart, returns False without drawing when the
# call comes more than a frame after the previous call (as in
# CircuitPython, that call's time counts, not the frame's: a loop that
# works 30 ms between calls misses its second frame), and
# minimum_frames_per_second raises RuntimeError when the last frame drawn
# is too old (also without drawing). The printed results are in
# manual_refresh.py.exp.
# manual_refresh-2.000s.png: a red 40x40 square at (60, 44) on black,
# and "frame 1" in white at the top left.
# manual_refresh-4.000s.png: exactly the same (the square is green and
# the text "frame 2" by now, but nothing was refreshed).
# manual_refresh.png: a green square and "frame 7" (the paced frames
# drew; the late call and the one below the minimum frame rate did not
# draw the blue square and "frame 8" they were given).
import time
import board
import displayio
import terminalio

display = board.DISPLAY
display.auto_refresh = False
print("auto_refresh:", display.auto_refresh)

square = displayio.Bitmap(40, 40, 1)
color = displayio.Palette(1)
color[0] = 0xFF0000
font = terminalio.FONT
cell_w, cell_h = font.get_bounding_box()
text_palette = displayio.Palette(2)
text_palette.make_transparent(0)
text_palette[1] = 0xFFFFFF
text = displayio.TileGrid(font.bitmap, pixel_shader=text_palette, width=7, height=1, tile_width=cell_w,
                          tile_height=cell_h, x=2, y=2)


def show_frame(n):
    for i, ch in enumerate("frame %d" % n):
        text[i] = font.get_glyph(ord(ch)).tile_index


scene = displayio.Group()
scene.append(displayio.TileGrid(square, pixel_shader=color, x=60, y=44))
scene.append(text)
show_frame(1)
display.root_group = scene
print("refresh:", display.refresh())
time.sleep(2)

color[0] = 0x00FF00
show_frame(2)
time.sleep(2)


def now_ms():
    return time.monotonic_ns() // 1000000


# The first paced call comes long after any paced call before it: late.
print("first paced call:", display.refresh(target_frames_per_second=10))
start = now_ms()
for n in range(3, 8):
    show_frame(n)
    done = display.refresh(target_frames_per_second=10)
    print("frame %d: %s, %d ms after the first" % (n, done, round((now_ms() - start) / 10) * 10))
    time.sleep(0.03)

color[0] = 0x0000FF
show_frame(8)
time.sleep(0.25)
print("late:", display.refresh(target_frames_per_second=10))
time.sleep(0.5)
try:
    display.refresh(target_frames_per_second=10, minimum_frames_per_second=5)
except RuntimeError as e:
    print("RuntimeError:", e)
while True:
    time.sleep(1)
