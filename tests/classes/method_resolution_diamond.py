class Root:
    def hello(self):
        return ['Root']
class L(Root):
    def hello(self):
        return ['L'] + super().hello()
class R(Root):
    def hello(self):
        return ['R'] + super().hello()
class Bottom(L, R):
    def hello(self):
        return ['Bottom'] + super().hello()
print(Bottom().hello())
print([c.__name__ for c in Bottom.__mro__])
class M1: pass
class M2: pass
class Mix(M1, L, M2):
    pass
print([c.__name__ for c in Mix.__mro__])
