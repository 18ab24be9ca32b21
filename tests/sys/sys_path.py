import sys
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
sys.path.append('/tmp/nonexistent_dir')
print(sys.path[-1])
sys.path.pop()
