import json
print(json.dumps(1), json.dumps(-0.5), json.dumps(1e100), json.dumps(3.0))
print(json.dumps(10 ** 30), json.dumps(True), json.dumps(None))
print(json.dumps('a"b\\c\n\t\x01'))
print(json.dumps('h\u00e9llo \u4e2d'), json.dumps('h\u00e9llo \u4e2d', ensure_ascii=False))
print(json.dumps('\U0001f600'))
print(json.dumps((1, 2)), json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({1, 2} if False else object())
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0][:30])
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
print(json.dumps(object(), default=lambda o: 'custom'))
