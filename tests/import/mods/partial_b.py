import partial_a
try:
    partial_a.later
except AttributeError as e:
    print(e)
    print(e.name, e.obj is partial_a)
