class MyError(Exception):
    pass
for i in range(3):
    print('iteration', i)
raise MyError('custom uncaught')
