class Greeter:
    def greet(self):
        return 'hello'
g = Greeter()
print(g.greet())
Greeter.greet = lambda self: 'patched'
print(g.greet())
def loud(self):
    return 'LOUD ' + type(self).__name__
Greeter.loud = loud
print(g.loud())
g.greet = lambda: 'instance-level'
print(g.greet(), Greeter().greet())
