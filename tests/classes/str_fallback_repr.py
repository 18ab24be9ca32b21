class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr!'
class OnlyStr:
    def __str__(self):
        return 'OnlyStr!'
print(str(OnlyRepr()), repr(OnlyRepr()), f'{OnlyRepr()}', '%s' % OnlyRepr())
print(str(OnlyStr()), repr(OnlyStr())[:10], [OnlyRepr()])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
