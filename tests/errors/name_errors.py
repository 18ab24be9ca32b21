try:
    print(undefined_var)
except NameError as e:
    print('NameError', e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print('NameError', e)
def g():
    print(local_before)
    local_before = 1
try:
    g()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
def h():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
try:
    h()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
print(issubclass(UnboundLocalError, NameError))
try:
    del never_defined
except NameError as e:
    print('NameError', e)
def k():
    def inner():
        return free
    free = 1
    del free
    return inner()
try:
    k()
except NameError as e:
    print('NameError', e)
