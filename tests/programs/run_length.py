def encode(s):
    if not s:
        return []
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out
def decode(pairs):
    return ''.join(ch * n for ch, n in pairs)
for s in ['aaabccdddd', '', 'abc', 'zzzzzzzzzz', 'aabbaa']:
    enc = encode(s)
    text = ''.join(f'{n}{c}' for c, n in enc)
    print(repr(s), enc, text, decode(enc) == s)
