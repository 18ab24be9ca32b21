def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 40]:
    print(a.send(v))
def running_max():
    m = None
    while True:
        v = yield m
        m = v if m is None or v > m else m
r = running_max()
r.send(None)
print([r.send(v) for v in [3, 1, 4, 1, 5, 9, 2]])
