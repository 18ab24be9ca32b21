fns = [len, str.upper, abs, sorted]
print([f.__name__ for f in fns])
apply = {'len': len, 'max': max}
print(apply['len']('abcd'), apply['max'](1, 9))
print(list(map(len, ['a', 'bb'])), sorted(['bb', 'a'], key=len))
mylen = len
print(mylen([1, 2, 3]), len is mylen)
import builtins
print(builtins.len is len, builtins.max([1, 2]))
