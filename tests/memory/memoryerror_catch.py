# copper: skip-tiny-heap the allocation size depends on the heap; covered by big_list
try:
    x = [0] * (2 ** 62)
except MemoryError:
    print('MemoryError caught')
except OverflowError:
    print('OverflowError caught')
print('recovered')
