import sys
def g(n):
    for i in range(n):
        yield i
it = g(5)
for x in it:
    if x == 2:
        break
print(next(it), list(it))
def selfnext():
    yield 1
    yield next(gen)
gen = selfnext()
try:
    for v in gen:
        print(v)
except ValueError as e:
    print(e)
def raiser():
    yield 1
    raise KeyError("k")
try:
    for v in raiser():
        print("got", v)
except KeyError as e:
    print("keyerror", e)
def stopper():
    yield 1
    raise StopIteration("x")
try:
    for v in stopper():
        pass
except RuntimeError as e:
    print(e, repr(e.__cause__))
def with_exc_info():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
try:
    raise KeyError("outer")
except KeyError:
    for v in with_exc_info():
        print(repr(v), repr(sys.exc_info()[1]))
print(sys.exc_info())
def nested():
    for a in g(3):
        for b in g(a):
            yield (a, b)
print(list(nested()), [p for p in nested()])
def deleg():
    yield from g(3)
    return 7
for v in deleg():
    print("d", v)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
for v in fin():
    pass
def rec(n):
    if n:
        yield n
        yield from rec(n - 1)
print(list(rec(5)))
def deep(n):
    if n == 0:
        yield 0
        return
    for x in deep(n - 1):
        yield x + 1
print(list(deep(50)))
try:
    for x in deep(2000):
        pass
except RecursionError:
    print("deep recursion")
def sender():
    x = yield 1
    print("sent", x)
    yield 2
s = sender()
for v in s:
    print("v", v)
def gen_ret():
    yield 1
    return 5
print([x for x in gen_ret()])
def throw_later():
    while True:
        try:
            yield 1
        except ValueError:
            print("handled VE")
t = throw_later()
for v in t:
    t.throw(ValueError) if False else None
    break
print(t.throw(ValueError))
gg = g(3)
for a in gg:
    for b in gg:
        print(a, b)
