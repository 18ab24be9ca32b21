s = 'Python'
if s.startswith('Py') and 'th' in s and len(s) > 3:
    print('matches')
if not s.islower():
    print('has upper')
name = ''
print(name or 'anonymous', s and s.upper())
print('yes' if 'x' not in s else 'no', s[0] if s else None)
