class Base:
    def area(self):
        raise NotImplementedError('subclass must implement')
class Square(Base):
    def area(self):
        return 4
for s in [Base(), Square()]:
    try:
        print(s.area())
    except NotImplementedError as e:
        print('NotImplementedError', e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print('is a RuntimeError', repr(e))
