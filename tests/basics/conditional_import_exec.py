flag = True
if flag:
    def f():
        return 'first f'
else:
    def f():
        return 'second f'
print(f())
for name in ['one', 'two']:
    exec(f'{name}_var = "{name} value"')
print(one_var, two_var)
code = 'result = sum(range(10))'
ns = {}
exec(code, ns)
print(ns['result'])
