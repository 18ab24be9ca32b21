# Small programs built on re: a tokenizer, a config parser, a log scanner.
import re

TOKEN = re.compile(r'''
    (?P<num>\d+(?:\.\d*)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/()=])
  | (?P<ws>\s+)
  | (?P<bad>.)
''', re.VERBOSE)

def tokenize(text):
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == 'ws':
            continue
        out.append((kind, m.group()))
    return out

print(tokenize('x = 3.5 * (y + 42) / z2 $'))

CONF = '''
# comment
name = sensor-1
rate=10
  threshold = 0.25   ; trailing
[section]
key = "quoted value"
'''

def parse_conf(text):
    section = 'main'
    out = {}
    for line in text.splitlines():
        line = re.sub(r'\s*[#;].*$', '', line).strip()
        if not line:
            continue
        m = re.fullmatch(r'\[(\w+)\]', line)
        if m:
            section = m.group(1)
            continue
        m = re.match(r'(?P<key>[\w.]+)\s*=\s*(?P<val>"[^"]*"|\S+)', line)
        if m:
            out[section + '.' + m['key']] = m['val'].strip('"')
    return out

print(parse_conf(CONF))

LOG = '''2024-01-05 12:30:01 ERROR i2c timeout addr=0x3c
2024-01-05 12:30:02 INFO wifi connected rssi=-61
2024-01-05 12:31:10 WARN battery low v=3.41
2024-01-05 12:32:00 ERROR spi crc mismatch'''

LINE = re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d) (\w+) (.*)$', re.M)
counts = {}
for m in LINE.finditer(LOG):
    counts[m.group(5)] = counts.get(m.group(5), 0) + 1
print(sorted(counts.items()))
print([m.group(4) for m in LINE.finditer(LOG) if m.group(5) == 'ERROR'])
print(re.findall(r'(\w+)=(-?[\d.x]+|0x[0-9a-f]+)', LOG))
print(re.sub(r'\d{4}-(\d\d)-(\d\d)', r'\2/\1', LOG.splitlines()[0]))

def camel_to_snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()

for n in ['CamelCase', 'getHTTPResponseCode', 'already_snake', 'A']:
    print(n, camel_to_snake(n))

def is_ipv4(s):
    m = re.fullmatch(r'(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})', s)
    return bool(m) and all(0 <= int(g) <= 255 for g in m.groups())

print([is_ipv4(s) for s in ['192.168.1.1', '256.1.1.1', '1.2.3', '10.0.0.255']])
print(re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+', 'mail a.b+c@ex-ample.co.uk or x@y.z now'))
