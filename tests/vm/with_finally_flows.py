class CM:
    def __init__(self, name, suppress=False, raise_in_exit=False):
        self.name = name; self.suppress = suppress; self.rie = raise_in_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        if self.rie:
            raise RuntimeError("from exit " + self.name)
        return self.suppress
try:
    with CM("a"), CM("b", raise_in_exit=True):
        raise ValueError("body")
except RuntimeError as e:
    print("caught", e, repr(e.__context__))
with CM("c", suppress=True):
    with CM("d"):
        raise KeyError("k")
print("after")
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            print("finally", i)
    return "done"
print(f())
def g():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    g()
except ValueError as e:
    print("g", e)
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(h())
def k():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            pass
        raise
try:
    k()
except ValueError as e:
    print("k reraise ok", type(e).__name__)
def w():
    with CM("w"):
        return "from with"
print(w())
def loopwith():
    for i in range(2):
        with CM("loop%d" % i):
            if i == 0:
                continue
            break
    return "lw"
print(loopwith())
try:
    with CM("e"):
        1 / 0
except ZeroDivisionError:
    print("zde propagated")
x = 0
while True:
    try:
        x += 1
        if x < 3:
            continue
        break
    finally:
        print("wf", x)
def nested_exc():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError as v:
            return repr(v.__context__)
print(nested_exc())
def gen_with():
    with CM("gw"):
        yield 1
        yield 2
for v in gen_with():
    print("gv", v)
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError from None
except TypeError as t:
    print(t.__suppress_context__, t.__cause__, type(t.__context__).__name__)
def assert_fail():
    assert False
try:
    assert_fail()
except AssertionError as e:
    print("assert", repr(e))
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__))
