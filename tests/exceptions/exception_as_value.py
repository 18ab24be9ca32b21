def risky(n):
    if n % 3 == 0:
        raise ValueError(f'bad {n}')
    return n
results = []
errors = []
for n in range(7):
    try:
        results.append(risky(n))
    except ValueError as e:
        errors.append(e)
print(results, [str(e) for e in errors], [type(e).__name__ for e in errors])
e = errors[0]
try:
    raise e
except ValueError as again:
    print(again is e, again.args)
