# Copper: the match statement is a SyntaxError (not listed in docs/differences.md).
def classify(v):
    match v:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return 'neg'
        case [x, y]:
            return f'pair {x},{y}'
        case [x, *rest]:
            return f'list head {x} rest {rest}'
        case {'type': 'pt', 'x': x}:
            return f'pt {x}'
        case str() | bytes():
            return 'text'
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, -3, 5, [1, 2], [1, 2, 3], {'type': 'pt', 'x': 9, 'z': 0}, 'hi', b'x', None, 2.5]:
    print(repr(v), classify(v))
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
for p in [Pt(0, 0), Pt(1, 0), Pt(2, 3)]:
    match p:
        case Pt(0, 0):
            print('origin')
        case Pt(x, 0):
            print('on x', x)
        case Pt(x=x, y=y):
            print('at', x, y)
