print(format(42), format(42, 'd'), format(42, '>6'), format(3.14159, '.2f'), format('hi', '^6'))
print(format(1234567, ','), format(0.5, '.0%'), format(255, '#x'), format(True), format(None))
class F:
    def __format__(self, spec):
        return f'F[{spec}]'
print(format(F(), 'xyz'), f'{F():abc}', '{:q}'.format(F()))
try:
    format(1, 'q')
except ValueError as e:
    print(e)
try:
    format('s', 'd')
except ValueError as e:
    print(e)
