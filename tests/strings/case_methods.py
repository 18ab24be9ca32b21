s = 'hello World ßtraße'
print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print('ABC'.lower(), 'abc'.upper(), "they're bill's".title())
print('hello'.capitalize(), 'HELLO'.capitalize(), ''.upper())
print('a1b2'.upper(), 'ǅ'.lower(), 'ǆ'.upper())
print('Hello World'.istitle(), 'hello'.islower(), 'HELLO'.isupper(), 'Hello'.isupper(), '123'.islower())
