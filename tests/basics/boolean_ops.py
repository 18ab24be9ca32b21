print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', [] or None, None or 0)
print(not 0, not 1, not '', not 'a', not [], not None)
def t(v):
    print('t', v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(1) or t(2))
print(t(0) or t(0) or t(3))
x = [] and [1]
print(x)
print(True and 'yes' or 'no', False and 'yes' or 'no')
