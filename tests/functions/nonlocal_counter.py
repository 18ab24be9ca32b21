def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = start
    return inc, get, reset
inc, get, reset = make_counter(10, 5)
inc(); inc()
print(get())
reset()
print(get(), inc())
i2, g2, _ = make_counter()
i2()
print(g2(), get())
