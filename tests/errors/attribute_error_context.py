# AttributeError from a failed lookup carries .name and .obj (CPython 3.10+);
# a failed set or delete leaves them None. The traceback module prints no
# "Did you mean" hint in 3.11 (only the interpreter's own report does).
import sys
import traceback


class A:
    __slots__ = ('value', 'counter')

    def __init__(self):
        self.value = 1


class B:
    def __getattr__(self, n):
        if n == 'plain':
            raise AttributeError('custom')
        if n == 'named':
            raise AttributeError('custom', name='other', obj=0)
        return getattr(object(), 'missing_' + n)


class G:
    def __getattribute__(self, n):
        raise AttributeError('from getattribute')


class P:
    @property
    def p(self):
        return self.missing


def show(thunk):
    try:
        thunk()
    except AttributeError as e:
        o = e.obj
        print(type(e).__name__, e, '|', e.name, '|', type(o).__name__ if o is not None else None)


a = A()
show(lambda: a.vaule)
show(lambda: A.vaule)
show(lambda: (3).foo)
show(lambda: getattr('s', 'uper'))
show(lambda: sys.nothing)
show(lambda: B().plain)
show(lambda: B().named)
show(lambda: B().other)
show(lambda: G().x)
show(lambda: P().p)
show(lambda: object.__getattribute__(a, 'zz'))
show(lambda: setattr(a, 'zz', 1))
show(lambda: delattr(B(), 'counter'))
print(getattr(a, 'zz', 'default'), hasattr(a, 'value'), hasattr(a, 'zz'))

print(AttributeError('m').name, AttributeError('m').obj, NameError('m').name)
e = AttributeError('m', name='n', obj=[1])
print(e.name, e.obj, e.args)
e = NameError('m', name='n')
print(e.name, e.args)
for bad in [lambda: NameError('m', obj=1), lambda: AttributeError('m', path=1),
            lambda: ValueError('m', name=1)]:
    try:
        bad()
    except TypeError as te:
        print(te)

try:
    a.vaule
except AttributeError:
    traceback.print_exc(file=sys.stdout)
vaule = 2
try:
    valeu
except NameError:
    print(traceback.format_exc(), end='')
