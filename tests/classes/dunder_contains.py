class Evens:
    def __contains__(self, x):
        print('contains', x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class R:
    def __contains__(self, x):
        return 1
print(5 in R())
