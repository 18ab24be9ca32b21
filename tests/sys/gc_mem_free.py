# gc.mem_free()/mem_alloc() exist only in CircuitPython/Copper: see .py.exp.
import gc
gc.collect()
free = gc.mem_free()
alloc = gc.mem_alloc()
print(free > 0, alloc > 0, isinstance(free, int))
big = [0] * 1000
print(gc.mem_alloc() > alloc)
del big
gc.collect()
print('ok')
