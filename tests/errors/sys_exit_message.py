import sys
print('exit with message goes to stderr, status 1')
sys.exit('fatal problem')
