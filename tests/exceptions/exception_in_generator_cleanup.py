def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('gen caught', e)
        yield 'recovered'
    finally:
        print('gen finally')
g = gen()
print(next(g))
print(g.throw(ValueError('oops')))
try:
    next(g)
except StopIteration:
    print('stopped')
