# a comment
x = 1  # trailing comment
y = (1 +
     2)
z = 1 + \
    3
l = [
    1,
    2,  # inside
]
if x: print('one-line if')
for i in range(2): print('one-line for', i)
a = 1; b = 2; print(a + b)
print(x, y, z, l)
"""docstring-like expression"""
print('end')
