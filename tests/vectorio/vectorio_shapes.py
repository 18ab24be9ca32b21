# vectorio shapes: constructors, properties, argument errors, subclasses.
import displayio
import vectorio

p = displayio.Palette(2)
cc = displayio.ColorConverter()


def check(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


c = vectorio.Circle(pixel_shader=p, radius=5, x=10, y=20)
print(c.radius, c.x, c.y, c.location, c.hidden, c.color_index, c.pixel_shader is p)
c2 = vectorio.Circle(7, pixel_shader=cc, color_index=3)
print(c2.radius, c2.location, c2.color_index, c2.pixel_shader is cc)
c.radius = -7
print(c.radius)
c.radius = 0
print(c.radius)
c.x = 3
c.y = -4
print(c.location)
c.location = (4, 5)
print(c.x, c.y)
c.location = [6, 7]
print(c.location)
c.hidden = 1
print(c.hidden)
c.hidden = []
print(c.hidden)
c.color_index = 1
print(c.color_index)
c.color_index = -1
print(c.color_index)
c.color_index = 70000
print(c.color_index)
c.pixel_shader = cc
print(c.pixel_shader is cc)

r = vectorio.Rectangle(pixel_shader=p, width=4, height=3, x=1, y=2, color_index=1)
print(r.width, r.height, r.location, r.color_index)
r.width = -9
r.height = 0
print(r.width, r.height)
r2 = vectorio.Rectangle(2, 3, pixel_shader=p)
print(r2.width, r2.height)

pts = [(0, 0), (4, 0), (0, 4)]
pg = vectorio.Polygon(pixel_shader=p, points=pts, x=-3)
print(pg.points, pg.location, pg.points is pts)
pts.append((9, 9))
print(len(pg.points))
pg.points = [(1, 1), (2, -2), (-3, 3), (4, 4)]
print(pg.points)

print("-- errors")
check(vectorio.Circle, pixel_shader=p, radius=0)
check(vectorio.Circle, pixel_shader=p, radius=-3)
check(vectorio.Circle, radius=5)
check(vectorio.Circle, p, 5)
check(vectorio.Circle, pixel_shader=None, radius=5)
check(vectorio.Circle, pixel_shader=p, radius=5, x=40000)
check(vectorio.Circle, pixel_shader=p, radius=5, y=-40000)
check(vectorio.Circle, pixel_shader=p, radius=5.0)
check(vectorio.Circle, pixel_shader=p, radius=5, color_index="1")
check(vectorio.Circle, pixel_shader=p, radius=5, z=1)
check(vectorio.Rectangle, pixel_shader=p, width=0, height=5)
check(vectorio.Rectangle, pixel_shader=p, width=5, height=0)
check(vectorio.Polygon, pixel_shader=p, points=[(0, 0), (1, 1)])
check(vectorio.Polygon, pixel_shader=p, points=((0, 0), (1, 1), (2, 2)))
check(vectorio.Polygon, pixel_shader=p, points=[(0, 0), (1, 1), [2, 2]])
check(vectorio.Polygon, pixel_shader=p, points=[(0, 0), (1, 1), (2,)])
check(vectorio.Polygon, pixel_shader=p, points=[(0, 0), (1, 1), (2, 2.5)])
check(vectorio.Polygon, pixel_shader=p, points=[(0, 0), (1, 1), (2, 40000)])
check(vectorio.Polygon, pixel_shader=5, points=[(0, 0), (1, 1), (2, 2)])
check(setattr, c, "location", (1,))
check(setattr, c, "location", (1, 2.0))
check(setattr, c, "location", 5)
check(setattr, c, "location", (1, 40000))
check(setattr, c, "x", "a")
check(setattr, c, "x", 32768)
check(setattr, c, "pixel_shader", None)
check(setattr, c, "radius", 40000)
check(setattr, pg, "points", [(0, 0)])
check(setattr, pg, "points", ((0, 0), (1, 1), (2, 2)))
print(pg.points)
check(getattr, r, "radius")

print("-- subclasses and groups")


class Dot(vectorio.Circle):
    def grow(self):
        self.radius += 1


d = Dot(pixel_shader=p, radius=2)
d.grow()
print(d.radius, isinstance(d, vectorio.Circle))
g = displayio.Group()
g.append(c)
g.append(r)
g.append(pg)
g.append(d)
print(len(g), g[0] is c, g.index(d))
check(displayio.Group().append, c)
g.remove(c)
displayio.Group().append(c)
print("moved")
