lc = [x * 2 for x in range(5)]
gc = (x * 2 for x in range(5))
print(type(lc).__name__, type(gc).__name__, lc, list(gc), list(gc))
print(sum([x for x in range(10)]), sum(x for x in range(10)))
print(len([None for _ in range(7)]), any(x > 3 for x in lc))
