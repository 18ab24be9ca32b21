data = {'users': [{'name': 'ann', 'tags': ['a', 'b']}, {'name': 'bo', 'tags': []}], 'count': 2}
print(data)
print(data['users'][0]['tags'][1], len(data['users'][1]['tags']))
data['users'].append({'name': 'cy', 'tags': ['z']})
print([u['name'] for u in data['users'] if u['tags']])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[1] for row in grid], list(zip(*grid)))
deep = {'count': data['count']}
print(deep)
