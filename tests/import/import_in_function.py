import sys
sys.path.insert(0, 'mods')
def use():
    import counter_mod
    return counter_mod.bump()
print(use(), use())
try:
    counter_mod
except NameError as e:
    print(e)
def use2():
    from counter_mod import bump
    return bump()
print(use2())
