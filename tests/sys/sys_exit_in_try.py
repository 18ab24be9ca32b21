import sys
def stop():
    sys.exit(2)
try:
    stop()
except SystemExit as e:
    print('code', e.code)
finally:
    print('finally')
print('after')
