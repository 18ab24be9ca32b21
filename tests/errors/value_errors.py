def show(code):
    try:
        eval(code)
    except ValueError as e:
        print(code, '->', e)
show("int('x')")
show("int('')")
show("float('one')")
show("[].index(0)")
show("'abc'.index('d')")
show("list(range(3)).remove(7)")
show("chr(-5)")
show("range(0, 1, 0)")
show("int('9', 8)")
show("'{0} {}'.format(1, 2)")
show("'%z' % 1")
show("(lambda: [a for a, b in [(1, 2, 3)]])()")
show("bytes.fromhex('zz')")
