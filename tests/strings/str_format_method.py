print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Bob', age=30))
print('{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
class P:
    x = 3
print('{0.x} {p.x}'.format(P(), p=P()))
print('{!r} {!s}'.format('q', 'q'), '{0!r:>6}'.format('q'))
print('{{}} {}'.format(1))
print('{:{w}}|'.format('a', w=4), '{:>{}}|'.format('b', 3))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    '{x}'.format()
except KeyError as e:
    print('KeyError', e)
print('{0} {x}'.format_map if False else 'skip', '{a}-{b}'.format_map({'a': 1, 'b': 2}))
