import sys
for arg in [None, 0, 1, 'text', (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
