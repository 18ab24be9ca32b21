def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
        return "ret"
    finally:
        print("finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("a")
    except ValueError as v:
        raise KeyError("b") from v
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple", type(e).__name__)
class MyErr(Exception):
    def __init__(self, x):
        super().__init__(x)
        self.x = x
try:
    raise MyErr(5)
except MyErr as e:
    print(e.x, e.args, str(e))
import sys
try:
    raise ValueError("x")
except ValueError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def reraise():
    try:
        raise IndexError("i")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM() as c:
    raise ValueError("suppressed")
print("after with")
with CM():
    print("in with")
def nested():
    try:
        try:
            raise ValueError
        finally:
            print("inner finally")
    except ValueError:
        print("outer caught")
nested()
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)
e = None
try:
    1/0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("ne", ne)
def ret_in_finally():
    try:
        return 1
    finally:
        print("f")
print(ret_in_finally())
def exc_in_finally():
    try:
        raise ValueError("v")
    finally:
        return "swallowed"
print(exc_in_finally())
x = 0
try:
    x = 1
except:
    x = 2
else:
    x = 3
print(x)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as r:
    print("recursion", r)
print(sys.exc_info()[0])
def f1(n):
    try: return f1(n+1)
    except RecursionError: return n
print(f1(1))
