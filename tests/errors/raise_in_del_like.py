def cleanup(resources):
    errors = []
    for r in resources:
        try:
            if r < 0:
                raise ValueError(f'bad resource {r}')
            print('released', r)
        except ValueError as e:
            errors.append(str(e))
    return errors
print(cleanup([1, -2, 3, -4]))
