import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code, type(e).__name__)
try:
    raise SystemExit('msg')
except SystemExit as e:
    print('code', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('code', e.code)
try:
    exit_ = SystemExit(1, 2)
    raise exit_
except SystemExit as e:
    print('code', e.code)
print('continuing after catches')
try:
    sys.exit(0)
except Exception:
    print('not caught by Exception')
except BaseException:
    print('caught by BaseException')
