from . import y
VAL = "x"
def get():
    return y.VAL
