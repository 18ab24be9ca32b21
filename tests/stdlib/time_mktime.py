import time
for secs in [0, 1000, 86400 * 31, 1234567890, 1700000000]:
    lt = time.localtime(secs)
    back = time.mktime(lt)
    print(secs, int(back) == secs, type(back).__name__)
lt = time.localtime(0)
print(len(tuple(lt)) >= 9, lt.tm_year in (1969, 1970))
print(type(time.time()).__name__, time.time() > 1600000000)
