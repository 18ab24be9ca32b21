def first_match(items, pred):
    for i in items:
        if pred(i):
            yield i
            return
    yield None
print(list(first_match([1, 4, 6], lambda x: x % 2 == 0)))
print(list(first_match([1, 3], lambda x: x % 2 == 0)))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)), list(chunks('abcdefg', 2)))
