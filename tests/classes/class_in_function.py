def make_class(base_val):
    class Inner:
        val = base_val
        def get(self):
            return self.val + base_val
    return Inner
A = make_class(1)
B = make_class(10)
print(A().get(), B().get(), A is B, A.__name__)
print(A.__qualname__)
