try:
    {}['k']
except KeyError:
    print('handling')
    raise TypeError('during handling')
