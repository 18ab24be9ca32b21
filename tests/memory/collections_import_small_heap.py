# copper: args --heap 48k
# collections' Python half (namedtuple, OrderedDict, defaultdict, Counter)
# is frozen, not compiled at import: importing it fits a small board's
# heap (compiling it needed over 100 KB) and keeps under 24 KB.
import gc

gc.collect()
before = gc.mem_alloc()
from collections import Counter, OrderedDict, defaultdict, namedtuple

gc.collect()
print("import kept under 24 KB:", gc.mem_alloc() - before < 24 * 1024)
Reading = namedtuple("Reading", ("x", "y", "z"))
r = Reading(1, 2, z=3)
print(r, r.z, type(r).__module__, OrderedDict.__module__)
d = defaultdict(list)
d["a"].append(1)
print(dict(d), Counter("abca").most_common(1))
