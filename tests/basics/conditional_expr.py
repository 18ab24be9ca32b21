for i in range(4):
    print('even' if i % 2 == 0 else 'odd', i)
x = 1 if True else 1 / 0
print(x)
y = 'a' if 0 else 'b' if 0 else 'c'
print(y)
f = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([f(n) for n in (-1, 0, 1)])
print((lambda: 5 if False else 6)())
