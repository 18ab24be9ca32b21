# copper: args --board pybadge --virtual-time --run-for 60s --stimulus game.stim --snapshot 2s,20s,40s,59.9s
# A small game on the PyBadge, written the way CircuitPython game guides
# write one: a ship (16x16 sprite from a sprite sheet) steered with the
# d-pad through keypad.ShiftRegisterKeys, a coin that jumps to a new place
# when the ship touches it, a falling rock that ends a life, and a score
# line drawn with the built-in font. The stimulus holds buttons for a
# while; every frame is one 50 ms step, so the game is deterministic.
#
# What the snapshots must show (checked by eye once):
#  2s     dark blue sky with a grey ground strip at the bottom, the yellow
#         ship on the ground just left of the middle (moving left), an
#         orange coin at the left, a red pitted rock near the top right,
#         and "SCORE 0 LIVES 5" in white at the top left.
#  20s    the ship in the bottom left corner, the coin at the right, the
#         rock on the ground at the right, "SCORE 1 LIVES 5".
#  40s    the ship at the right edge at the top of its range, the coin
#         in the middle with the rock below it, near the ground,
#         "SCORE 2 LIVES 5" (as printed at step 800).
#  59.9s  the ship in the bottom left corner, the coin in the middle with
#         the rock just left of it, "SCORE 2 LIVES 4".
#  game.png (60s, the end of the run): as at 59.9s, the rock 2 pixels
#         lower.
import time
import board
import displayio
import keypad
import terminalio

display = board.DISPLAY
display.auto_refresh = False
keys = keypad.ShiftRegisterKeys(clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT, latch=board.BUTTON_LATCH,
                                key_count=8, value_when_pressed=True)
KEY_RIGHT, KEY_DOWN, KEY_UP, KEY_LEFT = 4, 5, 6, 7

# The sprite sheet: four 16x16 tiles (0 empty, 1 ship, 2 coin, 3 rock).
sheet = displayio.Bitmap(64, 16, 6)
for y in range(16):
    for x in range(16):
        if abs(x - 7.5) <= (y + 1) / 2 and y > 1:
            sheet[16 + x, y] = 1                      # ship: a triangle
        if (x - 7.5) ** 2 + (y - 7.5) ** 2 <= 30:
            sheet[32 + x, y] = 2 if (x - 7.5) ** 2 + (y - 7.5) ** 2 > 9 else 3   # coin, with a rim
        if max(abs(x - 7.5), abs(y - 7.5)) <= 6 and (x + y) % 5:
            sheet[48 + x, y] = 4                      # rock: a pitted block
palette = displayio.Palette(6)
palette[0] = 0x000000
palette.make_transparent(0)
palette[1] = 0xFFE000      # ship
palette[2] = 0xFF9000      # coin rim
palette[3] = 0xFFD040      # coin face
palette[4] = 0xD02020      # rock
palette[5] = 0x606060      # ground

# The sky and ground: one-colour bitmaps scaled up by a group.
sky_bitmap = displayio.Bitmap(20, 16, 2)
for x in range(20):
    sky_bitmap[x, 15] = 1
sky_palette = displayio.Palette(2)
sky_palette[0] = 0x000040
sky_palette[1] = 0x606060
world = displayio.Group(scale=8)
world.append(displayio.TileGrid(sky_bitmap, pixel_shader=sky_palette))

ship = displayio.TileGrid(sheet, pixel_shader=palette, tile_width=16, tile_height=16, default_tile=1, x=72, y=104)
coin = displayio.TileGrid(sheet, pixel_shader=palette, tile_width=16, tile_height=16, default_tile=2, x=8, y=48)
rock = displayio.TileGrid(sheet, pixel_shader=palette, tile_width=16, tile_height=16, default_tile=3, x=120, y=12)

# The score line: a TileGrid over the built-in font's glyph sheet.
font = terminalio.FONT
cell_w, cell_h = font.get_bounding_box()
text_palette = displayio.Palette(2)
text_palette[0] = 0x000000
text_palette.make_transparent(0)
text_palette[1] = 0xFFFFFF
text = displayio.TileGrid(font.bitmap, pixel_shader=text_palette, width=20, height=1,
                          tile_width=cell_w, tile_height=cell_h, x=2, y=2)


def show_text(s):
    for i in range(20):
        ch = s[i] if i < len(s) else " "
        glyph = font.get_glyph(ord(ch))
        text[i] = glyph.tile_index if glyph else 0


root = displayio.Group()
for layer in (world, coin, rock, ship, text):
    root.append(layer)
display.root_group = root

score, lives = 0, 5
dx = dy = 0
coin_spots = ((8, 48), (136, 56), (64, 72), (24, 96), (112, 96), (40, 48))
next_coin = 1


def drop_rock():
    rock.y = 12
    rock.x = (rock.x + 53) % 144


def hit(a, b):
    return abs(a.x - b.x) < 14 and abs(a.y - b.y) < 14


show_text("SCORE 0 LIVES 5")
display.refresh()
step = 0
while lives > 0:
    event = keys.events.get()
    while event:
        d = 1 if event.pressed else 0
        if event.key_number == KEY_LEFT:
            dx = -d
        elif event.key_number == KEY_RIGHT:
            dx = d
        elif event.key_number == KEY_UP:
            dy = -d
        elif event.key_number == KEY_DOWN:
            dy = d
        event = keys.events.get()
    ship.x = min(144, max(0, ship.x + 2 * dx))
    ship.y = min(104, max(40, ship.y + 2 * dy))
    rock.y += 1
    if rock.y > 112:
        drop_rock()
    if hit(ship, coin):
        score += 1
        coin.x, coin.y = coin_spots[next_coin]
        next_coin = (next_coin + 1) % len(coin_spots)
    if hit(ship, rock):
        lives -= 1
        drop_rock()
    show_text("SCORE %d LIVES %d" % (score, lives))
    display.refresh()
    step += 1
    if step % 200 == 0:
        print("step %d: score=%d lives=%d ship=(%d,%d)" % (step, score, lives, ship.x, ship.y))
    time.sleep(0.05)
print("game over")
