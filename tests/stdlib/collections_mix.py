from collections import deque, Counter, OrderedDict, defaultdict, namedtuple
Entry = namedtuple('Entry', 'word count')
words = 'the cat and the hat and the bat'.split()
cnt = Counter(words)
entries = [Entry(w, n) for w, n in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))]
print(entries[:3])
recent = deque(maxlen=3)
for w in words:
    recent.append(w)
print(list(recent))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(sorted((k, sorted(v)) for k, v in groups.items()))
od = OrderedDict((e.word, e.count) for e in entries)
od.move_to_end('the')
print(list(od.items()))
print(len(Counter()), Counter(a=1) == Counter(a=1, b=0), Counter('aa')['a'])
