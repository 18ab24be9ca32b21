import sys
print(hasattr(sys, 'stdin'), hasattr(sys, 'stdout'), hasattr(sys, 'stderr'))
print(callable(sys.stdout.write))
sys.stdout.write('%d items\n' % 3)
