# import builtins: the module's names are the builtins themselves.
import builtins

print(builtins.print is print, builtins.len is len, builtins.open is open)
print(builtins.int is int, builtins.ValueError is ValueError, getattr(builtins, 'None', None))
print(builtins.__name__, type(builtins).__name__)
print(builtins.sum([1, 2, 3]), builtins.max(4, 5), builtins.isinstance(3, builtins.int))
print(hasattr(builtins, 'range'), hasattr(builtins, 'no_such_builtin'))
try:
    builtins.no_such_builtin
except AttributeError as e:
    print('AttributeError', e)
_print = builtins.print
outputs = []


def my_print(*args, **kw):
    outputs.append(args)


builtins.print = my_print
print('captured', 1)
builtins.print = _print
print(outputs)
builtins.my_global = 42
print(my_global)
del builtins.my_global
try:
    my_global
except NameError as e:
    print('NameError', e)
import builtins as b2
print(b2 is builtins)
