import json
obj = {'b': [1, 2.5, None], 'a': {'x': True, 'y': False}, 'c': 'hi'}
print(json.dumps(obj))
print(json.dumps(obj, sort_keys=True))
print(json.dumps(obj, indent=2, sort_keys=True))
print(json.dumps(obj, indent='\t', sort_keys=True))
print(json.dumps(obj, separators=(',', ':'), sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({'k': 1}, indent=1, separators=(',', ' = ')))
