# JSON: dumps/loads of a nested document, many times.
import json
doc = {'sensors': [{'id': i, 'name': 'sensor%d' % i, 'values': [i * 0.5, -i, i * i],
                    'ok': i % 2 == 0, 'meta': None} for i in range(40)],
       'title': 'caf\u00e9 readings', 'count': 40}
total = 0
for i in range(1500):
    s = json.dumps(doc)
    back = json.loads(s)
    total += len(s) + back['count']
print(total, back == doc)
