# displayio.Group: list semantics (append, insert, index, pop, remove, sort,
# items, len, in, iteration), position and scale, one group per layer, and
# Python subclasses as adafruit_display_text's Label makes them.
import displayio


def attempt(f, message=True):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if message else "")


bitmap = displayio.Bitmap(4, 4, 2)
palette = displayio.Palette(2)


def grid(x=0):
    return displayio.TileGrid(bitmap, pixel_shader=palette, x=x)


g = displayio.Group()
print(len(g), bool(g), g.scale, g.x, g.y, g.hidden)
a, b, c, d = grid(1), grid(2), grid(3), grid(4)
g.append(a)
g.append(b)
g.insert(0, c)
g.insert(3, d)          # the end: appends
print(len(g), bool(g), [t.x for t in g])
print(g.index(b), g[0] is c, g[-1] is d, a in g, grid() in g)
print(g.pop().x, g.pop(0).x, [t.x for t in g])
g.remove(a)
print([t.x for t in g])
g.insert(-1, a)         # negative indices count from the end
print([t.x for t in g])
g[1] = c
print([t.x for t in g])
del g[0]
print([t.x for t in g], c in g)

# A layer belongs to one group at a time; removed, it can go elsewhere.
h = displayio.Group()
attempt(lambda: h.append(c))
g.remove(c)
h.append(c)
print(len(g), len(h))
attempt(lambda: g.insert(0, c))
attempt(lambda: h.append(h))
attempt(lambda: g.append(g))
inner = displayio.Group()
h.append(inner)
attempt(lambda: inner.append(h))

# Index and value errors.
attempt(lambda: g[5])
attempt(lambda: g[-5])
attempt(lambda: g["a"])
attempt(lambda: g[0:1])
attempt(lambda: g.insert(7, grid()))
attempt(lambda: g.index(d))
attempt(lambda: g.remove(d))
attempt(lambda: displayio.Group().pop())
attempt(lambda: g.append(bitmap))
attempt(lambda: g.append(3))


one = displayio.Group()
one.append(grid())


def store(i, v):
    one[i] = v


attempt(lambda: store(0, palette))
attempt(lambda: store(3, grid()))
attempt(lambda: store(0, one[0]))

# sort() with a key, and reversed.
s = displayio.Group()
for x in (5, 2, 9, 1):
    s.append(grid(x))
s.sort(key=lambda t: t.x)
print([t.x for t in s])
s.sort(key=lambda t: t.x, reverse=True)
print([t.x for t in s])

# Position, scale and hidden.
p = displayio.Group(scale=3, x=-5, y=7)
print(p.scale, p.x, p.y)
p.x, p.y, p.scale, p.hidden = 10, 20, 2, True
print(p.scale, p.x, p.y, p.hidden)
attempt(lambda: displayio.Group(scale=0))
attempt(lambda: setattr(p, "scale", 0))
attempt(lambda: setattr(p, "x", "1"))
attempt(lambda: displayio.Group(1), False)


# Subclasses: the Group part is set up by super().__init__().
class Label(displayio.Group):
    def __init__(self, font, *, text="", x=0, y=0, scale=1):
        super().__init__(x=x, y=y, scale=scale)
        self.text = text
        self.font = font
        self.append(grid(len(text)))


lab = Label("font", text="hello", x=3, scale=2)
print(type(lab).__name__, isinstance(lab, displayio.Group), lab.text, lab.x, lab.y, lab.scale, len(lab), lab[0].x)
g.append(lab)
print(g[-1] is lab, lab in g, g.index(lab))
attempt(lambda: h.append(lab))


class Bare(displayio.Group):
    pass


bare = Bare(scale=4)
print(bare.scale, len(bare))
bare.append(grid())
g.append(bare)
print(len(g))


class NoInit(displayio.Group):
    def __init__(self):
        self.extra = 1


n = NoInit()
print(n.extra, n.scale, len(n))


# A subclass with a __new__ of its own reaches Group's through super().
class WithNew(displayio.Group):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, n, **kwargs):
        super().__init__(**kwargs)
        self.n = n


class Deeper(WithNew):
    pass


w = Deeper(7, x=2, scale=3)
w.append(grid(4))
print(type(w).__name__, w.n, w.x, w.scale, [t.x for t in w], len(w))
