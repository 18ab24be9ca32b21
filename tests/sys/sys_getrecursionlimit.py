import sys
lim = sys.getrecursionlimit() if hasattr(sys, 'getrecursionlimit') else 1000
print(lim > 10)
