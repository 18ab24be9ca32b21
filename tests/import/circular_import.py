import sys
sys.path.insert(0, 'mods')
import cyc_a
print(cyc_a.A_NAME, cyc_a.from_b(), cyc_a.cyc_b.from_a())
