out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i % 2 == 0:
            raise ValueError(i)
        out.append(('ok', i))
    except ValueError as e:
        out.append(('err', e.args[0]))
        if i == 2:
            continue
        out.append('after-except')
    else:
        out.append('else')
    finally:
        out.append(('fin', i))
print(out)
