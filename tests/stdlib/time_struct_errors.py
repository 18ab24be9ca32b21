import time
t = time.gmtime(0)
try:
    t.tm_year = 2000
except AttributeError as e:
    print('AttributeError')
try:
    t[9]
except IndexError as e:
    print('IndexError', e)
print(t == time.gmtime(0), t != time.gmtime(1))
print(time.gmtime(59).tm_sec, time.gmtime(60).tm_min)
try:
    time.gmtime('x')
except TypeError as e:
    print('TypeError')
print(time.gmtime(1.9).tm_sec)
print(list(time.gmtime(0))[:6])
