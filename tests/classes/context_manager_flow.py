class CM:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit', a[0])
def f():
    with CM():
        return 'returned'
print(f())
for i in range(3):
    with CM():
        if i == 0:
            continue
        if i == 1:
            break
print('loop done', i)
def g():
    for i in range(2):
        with CM():
            with CM():
                if i == 1:
                    return i
print(g())
