import gc
total = 0
for round_ in range(50):
    tmp = [str(i) * 3 for i in range(500)]
    total += len(tmp)
    if round_ % 10 == 0:
        gc.collect()
print(total)
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
for r in range(20):
    head = None
    for i in range(1000):
        head = Node(i, head)
count = 0
while head:
    count += 1
    head = head.nxt
print(count)
