from circ import x
VAL = "y"
def get():
    return x.VAL
