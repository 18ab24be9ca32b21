def outer(n):
    def walk(k):
        if k == 0:
            return [0]
        return walk(k - 1) + [k]
    return walk(n)
print(outer(5))
def flatten(x):
    out = []
    def go(y):
        for e in y:
            if isinstance(e, list):
                go(e)
            else:
                out.append(e)
    go(x)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
