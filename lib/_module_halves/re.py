# The Python half of the re module (modules/re.c), frozen into the binary as
# const code and run in that module's globals when it is imported (see
# collections.py here): re.error and RegexFlag, as CPython writes them
# (re/_constants.py and the enum's repr).
class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)
class RegexFlag(int):
    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        out = []
        for n, f in _flag_names:
            if v & f:
                out.append('re.' + n)
                v &= ~f
        if v:
            out.append(hex(v))
        return '|'.join(out)
    __str__ = __repr__
    def __format__(self, spec):
        return repr(self) if not spec else format(int(self), spec)
    @property
    def name(self):
        r = repr(self)
        return None if '0x' in r else r.replace('re.', '')
    @property
    def value(self):
        return int(self)
    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))
    __ror__ = __or__
    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))
    __rand__ = __and__
    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))
    __rxor__ = __xor__
    def __invert__(self):
        return RegexFlag(~int(self) & 511)
_flag_names = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
               ('DEBUG', 128))
NOFLAG = RegexFlag(0)
for _n, _f in _flag_names:
    globals()[_n] = RegexFlag(_f)
A, I, L, U, M, S, X, T = ASCII, IGNORECASE, LOCALE, UNICODE, MULTILINE, DOTALL, VERBOSE, TEMPLATE
del _n, _f
