s = 'abc'
print(format(s, '5') + '|', format(s, '>5'), format(s, '^6') + '|', format(s, '-<5'), format(s, '.1'))
print('{0}{1}{0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2), '{}{}'.format(1, 2))
print('{0[1]}'.format([5, 6]), '{0[k]}'.format({'k': 'v'}), '{0.real}'.format(3))
print('{!r:>8}'.format('q'), '{:{}}'.format('w', 4) + '|', '{:{fill}>{w}}'.format(1, fill='.', w=5))
print('%s %r %d %5.2f %-4d| %x %o %e %%' % ('s', 's', 3, 2.345, 7, 255, 8, 1.5))
print('%(a)s-%(b)03d' % {'a': 'A', 'b': 5}, '%c%c' % (65, 'B'), '%+d % d' % (3, 3))
for bad in [lambda: '{'.format(), lambda: '{0}'.format(), lambda: '{x}'.format(), lambda: format('s', 'd'),
            lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '{:=}'.format('a')]:
    try:
        print(bad())
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
class C:
    def __format__(self, spec):
        return 'C<' + spec + '>'
print(format(C(), 'xyz'), f'{C():abc}', '{:q}'.format(C()))
