for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\t', 'nl\n', 'cr\r', 'bs\\', 'nul\x00', 'bell\x07', 'del\x7f', 'é', '\u200b', '😀', '\x80', '\xa0', '\xff']:
    print(repr(s))
print(ascii('é😀'), ascii('plain'))
