def noisy(v):
    print('check', v)
    return v
print(any(noisy(x) for x in [0, 0, 1, 1]))
print(all(noisy(x) for x in [1, 1, 0, 1]))
print(any([]), all([]), any(x > 5 for x in range(10)), all(isinstance(x, int) for x in [1, 2, 'a']))
