import json
for s in ['1', '-0', '-12.5e2', '1E-2', '3.0', 'true', 'false', 'null', '"x"',
          '[]', '{}', ' [1, "a", null, true] ', '{"a": {"b": [1, {"c": 2}]}}',
          '"\\u00e9\\n\\t\\"\\\\\\/"', '"\\ud83d\\ude00"', '12345678901234567890123',
          'NaN', 'Infinity', '-Infinity', '[1.5e300, -2]']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
print(json.loads(b'[1, 2]'), json.loads(bytearray(b'{"k": "v"}')))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('1.5', parse_float=str), json.loads('7', parse_int=float))
print(json.loads('[1, 2]', object_hook=None), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
