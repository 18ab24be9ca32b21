text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip('.,').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(freq), top)
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(''.join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
print(f'{sum(map(len, words)) / len(words):.3f}')
