def none_ret():
    pass
def early(x):
    if x:
        return 'early'
    return 'late'
def multi():
    return 1, 2, 3
def bare():
    return
print(none_ret(), early(1), early(0), multi(), bare())
a, b, c = multi()
print(a + b + c)
def in_loop():
    for i in range(10):
        if i == 4:
            return i
print(in_loop())
