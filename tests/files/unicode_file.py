import os
from _tmpname import tmpname
path = tmpname('unicode') + '.txt'
text = 'héllo wörld €\n日本語\n'
with open(path, 'w', encoding='utf-8') as f:
    f.write(text)
with open(path, 'rb') as f:
    raw = f.read()
print(len(raw), raw[:8])
with open(path, encoding='utf-8') as f:
    back = f.read()
print(back == text, len(back), back.splitlines())
os.remove(path)
