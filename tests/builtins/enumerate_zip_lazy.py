def gen():
    for i in range(3):
        print('yield', i)
        yield i
e = enumerate(gen())
print('created')
print(next(e))
z = zip(gen(), 'ab')
print(list(z))
m = map(lambda x: x * 10, gen())
print(next(m), list(m))
f = filter(lambda x: x != 1, gen())
print(list(f))
