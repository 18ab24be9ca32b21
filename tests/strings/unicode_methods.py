s = 'Ärger Über Öl straße ÉCOLE'
print(s.lower(), s.upper(), s.title(), s.swapcase())
print(len(s), s.find('Ö'), s.count('e'), s.split(), s.encode('utf-8')[:8])
print('ǅungla'.title(), 'ﬁsh'.upper(), 'İ'.lower(), len('İ'.lower()))
print('αβγ'.upper(), 'ΑΒΓ'.lower(), 'Σ'.lower(), 'ΌΣΟΣ'.lower())
print(sorted('Ωαβ'), max('日本'), 'é'.isalpha(), '٣'.isdecimal(), '½'.isnumeric(), '½'.isdigit())
