import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], t[-1], t[1:3], len(t))
print(tuple(t), list(t) == list(tuple(t)), t == tuple(t), hash(t) == hash(tuple(t)))
y, m, d, *rest = t
print(y, m, d, rest)
print(time.gmtime(1e9))
print(time.gmtime(-1.5))
print(time.gmtime(951782400))   # 2000-02-29
print(time.gmtime(4102444800))  # 2100-01-01
print(time.gmtime(-2208988800)) # 1900-01-01
print(time.gmtime(1709251199))  # 2024-02-29 23:59:59
for secs in (0, 1, 86399, 951782400, 1700000000, -86400 * 365, 253402300799):
    assert time.mktime(time.gmtime(secs)) == secs, secs
print(time.mktime((2000, 13, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2000, 1, 32, 25, 61, 61, 0, 0, 0)))
print(time.mktime((1999, 0, 1, 0, 0, 0, 0, 0, 0)))
st = time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, -1))
print(st, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9, 'X', 5]).tm_zone)
print(t < (1970, 1, 2), t > (1969,), st != t, 1970 in t, 99 in t)

def err(f, *a):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def setit():
    t[0] = 1

err(setit)
err(lambda: t[20])
err(time.struct_time, (1, 2, 3))
err(time.struct_time, tuple(range(12)))
err(time.struct_time, 5)
err(time.sleep, -1)
err(time.sleep, 'x')
err(time.sleep, None)
err(time.sleep, float('nan'))
err(time.gmtime, 'x')
err(time.gmtime, 1e30)
err(time.gmtime, float('nan'))
err(time.gmtime, 10 ** 30)
err(time.mktime, 'x')
err(time.mktime, (1, 2))

a = time.monotonic()
b = time.monotonic_ns()
time.sleep(0.02)
time.sleep(0)
c = time.monotonic()
print(type(a).__name__, type(b).__name__, c - a >= 0.02, time.monotonic_ns() - b >= 20000000)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
lt = time.localtime()
print(type(lt) is time.struct_time, len(lt), lt.tm_year >= 2024, time.localtime(None) >= lt)
print(time.gmtime(None).tm_year >= 2024)
