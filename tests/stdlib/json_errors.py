import json
bad = ['', '[', '[1,]', '{"a" 1}', '{"a": 1,}', 'tru', '"abc', '[1] x', '{1: 2}',
       '01', '"\\x"', '-', '[1 2]', '   ', '"\\u12"', 'nul', '{"a":}', '[,]', '\n\n  [1,\n  oops]']
for s in bad:
    try:
        json.loads(s)
        print('no error', repr(s))
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
