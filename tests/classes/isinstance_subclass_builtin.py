class MyList(list):
    pass
class MyDict(dict):
    pass
ml = MyList([3, 1, 2])
md = MyDict(a=1)
print(isinstance(ml, list), type(ml) is list, ml, sorted(ml), ml + [4], type(ml + [4]).__name__)
print(isinstance(md, dict), md, md['a'], len(md), list(md.items()))
ml.sort()
print(ml, ml[0], ml[-1], ml[1:], type(ml[1:]).__name__)
print(MyList.__mro__[1].__name__, issubclass(MyDict, dict))
