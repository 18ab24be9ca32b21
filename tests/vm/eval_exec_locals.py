x = 10
def f():
    y = 5
    print(eval("x + y"))
    exec("z = y * 2")
    print(sorted(locals().keys()))
    return locals()
print(f())
g = {}
exec("a = 1\ndef h(): return a + 1\nb = h()", g)
print(g["a"], g["b"], "__builtins__" in g)
print(eval("1 + 2", {}, {}))
ns = {}
exec("class K:\n    v = 3\n", ns)
print(ns["K"].v)
code = compile("q = 7", "<s>", "exec")
exec(code)
print(q)
print(eval(compile("q * 2", "<s>", "eval")))
def outer():
    v = 1
    def inner():
        return eval("v")
    try:
        return inner()
    except NameError as e:
        return str(e)
print(outer())
try:
    eval("1 +")
except SyntaxError as e:
    print("syntax", e.msg)
try:
    exec("raise ValueError('in exec')")
except ValueError as e:
    print(e)
print(globals()["x"])
def lc():
    a = 1
    b = 2
    return {k: v for k, v in locals().items()}
print(lc())
class C:
    x = 1
    print(sorted(k for k in locals().keys() if not k.startswith("__")))
