s = """Line one
    indented line
Line three"""
print(s)
print(s.splitlines())
r = r'C:\new\table'
print(r, len(r))
print('a\
b')
print("""a\
b""")
print(r'\'', r"\"")
