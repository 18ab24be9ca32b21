def describe(name, age=0, *, city='?'):
    return f'{name}/{age}/{city}'
print(describe('a'), describe('b', 3), describe(name='c', city='x'), describe(age=5, name='d'))
print(describe('e', city='y', age=9))
def total(**amounts):
    return sum(amounts.values())
print(total(), total(a=1, b=2.5))
print(sorted('bca', reverse=True), int('ff', base=16), ' '.join(['a'], ) if True else '')
print(dict(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1], reverse=True)))
