class A(Exception): pass
class B(A): pass
class C(B): pass
for exc in (A, B, C):
    try:
        raise exc()
    except C:
        print('C handler')
    except B:
        print('B handler')
    except A:
        print('A handler')
try:
    raise C()
except A:
    print('base catches derived')
except C:
    print('never')
