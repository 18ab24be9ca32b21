import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
print(t.tm_wday, t.tm_yday)
print(tuple(t)[:8])
print(len(t), t[0], t[-3])
t2 = time.gmtime(86400 * 365 + 3661)
print(tuple(t2)[:8])
t3 = time.gmtime(951782400)
print(t3.tm_year, t3.tm_mon, t3.tm_mday, t3.tm_yday, t3.tm_wday)
t4 = time.gmtime(1700000000)
print(tuple(t4)[:8])
y, m, d = t4[:3]
print(y, m, d)
