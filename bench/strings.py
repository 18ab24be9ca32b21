# String building and common str methods.
def run(rounds):
    count = 0
    for r in range(rounds):
        parts = []
        for i in range(60):
            parts.append('item%d' % i)
        s = ','.join(parts)
        up = s.upper()
        count += len(up.split(','))
        count += s.count('item')
        count += len(s.replace('item', 'x'))
        if s.startswith('item0') and up.endswith('59'):
            count += 1
        count += up.find('ITEM42')
        words = f'{r} {s[:20]} {len(s)}'.split()
        count += len(words[1].strip('i'))
    return count


print(run(45000))
