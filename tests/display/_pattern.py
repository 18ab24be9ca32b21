# The picture the screen tests draw (_draw.py, under Copper) and expect
# (screen.sh, under CPython): a red top row, a green left column, a white
# block in the top left corner and diagonal bands, then the changes made
# after the first frames (a white line drawn into the bitmap, a blue
# sprite moved across).
COLORS = (0x000000, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF)
SPRITE = 8


def value(x, y):
    if y == 0:
        return 1
    if x == 0:
        return 2
    if x < 12 and y < 6:
        return 4
    return (x + 2 * y) // 9 % 4


def sprite_start(w, h):
    return 5, 20


def sprite_end(w, h):
    return w - 20, h - 15


def picture(w, h):
    """The final picture as palette indices, row by row."""
    img = [[value(x, y) for x in range(w)] for y in range(h)]
    for x in range(20, 30):
        img[10][x] = 4
    sx, sy = sprite_end(w, h)
    for y in range(sy, sy + SPRITE):
        for x in range(sx, sx + SPRITE):
            img[y][x] = 3
    return img
