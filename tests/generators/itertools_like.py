def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def cycle(seq):
    while True:
        yield from seq
def chain(*its):
    for it in its:
        yield from it
def accumulate(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(islice(count(5, 3), 4)), list(islice(cycle('ab'), 5)))
print(list(chain([1], (2, 3), 'xy')), list(accumulate(range(6))))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for v in it:
        yield prev, v
        prev = v
print(list(pairwise('abcd')))
