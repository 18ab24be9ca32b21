stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list(range(5))
res = []
while queue:
    res.append(queue.pop(0))
    if len(res) == 2:
        queue.append(99)
print(res)
