import micropython
from micropython import const

X = const(42)
Y = const(X * 2)
print(X, Y, const("s"), const((1, 2)))
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
print(callable(micropython.mem_info), callable(micropython.qstr_info))
print(micropython.heap_lock(), micropython.heap_unlock() is not None)
print(micropython.kbd_intr(3))
