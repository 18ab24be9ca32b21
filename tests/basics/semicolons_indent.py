def f(x):
	return x * 2
class K:
        def m(self):
                    return 'deep'
print(f(3), K().m())
if 1:
  if 2:
   print('mixed indent levels')
