class P:
    def __init__(self, x):
        self.x = x
objs = [P(i) for i in range(10000)]
print(len(objs), sum(o.x for o in objs))
tuples = [(i, i + 1) for i in range(10000)]
print(tuples[-1])
