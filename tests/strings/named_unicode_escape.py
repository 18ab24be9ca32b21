# \N{...} escapes need the Unicode name table.
print('\N{GREEK SMALL LETTER ALPHA}', '\N{BULLET}', '\N{EURO SIGN}')
print(len('\N{BULLET}'), '\u2022' == '\N{BULLET}', ord('\N{LATIN SMALL LETTER E WITH ACUTE}'))
print('\N{SNOWMAN}'.encode('utf-8'), 'a\N{SPACE}b')
