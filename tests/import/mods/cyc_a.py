import cyc_b
A_NAME = 'a'
def from_b():
    return cyc_b.B_NAME
