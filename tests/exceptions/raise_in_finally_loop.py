def gen_errors():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                out.append(('ok', i))
            finally:
                out.append(('fin', i))
        except ValueError as e:
            out.append(('err', e.args[0]))
    return out
for item in gen_errors():
    print(item)
