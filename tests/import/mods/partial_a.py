import partial_b
def later():
    return 'later'
