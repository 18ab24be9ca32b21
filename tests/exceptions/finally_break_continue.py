for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print('f', i)
print('i =', i)
def loop_ret():
    for i in range(3):
        try:
            return i
        finally:
            print('cleanup', i)
print(loop_ret())
while True:
    try:
        break
    finally:
        print('while finally')
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return 'not reached'
try:
    f()
except ValueError as e:
    print('escaped', e)
