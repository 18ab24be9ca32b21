class C:
    pass
def show(f):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
show(lambda: C().missing)
show(lambda: C.missing)
show(lambda: (1).foo)
show(lambda: 'x'.foo)
show(lambda: [].foo)
show(lambda: None.foo)
show(lambda: {}.foo)
show(lambda: (1.5).foo)
show(lambda: True.foo)
import sys
show(lambda: sys.no_such_attr)
def f(): pass
show(lambda: f.nope)
show(lambda: setattr(1, 'x', 1))
show(lambda: setattr([], 'x', 1))
