class A: pass
for expr in ['A() + 1', 'A() < A()', '1 - A()', '-A()', 'A()[0]', 'len(A())', 'A()()', 'iter(A())']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
