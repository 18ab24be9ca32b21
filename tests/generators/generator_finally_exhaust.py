def g():
    try:
        for i in range(3):
            yield i
    finally:
        print('finally in generator')
for v in g():
    print(v)
gen = g()
for v in gen:
    if v == 1:
        break
print('after break')
gen.close()
print('after close')
gen = g()
next(gen)
gen.close()
print(list(gen))
