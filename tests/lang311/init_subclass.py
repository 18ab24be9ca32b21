class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Foo(Plugin):
    pass
class Bar(Plugin, name='barbar'):
    pass
class Baz(Foo):
    pass
print(Plugin.registry, Foo.plugin_name, Bar.plugin_name, Baz.plugin_name)
print(hasattr(Plugin, 'plugin_name'))
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, 'required'):
            raise TypeError(cls.__name__ + ' missing required')
class Good(Strict):
    required = 1
print('Good ok')
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Q(name='x'):
        pass
except TypeError as e:
    print('TypeError', e)
class Counted:
    n = 0
    @classmethod
    def __init_subclass__(cls):
        Counted.n += 1
class X1(Counted): pass
class X2(Counted): pass
print(Counted.n)
