print(int(), int('0'), int(-0.9), int(0.9), int(' 7\n'))
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 7
print(int(HasInt()), int(HasIndex()), bin(HasIndex()), [0, 1, 2, 3, 4, 5, 6, 7, 8][HasIndex()])
print(int('１２３'), int('٣'))
print(isinstance(True, int), int.__name__, (5).__class__.__name__)
