for e in [Exception(), Exception(''), Exception(1), Exception('a', 1), Exception(None),
          Exception([1, 2]), ValueError('x'), KeyError(), KeyError(''), KeyError(0), IndexError('i')]:
    print(repr(str(e)), repr(e), e.args)
