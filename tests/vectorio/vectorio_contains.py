# vectorio hit tests: contains(x, y) (the pixels the shape draws),
# intersects() and the module's collision functions.
import displayio
import vectorio

p = displayio.Palette(1)


def grid(shape, x1, y1, x2, y2):
    for y in range(y1, y2):
        print("".join("#" if shape.contains(x, y) else "." for x in range(x1, x2)))
    print()


# a circle: x^2 + y^2 <= r^2 around its centre
c = vectorio.Circle(pixel_shader=p, radius=2, x=10, y=10)
print(c.contains(10, 10), c.contains(12, 10), c.contains(12, 11), c.contains(11, 11), c.contains(8, 10))
grid(c, 7, 7, 14, 14)
c.radius = 4
grid(c, 5, 5, 16, 16)
c.radius = 0
grid(c, 9, 9, 12, 12)

# a rectangle: [x, x + width) x [y, y + height)
r = vectorio.Rectangle(pixel_shader=p, width=3, height=2, x=1, y=1)
print(r.contains(1, 1), r.contains(3, 2), r.contains(4, 2), r.contains(3, 3), r.contains(0, 1))
grid(r, 0, 0, 5, 4)

# polygons: nonzero winding; left and top edges in, right and bottom out
t = vectorio.Polygon(pixel_shader=p, points=[(0, 0), (4, 0), (0, 4)], x=10, y=10)
print(t.contains(10, 10), t.contains(13, 10), t.contains(14, 10), t.contains(12, 11), t.contains(10, 14))
grid(t, 9, 9, 15, 15)
square = vectorio.Polygon(pixel_shader=p, points=[(0, 0), (4, 0), (4, 3), (0, 3)])
grid(square, -1, -1, 6, 5)
# a star drawn in one stroke: its centre winds twice and is filled
star = vectorio.Polygon(pixel_shader=p, points=[(6, 0), (9, 12), (0, 4), (12, 4), (3, 12)])
grid(star, 0, 0, 13, 13)
# the same path with a self-crossing bow tie
bow = vectorio.Polygon(pixel_shader=p, points=[(0, 0), (8, 6), (8, 0), (0, 6)])
grid(bow, 0, 0, 9, 7)

# color_index 65535 wraps to "not covered" as in CircuitPython
c.radius = 3
c.color_index = 65535
print(c.contains(10, 10))
c.color_index = 0
print(c.contains(10, 10))

try:
    c.contains(40000, 0)
except ValueError as e:
    print("ValueError:", e)

# intersects(): circles and rectangles (distances truncated to ints)
a = vectorio.Circle(pixel_shader=p, radius=3, x=0, y=0)
b = vectorio.Circle(pixel_shader=p, radius=2, x=5, y=1)
print(a.intersects(b), b.intersects(a))
b.x = 6
print(a.intersects(b))
box = vectorio.Rectangle(pixel_shader=p, width=4, height=4, x=3, y=2)
print(a.intersects(box), box.intersects(a))
box.x = 4
print(a.intersects(box))
box2 = vectorio.Rectangle(pixel_shader=p, width=2, height=2, x=7, y=5)
print(box.intersects(box2), box2.intersects(box))
box2.x = 8
print(box.intersects(box2))
print(a.intersects(t), a.intersects(5))

print(vectorio.circle_rectangle_intersects(0, 0, 3, 3, 2, 4, 4))
print(vectorio.circle_rectangle_intersects(cx=0, cy=0, cr=3, rx=3, ry=3, rw=4, rh=4))
print(vectorio.circle_circle_intersects(0, 0, 3, 5, 0, 2), vectorio.circle_circle_intersects(0, 0, 3, 6, 0, 2))
print(vectorio.rectangle_rectangle_intersects(0, 0, 4, 4, 3, 3, 2, 2))
print(vectorio.rectangle_rectangle_intersects(0, 0, 4, 4, 4, 0, 2, 2))
