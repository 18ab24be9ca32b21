print(callable(type), callable(object), callable(len), callable(str.upper), callable('a'.upper))
print(callable(None), callable(1.5), callable([]), callable(()), callable(range))
class A:
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
print(callable(A.s), callable(A.c), callable(A().s), callable(A.__init__))
