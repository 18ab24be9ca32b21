import sys
sys.path.insert(0, 'mods')
import pkg.sub
print(pkg.__name__, pkg.sub.__name__, hasattr(pkg, 'sub'))
print(sorted(k for k in sys.modules if k.startswith('pkg')))
