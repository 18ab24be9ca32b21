def parse(s):
    try:
        n = int(s)
    except ValueError:
        return None
    else:
        return n * 2
    finally:
        print('parsed', repr(s))
print(parse('21'), parse('x'))
def count():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                return n
        finally:
            n += 10
    return n
print(count())
