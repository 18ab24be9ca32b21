import time
a = time.monotonic()
total = 0
for i in range(20000):
    total += i
b = time.monotonic()
print(total, b >= a, type(a).__name__)
n1 = time.monotonic_ns()
n2 = time.monotonic_ns()
print(n2 >= n1, type(n1).__name__)
time.sleep(0.01)
c = time.monotonic()
print(c - b >= 0.009)
time.sleep(0)
print(time.monotonic() >= c)
