def f():
    pass
class C:
    pass
for i in range(2):
    pass
if True:
    pass
print(f(), C.__name__, i)
try:
    pass
except:
    pass
print('end')
