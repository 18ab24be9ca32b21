import json
data = {'name': 'sensor', 'values': [0, -1, 2.5, 1e-7, 12345678912345], 'ok': True,
        'none': None, 'nested': {'list': [[], [{}], 'x'], 'str': 'tab\there'},
        'unicode': 'caf\u00e9 \u2603'}
s = json.dumps(data, sort_keys=True)
print(s)
back = json.loads(s)
print(back == data, sorted(back))
s2 = json.dumps(data, indent=3, sort_keys=True, ensure_ascii=False)
print(json.loads(s2) == data, s2.count('\n'))
for v in [0.1, 1 / 3, 2 ** 53 + 1, -1e-300, 123.456]:
    print(v, json.loads(json.dumps(v)) == v, json.dumps(v))
import io
f = io.StringIO()
json.dump([1, {'a': 'b'}], f)
print(f.getvalue())
f.seek(0)
print(json.load(f))
