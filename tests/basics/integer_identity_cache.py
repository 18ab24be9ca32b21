a = 256
b = 256
print(a == b, a + 0 == b)
x = [1, 2, 3]
y = x
y.append(4)
print(x is y, x)
s = 'abc'
t = s
s += 'd'
print(s, t, s is t)
