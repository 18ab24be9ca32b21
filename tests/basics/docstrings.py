def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring."""
    def m(self):
        """Method docstring."""
print(f.__doc__, C.__doc__, C.m.__doc__, f())
def g():
    x = 1
    """not a docstring"""
    return x
print(g.__doc__)
