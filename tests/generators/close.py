def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
gen = g()
print(next(gen))
gen.close()
print(list(gen))
gen.close()
def catches():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
c = catches()
next(c)
c.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
unstarted = g()
unstarted.close()
print('closed unstarted without cleanup')
