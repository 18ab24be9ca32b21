# copper: args --board pybadge --virtual-time
# board.DISPLAY on the PyBadge: built at start-up, a BusDisplay on a
# FourWire; its properties and their checks (rotation swaps width and
# height, brightness 0-1, root_group takes Groups that are not shown
# elsewhere), refresh() pacing with auto_refresh off, and
# displayio.release_displays(), after which board.DISPLAY is None until
# the program makes a display of its own.
import board
import busdisplay
import busio
import displayio
import fourwire
import time

display = board.DISPLAY
print(type(display).__name__, display is board.DISPLAY, isinstance(display, busdisplay.BusDisplay))
print("DISPLAY" in dir(board), type(display.bus).__name__)
print(display.width, display.height, display.rotation, display.auto_refresh, display.brightness)
console = display.root_group
print(type(console).__name__)


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


# The display's bus holds the only display bus slot.
attempt(lambda: fourwire.FourWire(board.SPI(), command=board.D5, chip_select=board.D6))
attempt(lambda: busdisplay.BusDisplay(display.bus, b"", width=10, height=10))

# Rotation: multiples of 90 degrees; width and height swap.
display.rotation = 90
print(display.width, display.height, display.rotation)
display.rotation = 360
print(display.width, display.height, display.rotation)
attempt(lambda: setattr(display, "rotation", 45))
print(display.rotation)

# Brightness: the backlight pin takes 0-1.
display.brightness = 0.5
print(display.brightness)
attempt(lambda: setattr(display, "brightness", 1.5))
attempt(lambda: setattr(display, "brightness", "x"))
display.brightness = 1

# root_group: a Group (or None) not shown anywhere else.
group = displayio.Group()
inner = displayio.Group()
group.append(inner)
attempt(lambda: setattr(display, "root_group", inner))
attempt(lambda: setattr(display, "root_group", 5))
attempt(lambda: display.show(group))
display.root_group = group
print(display.root_group is group)
display.root_group = None
print(display.root_group)
display.root_group = console
print(display.root_group is console)

# refresh(): immediate with auto_refresh on; with it off, paced to
# target_frames_per_second, False when a frame was missed, RuntimeError
# below minimum_frames_per_second.
print(display.refresh())
display.auto_refresh = False
print(display.auto_refresh, display.refresh(target_frames_per_second=10))
print(display.refresh(target_frames_per_second=10))
start = time.monotonic()
print(display.refresh(target_frames_per_second=10), round(time.monotonic() - start, 2))
time.sleep(0.3)
print(display.refresh(target_frames_per_second=10))
attempt(lambda: display.refresh(target_frames_per_second=10, minimum_frames_per_second=20))
attempt(lambda: display.refresh(target_frames_per_second=0))
print(display.refresh())

# fill_row: one row in the panel's format (RGB565, high byte first).
bitmap = displayio.Bitmap(4, 1, 2)
bitmap[1, 0] = 1
palette = displayio.Palette(2)
palette[0] = 0x000000
palette[1] = 0xFF8000
own = displayio.Group(x=10, y=3)
own.append(displayio.TileGrid(bitmap, pixel_shader=palette))
display.root_group = own
row = bytearray(display.width * 2)
print(display.fill_row(3, row) is row, row[20:30].hex(), row.count(0))
attempt(lambda: display.fill_row(3, bytearray(10)))
attempt(lambda: display.fill_row(3, b"x" * 320))

# release_displays: the display and its bus are gone; their pins are free.
displayio.release_displays()
print(board.DISPLAY)
attempt(lambda: display.width)
attempt(lambda: display.bus.send(0x29, b""))
attempt(lambda: display.bus.reset())

spi = busio.SPI(board.TFT_SCK, MOSI=board.TFT_MOSI)
bus = fourwire.FourWire(spi, command=board.TFT_DC, chip_select=board.TFT_CS, reset=board.TFT_RST)
mine = busdisplay.BusDisplay(bus, b"\x01\x80\x05\x11\x00\x29\x00", width=128, height=160, rotation=90)
print(board.DISPLAY is mine, mine.width, mine.height, mine.rotation, mine.bus is bus, mine.brightness)
print(mine.root_group is console, type(mine.root_group).__name__)
attempt(lambda: setattr(mine, "brightness", 0.5))
attempt(lambda: busdisplay.BusDisplay(bus, b"", width=10, height=10))
displayio.release_displays()
print(spi.try_lock(), board.DISPLAY)
spi.unlock()
