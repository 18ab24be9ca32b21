# copper: args --board pybadge --virtual-time --run-for 3s
# The serial console on board.DISPLAY: with no root_group of the
# program's own, the display shows what the program prints in the
# built-in font (scale 1 on this 160x128 panel: 26 columns), wrapping
# long lines at the right edge and scrolling up when the screen is full.
# The traceback comes from a small program compiled as "code.py", so the
# file name it shows is the same wherever the test runs. (Copper builds
# board.DISPLAY, and so the console on it, when the program first uses
# it.)
# The image must show, white on black: blank rows at the top (the status
# bar), then the last eight rows of the output, wrapped at 26 columns:
# '  File "code.py", line 5,' / 'in <module>' / '  File "code.py", line 3,'
# / 'in average' / 'ZeroDivisionError: integer' / ' division or modulo by
# zer' / 'o' / 'Still running', and an empty row below (the cursor's).
import sys
import time
import traceback
import board

display = board.DISPLAY
print("Hello from the console!")
for i in range(1, 4):
    print("line %d: %s" % (i, "*" * i))
print("A long line wraps at the right edge of the screen.")
CODE = """
def average(values):
    return sum(values) // len(values)
try:
    average([])
except ZeroDivisionError as e:
    traceback.print_exception(e, file=sys.stdout)
"""
exec(compile(CODE, "code.py", "exec"))
print("Still running")
while True:
    time.sleep(1)
