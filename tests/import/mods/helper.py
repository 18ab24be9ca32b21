# Helper module for the import tests.
print('helper imported')
VALUE = 42
items = [1, 2, 3]
def greet(name):
    return 'hello ' + name
class Widget:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'Widget({self.n})'
_private = 'hidden'
if __name__ == '__main__':
    print('helper run as main')
else:
    print('helper __name__ is', __name__)
