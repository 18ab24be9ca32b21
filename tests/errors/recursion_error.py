def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError caught')
    print(isinstance(e, RuntimeError))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
print('still alive', down.__name__)
