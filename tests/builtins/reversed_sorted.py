print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('bca'), sorted([1, -2, 3], key=abs))
print(list(reversed({'a': 1, 'b': 2})), sorted({'b': 1, 'a': 2}.items()))
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(e)
