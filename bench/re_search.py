# Regular expressions: compiled-pattern search, findall, finditer and sub
# (string and function replacements) over log-like text, as a program
# parsing sensor output or a config file would.
import re

LINES = [
    'temp=21.5 hum=40 id=sensor-1 status=ok',
    'temp=19.0 hum=55 id=sensor-22 status=warn code=E42',
    'ERROR 2024-01-05 12:30:01 timeout on i2c bus 0x3c',
    'light=1024 id=lux-7 status=ok',
    'INFO 2024-01-05 12:30:02 connected to wifi "home-net" rssi=-61',
]
TEXT = '\n'.join(LINES * 4)

KV = re.compile(r'(\w+)=("[^"]*"|[^\s]+)')
DATE = re.compile(r'(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)')
HEX = re.compile(r'0x[0-9a-fA-F]+')
LEVEL = re.compile(r'^(ERROR|WARN|INFO)\b', re.MULTILINE)
NUM = re.compile(r'-?\d+(?:\.\d+)?')


def run(rounds):
    total = 0
    for r in range(rounds):
        pairs = KV.findall(TEXT)
        total += len(pairs)
        for m in DATE.finditer(TEXT):
            total += int(m.group(6)) + int(m.group(1)) % 7
        total += len(LEVEL.findall(TEXT))
        total += len(HEX.sub('<hex>', TEXT))
        total += len(NUM.sub(lambda m: str(len(m.group())), TEXT))
        m = re.search(r'id=(?P<name>[a-z]+)-(?P<num>\d+)', LINES[r % 4])
        if m:
            total += int(m.group('num')) + len(m.groupdict())
        total += len(re.split(r'[\s=]+', LINES[r % 5]))
        if re.fullmatch(r'[\w ="\-:.]+', LINES[r % 5]):
            total += 1
    return total


print(run(2500))
