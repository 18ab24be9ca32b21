# A read-only Bitmap (the built-in font's glyph sheet): it reads like any
# bitmap, every write raises RuntimeError, and it offers no buffer.
import displayio
import terminalio


def attempt(f, message=True):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if message else "")


sheet = terminalio.FONT.bitmap
print(type(sheet).__name__, sheet.bits_per_value, sheet.height > 0, sheet.width % terminalio.FONT.get_bounding_box()[0])
values = set(sheet[x, y] for x in range(sheet.width // 4) for y in range(sheet.height))
print(sorted(values))


def store():
    sheet[0, 0] = 1


attempt(store)
attempt(lambda: sheet.fill(0))
attempt(lambda: sheet.dirty())
attempt(lambda: sheet.blit(0, 0, displayio.Bitmap(1, 1, 2)))
attempt(lambda: memoryview(sheet), False)
print(sheet[0, 0])
