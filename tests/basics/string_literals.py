print('single', "double")
print('''triple
single''')
print("""triple
double""")
print('it\'s', "say \"hi\"")
print('tab\there', 'nl\\n')
print(r'raw\n\t', R"raw2\\")
print('a' 'b' "c")
print('\x41\u00e9\u03b1\101')
print(len('\n'), len(r'\n'))
s = ('implicit '
     'concat')
print(s)
print('\u20ac', '\U0001F600'.encode('utf-8'))
