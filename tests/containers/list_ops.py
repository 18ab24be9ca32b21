a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, 2 * [None], [] * 5)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 100])
print(len(a), 2 in a, 5 not in a, a[-1], a[::-1], min(a), max(a), sum(a))
print(list(), list('ab'), list((1, 2)), list(range(3)), list({'k': 1}))
b = a
b += [9]
print(a, a is b)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2))
nested = [1, 2]
nested.append(nested)
print(nested)
