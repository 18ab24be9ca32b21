print('before the error')
def fail():
    raise ValueError('this is uncaught')
print('still before')
fail()
print('never printed')
