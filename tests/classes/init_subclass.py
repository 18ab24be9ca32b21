class Plugin:
    plugins = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.plugins.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
print(Plugin.plugins)
