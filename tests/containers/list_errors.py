def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: [1, 2][2])
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1, 2].index(3))
show(lambda: [1].remove(2))
show(lambda: [1] + 1)
show(lambda: [1] * 'a')
show(lambda: [1, 'a'].sort())
key = 'x'
show(lambda: [1, 2][key])
show(lambda: [3, 1, 2].sort(key=1))
show(lambda: list(5))
show(lambda: [1] < ['a'])
