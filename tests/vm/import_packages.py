import sys
sys.path.insert(0, "mods")
import circ
print(circ.x.get(), circ.y.get())
import deep.a.b
print(deep.a.b.B, deep.top)
from deep import *
print(a, top)
import deep.a.b as dab
print(dab.B)
from ns.inner import mod
print(mod.N)
import ns
print(type(ns).__name__)


try:
    from . import nothing
except ImportError as e:
    print(type(e).__name__, e)
print(__import__("deep.a", fromlist=["b"]).b.B)
print(__import__("deep.a").__name__)
