import sys
n = sys.stdout.write('written directly\n')
print(n)
sys.stdout.write('no newline')
sys.stdout.write(' then newline\n')
print('print after write')
sys.stderr.write('to stderr\n')
