def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def dflt(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']
print(dflt(), dflt(), dflt({}))
