assert True
assert 1 == 1, 'never'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], {'k': 1}
except AssertionError as e:
    print(e.args)
