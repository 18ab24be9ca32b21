s = 'hello'
t = s.replace('l', 'L')
print(s, t)
u = s
s = s + '!'
print(s, u)
chars = list(u)
chars[0] = 'J'
print(''.join(chars), u)
print(u.upper() is not u, u[:] == u, u[0:5] == u)
