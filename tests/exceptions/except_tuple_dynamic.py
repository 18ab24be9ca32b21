handled = (KeyError, IndexError)
for f in [lambda: {}['x'], lambda: [][0], lambda: 1 / 0]:
    try:
        try:
            f()
        except handled as e:
            print('handled', type(e).__name__)
    except ZeroDivisionError as e:
        print('fell through', type(e).__name__)
excs = []
excs.append(TypeError)
try:
    None + 1
except tuple(excs) as e:
    print('dynamic tuple', type(e).__name__)
