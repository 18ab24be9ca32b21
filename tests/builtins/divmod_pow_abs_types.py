print(type(divmod(7, 2)).__name__, type(divmod(7.0, 2)[0]).__name__, type(abs(-2)).__name__, type(abs(-2.0)).__name__)
print(type(pow(2, 3)).__name__, type(pow(2, -1)).__name__, type(pow(2.0, 2)).__name__, type(round(2.5)).__name__)
print(abs(-2 ** 70), divmod(-2 ** 70, 3), pow(-2, 71))
