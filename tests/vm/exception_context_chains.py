def f():
    try:
        raise KeyError("A")
    except KeyError:
        raise ValueError("B")
try:
    raise TypeError("C")
except TypeError:
    try:
        f()
    except ValueError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
def g():
    try:
        raise KeyError("A")
    except KeyError:
        raise ValueError("B")
try:
    raise TypeError("C")
except TypeError:
    try:
        sorted([2, 1], key=lambda x: g())
    except ValueError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
class R:
    def __repr__(self):
        raise RuntimeError("repr fail")
try:
    print(R())
except RuntimeError as e:
    print("repr", e)
def gen():
    yield 1
    raise IndexError("from gen")
try:
    list(gen())
except IndexError as e:
    print("gen list", e)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0])
def w():
    for i in range(3):
        with CM():
            if i == 1:
                break
    with CM():
        return "ret"
print(w())
def fy():
    try:
        yield 1
        yield 2
    finally:
        print("fy finally")
g = fy()
print(next(g))
g.close()
print("closed")
def reraise_in_finally():
    try:
        try:
            raise ValueError("v1")
        finally:
            print("fin")
    except ValueError as e:
        return repr(e)
print(reraise_in_finally())
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.__context__)
e = ValueError("x")
try:
    raise e
except ValueError:
    try:
        raise e
    except ValueError as e3:
        print(e3.__context__)
def ctx_cycle():
    try:
        raise KeyError(1)
    except KeyError as a:
        try:
            raise ValueError(2)
        except ValueError as b:
            try:
                raise a
            except KeyError as c:
                return c.__context__, b.__context__
print(ctx_cycle())
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
def exc_in_except():
    try:
        1/0
    except ZeroDivisionError:
        try:
            {}[1]
        except KeyError as k:
            return repr(k.__context__)
print(exc_in_except())
import sys
def nested_handled():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        return repr(sys.exc_info()[1])
print(nested_handled())
print(sys.exc_info())
for i in range(3):
    try:
        if i == 1:
            raise StopIteration
    except StopIteration:
        print("si", i)
        continue
    finally:
        print("f", i)
def gen_close_in_handler():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = gen_close_in_handler()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def throw_fresh():
    yield 1
g = throw_fresh()
try:
    g.throw(KeyError("fresh"))
except KeyError as e:
    print("thrown", e)
try:
    next(g)
except StopIteration:
    print("exhausted")
def g_exc():
    x = yield
    yield x * 2
gg = g_exc()
next(gg)
print(gg.send(21))
try:
    gg.send(1)
except StopIteration:
    print("done")
try:
    gen2 = (i for i in range(3))
    gen2.send(5)
except TypeError as e:
    print(e)
