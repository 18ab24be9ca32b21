print(str(len), str(print).startswith('<built-in function'), repr(len))
print(str(int), str(type(None)), str(type(len)))
import sys
print(repr(sys)[:14], type(sys).__name__)
def f():
    pass
print(repr(f).startswith('<function f at'), repr(lambda: 0).startswith('<function <lambda> at'))
class K:
    def m(self):
        pass
print(repr(K.m).startswith('<function K.m at'), repr(K().m).startswith('<bound method K.m of'))
