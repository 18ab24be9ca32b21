# copper: args --heap 32k
# re's and json's Python halves (re.error and RegexFlag; JSONDecodeError,
# JSONEncoder, JSONDecoder) are frozen, not compiled at import: both
# imports fit a 32 KB heap (compiling json's half there raised
# MemoryError) and each keeps under 8 KB.
import gc

gc.collect()
before = gc.mem_alloc()
import re

gc.collect()
print("re kept under 8 KB:", gc.mem_alloc() - before < 8 * 1024)
before = gc.mem_alloc()
import json

gc.collect()
print("json kept under 8 KB:", gc.mem_alloc() - before < 8 * 1024)
print(re.I | re.M, re.compile("a", re.S).flags, re.error.__module__)
try:
    re.compile("a(b")
except re.error as e:
    print(type(e).__name__, e.msg, e.pos, e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(type(e).__name__, e.lineno, e.colno, e)
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": [1.5, None]}))
print(json.JSONDecoder().decode("[1, 2]"))
