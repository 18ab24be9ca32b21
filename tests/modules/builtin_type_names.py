# Built-in types with a dotted CPython name: __name__/__qualname__ is the
# part after the last dot, __module__ the part before; repr and error
# messages keep the full name. Files repr as CPython's _io objects.
import array
import collections
import io
import os
import re
import struct
import sys
import time

types = [collections.deque, array.array, struct.Struct, time.struct_time,
         io.StringIO, io.BytesIO, io.TextIOWrapper, io.BufferedReader,
         io.BufferedWriter, re.Pattern, re.Match, os.stat_result,
         type(iter(collections.deque())), type(sys.stdout), int, type(None)]
for t in types:
    print(repr(t), t.__name__, t.__qualname__, t.__module__)

try:
    collections.deque().nothing
except AttributeError as e:
    print(e)
try:
    array.array('b').nothing
except AttributeError as e:
    print(e)


class MyDeque(collections.deque):
    pass


print(MyDeque.__name__, MyDeque.__module__, MyDeque.__bases__)

# open()'s default encoding is the locale's: CPython spells it 'UTF-8' in a
# UTF-8 locale but 'utf-8' in the C locale (UTF-8 mode), so the test hides it.
with open('builtin_type_names.py') as f:
    print(repr(f).replace(f.encoding, 'ENC'), f.encoding.lower())
print(repr(f).replace(f.encoding, 'ENC'))
with open('builtin_type_names.py', encoding='utf-8') as f:
    print(f, f.encoding)
with open('builtin_type_names.py', 'rb') as f:
    print(f)
print(sys.stdout, sys.stdout.encoding)
for enc, mode in [(3, 'r'), ('utf-8', 'rb')]:
    try:
        open('no such file', mode, encoding=enc)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
