names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
people = dict(zip(names, ages))
print(people)
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(f'{i}. {n} is {a}')
print(sorted(people, key=people.get), list(zip(*people.items())))
print(max(zip(ages, names)), min(zip(ages, names))[1])
