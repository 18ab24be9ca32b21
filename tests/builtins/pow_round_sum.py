print(pow(2, 8), pow(2, 8, 5), pow(2.5, 2), pow(10, -2), round(2.5), round(3.14159, 2), round(-0.5))
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(1000)), sum((1.5, 2.5)))
print(sum([1, 2], start=100), sum(x * x for x in range(4)), sum([True, True, False]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
