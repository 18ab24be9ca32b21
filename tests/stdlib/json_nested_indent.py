import json
tree = {'root': [{'id': i, 'kids': [{'id': i * 10 + j} for j in range(i)]} for i in range(3)]}
print(json.dumps(tree, indent=2))
print(json.dumps(tree, separators=(',', ':')))
print(json.loads(json.dumps(tree, indent=1)) == tree)
print(json.dumps([[[]]], indent=2), json.dumps({'a': [{}]}, indent=None))
print(json.dumps('\u2028\x7f\x1f'), json.dumps(['\u00ff'], ensure_ascii=False))
