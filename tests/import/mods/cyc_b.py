B_NAME = 'b'
def from_a():
    import cyc_a
    return cyc_a.A_NAME
