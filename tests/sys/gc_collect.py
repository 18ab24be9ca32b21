import gc
print(callable(gc.collect))
gc.collect()
junk = [[i] * 10 for i in range(100)]
del junk
gc.collect()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
