# str patterns on non-ASCII text: positions count characters.
import re

s = 'Grüße aus Köln, 3 €'
print(re.findall(r'\w+', s))
m = re.search(r'K\w+', s)
print(m, m.span(), m.start(), m.end())
print(re.sub(r'ü|ö', lambda m: {'ü': 'ue', 'ö': 'oe'}[m.group()], s))
print(re.split(r'\s+', s))
print(re.findall(r'[à-ÿ]', 'àéîõü aeiou'))
print(re.match(r'ÉTÉ', 'été', re.I))
print(re.match(r'[é]', 'É', re.I), re.match(r'[^é]', 'É', re.I))
print(re.findall(r'(?i)straße', 'STRASSE Straße STRAẞE'))
print(re.search(r'€\s*(\d+)', 'Preis: € 42').group(1))
print(re.findall(r'.', '日本語'), re.match(r'日本', '日本語').span())
print(re.sub(r'(\w)(\w)', r'\2\1', 'αβγδ'))
print([m.span() for m in re.finditer(r'ö', 'öaöö')])
print(re.escape('naïve?'))
print(re.fullmatch(r'\w{5}', 'ñandú'), re.fullmatch(r'(?a)\w{5}', 'ñandú'))
print(re.search('é', 'a' * 50 + 'é').start())
print(re.compile('ß').search('xxßyy', 1, 3))
p = re.compile(r'(?P<ü>ü+)')
print(p.groupindex['ü'], p.match('üü').group('ü'))
print(re.findall(r'\u00e9', 'é'))
