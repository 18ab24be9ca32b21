x = 'module'
def read():
    return x
def shadow():
    x = 'function'
    return x
def use_global():
    global x
    x = 'modified'
print(read(), shadow(), x)
use_global()
print(x)
def enclosing():
    y = 'enclosing'
    def reads():
        return y
    y = 'rebound'
    return reads()
print(enclosing())
for loop_var in range(3):
    pass
print(loop_var)
if True:
    block_var = 'visible'
print(block_var)
