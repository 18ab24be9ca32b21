# Tuples nested far deeper than the recursion limit: comparing, printing
# and encoding them recurses in C, and must raise RecursionError rather
# than run off the end of the C stack (a board's is a few KB).
import json


def nest(n):
    a = 0
    for _ in range(n):
        a = (a,)
    return a


x = nest(70000)
y = nest(70000)
for op, f in [('==', lambda: x == y), ('!=', lambda: x != y), ('<', lambda: x < y), ('in', lambda: x in [y]),
              ('repr', lambda: repr(x)), ('json', lambda: json.dumps(x))]:
    try:
        f()
        print(op, 'no error')
    except RecursionError as e:
        print(op, type(e).__name__)
