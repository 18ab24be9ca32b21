def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for ch in s:
        if ch in '([{':
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ['()', '([]{})', '(]', '((', '', '{[()()]}']:
    print(repr(s), balanced(s))
def bfs(graph, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
g = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['a'], 'e': []}
print(bfs(g, 'a'))
