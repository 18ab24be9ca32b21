log = []
def inner():
    try:
        log.append('inner try')
        raise ValueError('x')
    finally:
        log.append('inner finally')
def middle():
    try:
        inner()
    finally:
        log.append('middle finally')
def outer():
    try:
        middle()
    except ValueError:
        log.append('outer except')
    finally:
        log.append('outer finally')
outer()
print(log)
