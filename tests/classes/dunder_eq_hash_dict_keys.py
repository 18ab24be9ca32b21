class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P{self.x},{self.y}'
pts = [Point(1, 2), Point(1, 2), Point(2, 1)]
uniq = []
seen = set()
for p in pts:
    if p not in seen:
        seen.add(p)
        uniq.append(p)
print(uniq, len(seen))
d = {Point(0, 0): 'origin'}
print(d[Point(0, 0)], Point(0, 0) in d, pts.count(Point(1, 2)), pts.index(Point(2, 1)))
