def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))
def subsets(s):
    if not s:
        yield []
        return
    for sub in subsets(s[1:]):
        yield sub
        yield [s[0]] + sub
print(sorted(subsets([1, 2, 3])))
