import sys
sys.path.insert(0, 'mods')
import helper as h
import counter_mod as c1
import counter_mod as c2
print(h.VALUE, c1 is c2)
c1.bump(); c2.bump()
print(c1.count, c2.count)
from counter_mod import count
print(count)
c1.bump()
print(count, c1.count)
