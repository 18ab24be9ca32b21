inventory = {'apples': 3, 'pears': 0, 'kiwis': 12}
for k in inventory:
    print(k, inventory[k])
for k, v in sorted(inventory.items(), key=lambda kv: kv[1]):
    print(k, v)
print([k for k, v in inventory.items() if v], sum(inventory.values()), max(inventory, key=inventory.get))
inverted = {v: k for k, v in inventory.items()}
print(inverted)
for k in list(inventory):
    if inventory[k] == 0:
        del inventory[k]
print(inventory)
print(dict(sorted(inventory.items())), list(enumerate(inventory)))
