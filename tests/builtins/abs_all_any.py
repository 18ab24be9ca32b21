print(abs(-3), abs(3.5), abs(-0.0), abs(-(2 ** 80)), abs(True), abs(-2.5e10))
print(all([]), all([1, 2]), all([1, 0]), all('abc'), all(x > 0 for x in [1, -1]))
print(any([]), any([0, '', None]), any([0, 'x']), any(iter([False, True])))
class A:
    def __abs__(self):
        return 'custom abs'
print(abs(A()))
