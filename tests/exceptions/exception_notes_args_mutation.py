e = ValueError('a', 'b')
e.args = ('changed',)
print(e, e.args)
e.custom = 42
print(e.custom)
try:
    raise e
except ValueError as caught:
    print(caught.custom, caught is e)
class E(Exception):
    pass
x = E()
x.args = (1, 2)
print(str(x), repr(x))
