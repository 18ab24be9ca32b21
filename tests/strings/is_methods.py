samples = ['abc', 'ABC', 'aBc', '123', '12.5', 'abc123', '', ' ', '\t\n', 'Hello World', '²', 'ⅷ', 'é', '_id', 'id_1', '1abc']
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
