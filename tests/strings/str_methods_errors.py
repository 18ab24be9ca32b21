def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 'abc'.center())
show(lambda: 'abc'.find(1))
show(lambda: 'abc'.startswith(1))
show(lambda: 'a' + None)
show(lambda: 'abc'.replace('a'))
show(lambda: 'abc'.split(1))
show(lambda: '%d' % None)
show(lambda: 'x'.join('ab', 'cd'))
fl = 1.0
show(lambda: 'abc'[fl])
ks = 'a'
show(lambda: 'abc'[ks])
show(lambda: 'x' * 1.5)
show(lambda: ''.join([b'a']))
