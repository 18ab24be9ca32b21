# Nested loops with integer arithmetic.
def work(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7 - (i ^ j) & 3
        if total > 1000000:
            total -= 1000000
    return total


print(work(2600))
