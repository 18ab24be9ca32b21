from .. import sib
from ... import top
B = "b" + sib.S + str(top)
