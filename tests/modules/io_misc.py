# io module names, newline modes, subclasses, redirecting sys.stdout.
import io
import sys

print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.StringIO, io.BytesIO)
print(repr(io.StringIO('a\r\nb', newline=None).read()))
print(repr(io.StringIO('a\r\nb', newline='').readlines()))
print(repr(io.StringIO('a\nb', newline='\r\n').getvalue()))
print(repr(io.StringIO('a\rb\rc', newline='\r').readlines()))
print(repr(io.StringIO('a\rb\r\nc', newline='').readlines()))
print(repr(io.StringIO('a\rb\r\nc', newline=None).getvalue()))
print(repr(io.StringIO('a\nb', newline='\r').getvalue()))
print(repr(io.StringIO('a\r\nb\nc', newline='\r\n').readlines()))
s = io.StringIO(newline=None)
print(s.write('a\r\nb'), repr(s.getvalue()))
s = io.StringIO(newline='\r\n')
print(s.write('a\nb'), repr(s.getvalue()), s.tell())


class Log(io.StringIO):
    def __init__(self, *a):
        super().__init__(*a)
        self.count = 0

    def write(self, s):
        self.count += 1
        return super().write(s.upper())


l = Log('init')
print('hello', 'world', file=l)
print(l.count, repr(l.getvalue()), l.tell())
l.seek(0)
print(l.read(), l.closed, isinstance(l, io.StringIO))

old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print('to buffer')
print(1, 2, sep='-')
sys.stdout = old
print(repr(buf.getvalue()))
with open(__file__) as f:
    print(isinstance(f, io.TextIOWrapper))
with io.open(__file__, 'rb') as f:
    print(f.read(6))
