import json

def t(s, **k):
    try:
        print(repr(json.loads(s, **k)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', ' ', '[', '{', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":}', '[1 2]', '01', '1.', '-',
          '-a', '1e', '1e+', '1.5e3x', '"abc', '"a\\qb"', '"\\u12"', '"\\u12x4"', '"a\x01b"',
          'nul', 'NaN', '-Infinity', 'Infinity', '[1,\n2,\n  x]', '\ufeff[]',
          '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83dx"', '"\\u00e9\\n\\/"', '"\\ud83d\\u12"',
          '{"a":[1,{"b":null}],"c":true}', '  3  ', '3 4', '[]]', '"\\', '"\\u1234',
          '"\\ud800\\u12"', '1E5', '-0', '-0.0', '12345678901234567890123', '"é" x',
          '[1.5, -2e-3, 0.25E+2, 1e400]', '{"a": 1, "a": 2}', '"\\t\\r\\b\\f\\"\\\\"',
          '[true, false, null]', 'true false', '{"é": "ü€😀"}', '"😀" !', '\n\t[ ]\r\n',
          '[1,\n "a\x02"]', '{"a":1 "b":2}', '{1:2}', '[-]', '2.', '.5', '+1', 'tru', '[NaN,]']:
    t(s)
t('[1.5, 2]', parse_float=str, parse_int=lambda x: int(x) * 2)
t('{"a":1}', object_hook=lambda d: sorted(d))
t('{"a":1, "b":2}', object_pairs_hook=list)
t('{"a": {"b": 1}}', object_pairs_hook=tuple)
t('[NaN, -Infinity]', parse_constant=lambda s: s)
t(b'[1]')
t(bytearray(b'{}'))
t(b'\xef\xbb\xbf[2]')
t('["\xe9"]'.encode())
t(5)
t(None)
t('"a\x01b"', strict=False)
t('[' * 5000 + ']' * 5000)
t('{"a":' * 5000 + '1' + '}' * 5000)
e = None
try:
    json.loads('[1,\n  x]')
except ValueError as ex:
    e = ex
print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc), e.args, isinstance(e, ValueError))
print(json.JSONDecoder().decode('[1]'), json.JSONDecoder(object_hook=len).decode('{"a":1}'))

class D(json.JSONDecoder):
    def decode(self, s):
        return ('custom', super().decode(s))

print(json.loads('[1]', cls=D))
err = json.JSONDecodeError('boom', 'ab\ncd', 4)
print(err, err.lineno, err.colno)

class R:
    def __init__(self, s):
        self.s = s
    def read(self):
        return self.s

print(json.load(R('{"k": [1, 2.0]}')), json.load(R('[]'), object_pairs_hook=dict))
data = {'name': 'x', 'vals': [1, 2.5, None, True], 'nested': {'e': [], 'o': {}}, 'u': 'é😀'}
print(json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent=3)) == data)
