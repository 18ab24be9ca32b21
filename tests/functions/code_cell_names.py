# A code object keeps its cellvars and freevars in one tuple (cellvars
# first, the frame's cell order): co_cellvars and co_freevars are its two
# parts, and every cell is found by the right name.


def outer(a):
    b = 2
    unused = 0

    def middle(c):
        d = 4

        def inner():
            nonlocal d
            d += 1
            return a, b, c, d

        return inner, lambda: d
    return middle


middle = outer(1)
inner, peek = middle(3)
print(outer.__code__.co_cellvars, outer.__code__.co_freevars)
print(middle.__code__.co_cellvars, middle.__code__.co_freevars)
print(inner.__code__.co_cellvars, sorted(inner.__code__.co_freevars))
print(inner(), inner(), peek())
print(type(inner.__code__.co_freevars).__name__, len(peek.__code__.co_freevars))


# A parameter that is also a cell, and a free variable of the same name one
# level down.
def param_cell(x, y):
    def get():
        return x + y
    x += 10
    return get


f = param_cell(1, 2)
print(param_cell.__code__.co_cellvars, f.__code__.co_freevars, f())


# Unbound cells and free variables name the right variable.
def unbound_cell():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print('free:', e)
    try:
        print(v)
    except UnboundLocalError as e:
        print('cell:', e)
    v = 1
    return g


print(unbound_cell()())


# super() reads __class__ among the freevars, after the method's own cells.
class Base:
    def who(self):
        return 'Base'


class Child(Base):
    def who(self):
        me = self

        def later():
            return me
        return 'Child/' + super().who(), later() is self


print(Child().who(), Child.who.__code__.co_freevars, Child.who.__code__.co_cellvars)


# A class body whose methods use __class__ has it as a cellvar.
class WithCell:
    def m(self):
        return __class__


print(WithCell().m() is WithCell)


# locals() sees both kinds of cells.
def seen(p):
    q = p * 2

    def h():
        r = q

        def k():
            return r
        return sorted(locals()), k()
    return h()


print(seen(5))
