class G:
    def __init__(self):
        self.x = 5
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
g = G()
print(g.x, g.secret)
try:
    g.missing
except AttributeError as e:
    print('AttributeError', e)
