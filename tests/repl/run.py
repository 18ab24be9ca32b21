#!/usr/bin/env python3
# The REPL through a pseudo-terminal: copper runs with a pty as its
# controlling terminal (host mode: the REPL edits lines itself), and keys
# are typed into the master side: editing keys, history, Tab completion,
# auto-indent, Ctrl-C, paste mode, the raw REPL and raw-paste mode. The
# protocol parts are checked byte for byte against CircuitPython's bytes
# (/work/shared/CIRCUITPYTHON.md §2). Board mode (the --drive workflow) is
# checked when the port has it, else skipped.
# Usage: tests/repl/run.py path/to/copper
# Prints one FAIL line per failure, the REPL round-trip latency, and ends
# with "N passed, N failed, N skipped".
import fcntl
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import termios
import time

COPPER = os.path.realpath(sys.argv[1])
# Sanitizer builds are slower: wait longer for output.
TIMEOUT = 20.0 if 'asan' in os.path.basename(COPPER) else 5.0
passed = failed = skipped = 0
HOST_BANNER = b'Copper 0.1.0 (Python 3.11 compatible)\r\nPress Ctrl-D (end of input) to leave.\r\n'


def check(name, ok, detail=''):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f'FAIL repl/{name}' + (f'\n  {detail}' if detail else ''), flush=True)


def check_eq(name, expected, actual):
    check(name, expected == actual, f'expected: {expected!r}\n  actual:   {actual!r}')


class Session:
    """copper under a pty that is its controlling terminal."""

    def __init__(self, args=(), cwd=None):
        self.master, slave = os.openpty()
        self.slave_name = os.ttyname(slave)

        def child_setup():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen([COPPER, *args], stdin=slave, stdout=slave, stderr=slave,
                                     preexec_fn=child_setup, cwd=cwd, close_fds=True)
        self.slave = slave   # kept open to read its termios after copper exits
        self.buf = b''

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        os.write(self.master, data)

    def _fill(self, deadline):
        r, _, _ = select.select([self.master], [], [], max(0.0, deadline - time.monotonic()))
        if not r:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        self.buf += chunk
        return True

    def until(self, pattern, timeout=None):
        """Output up to and including `pattern` (bytes); None on timeout."""
        if isinstance(pattern, str):
            pattern = pattern.encode()
        deadline = time.monotonic() + (timeout or TIMEOUT)
        while pattern not in self.buf:
            if time.monotonic() > deadline or not self._fill(deadline):
                if pattern in self.buf:
                    break
                return None
        i = self.buf.index(pattern) + len(pattern)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out

    def quiet(self, seconds=0.2):
        """Everything that arrives within `seconds`."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self._fill(deadline):
            pass
        out, self.buf = self.buf, b''
        return out

    def wait(self, timeout=None):
        try:
            return self.proc.wait(timeout or TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for fd in (self.master, self.slave):
            try:
                os.close(fd)
            except OSError:
                pass


def run(name, keys, expected, prompt=b'>>> '):
    """Types `keys` at a fresh prompt and checks the exact output up to the next prompt."""
    s.send(keys)
    got = s.until(prompt)
    check_eq(name, expected, got)


def result(name, keys, value):
    """Types `keys` (ending in Enter); the statement's output must be `value`."""
    s.send(keys)
    got = s.until(b'>>> ')
    expected = b'\r\n' + value + (b'\r\n' if value else b'') + b'>>> '
    check(name, got is not None and got.endswith(expected), f'expected ...{expected!r}\n  actual: {got!r}')


def termios_restored(name, fd):
    attrs = termios.tcgetattr(fd)
    lflag, iflag, oflag = attrs[3], attrs[0], attrs[1]
    check(name, bool(lflag & termios.ICANON) and bool(lflag & termios.ECHO) and bool(oflag & termios.OPOST)
          and bool(iflag & termios.ICRNL), f'lflag={lflag:#x} iflag={iflag:#x} oflag={oflag:#x}')


# --- host mode on a terminal ------------------------------------------------------

s = Session()
banner = s.until(b'>>> ')
check_eq('host-banner', HOST_BANNER + b'>>> ', banner)
attrs = termios.tcgetattr(s.slave)
check('raw-mode-on', not (attrs[3] & termios.ICANON) and not (attrs[3] & termios.ECHO) and bool(attrs[3] & termios.ISIG),
      f'lflag={attrs[3]:#x}')

run('eval', '1+1\r', b'1+1\r\n2\r\n>>> ')
run('assign-no-output', 'x = 6\r', b'x = 6\r\n>>> ')
run('name-error', 'qqzzx\r',
    b'qqzzx\r\nTraceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
    b"NameError: name 'qqzzx' is not defined\r\n>>> ")
run('print-cooked', 'print("a\\nb")\r', b'print("a\\nb")\r\na\r\nb\r\n>>> ')

# editing keys: the printed value shows the line the REPL received
result('left-arrow', '12\x1b[D+\r', b'3')
result('right-arrow', '1+\x1b[D\x1b[D3\x1b[C\x1b[C2\r', b'33')           # "31+2"
result('home-end', '+1\x1b[H2\x1b[F0\r', b'12')                          # "2+10"
result('home-end-vt', '+1\x1b[1~2\x1b[4~0\r', b'12')
result('home-end-ss3', '+1\x1bOH2\x1bOF0\r', b'12')
result('ctrl-a-ctrl-e', '+1\x015\x050\r', b'15')                         # "5+10"
result('ctrl-b-ctrl-f', '13\x02+\x06\x06\r', b'4')                      # "1+3"
result('backspace', '1+9\x7f2\r', b'3')
result('backspace-bs', '1+9\x082\r', b'3')
result('delete', '1+92\x1b[D\x1b[D\x1b[3~\r', b'3')
result('ctrl-d-deletes', '1+92\x1b[D\x1b[D\x04\r', b'3')
result('ctrl-k', '1+2junk\x1b[D\x1b[D\x1b[D\x1b[D\x0b\r', b'3')
result('ctrl-u', 'garbage\x15x\r', b'6')
result('ctrl-w', '1+2 junk\x17\r', b'3')
result('alt-backspace', '1+2 junk\x1b\x7f\r', b'3')
result('word-moves', '10 + 20\x1bb\x1bb5\x1bf\x1bf7\r', b'717')     # "510 + 207"
result('utf8', "'\u00e9t\u00e9'\r".encode(), "'\u00e9t\u00e9'".encode())
result('utf8-backspace', "'\u00e9x\x7f'\r".encode(), "'\u00e9'".encode())

# history
result('history-setup', '6*7\r', b'42')
result('history-up', '\x1b[A\r', b'42')
s.send('2*3\r')
s.until(b'>>> ')
result('history-up-up', '\x1b[A\x1b[A\r', b'42')             # history: 6*7 2*3 6*7
result('history-ctrl-p', '\x10\x10\r', b'6')                     # 6*7 2*3 6*7 2*3
result('history-down', '\x1b[A\x1b[A\x1b[B\r', b'6')
s.send('6*7\r')
s.until(b'>>> ')
result('history-edit', '\x1b[A\x7f8\r', b'48')   # "6*8"

# Tab completion
s.send('abcdef_long = 11\r')
s.until(b'>>> ')
result('complete-one', 'abcd\t\r', b'11')
s.send('abc_one = 1\r')
s.until(b'>>> ')
s.send('abc_two = 2\r')
s.until(b'>>> ')
s.send('abc_\t')
got = s.until(b'>>> abc_')
check('complete-list', got is not None and b'abc_one' in got and b'abc_two' in got and b'abcdef_long' not in got,
      repr(got))
result('complete-list-then-type', 'two\r', b'2')
s.send('import math\r')
s.until(b'>>> ')
result('complete-attr', 'math.sq\t(16)\r', b'4.0')
result('complete-builtin', 'pri\t("hi")\r', b'hi')
s.send('math.\t')
got = s.until(b'>>> math.')
check('complete-attr-list', got is not None and b'sqrt' in got and b'pi' in got and b'__name__' not in got, repr(got))
s.send('\x03')
s.until(b'>>> ')
result('complete-none', 'zzq\t\x15\r', b'')
result('tab-indents-after-space', '1 + \t2\r', b'3')

# multi-line statements, auto-indent
run('continuation-brackets', '(1 +\r', b'(1 +\r\n... ', prompt=b'... ')
run('continuation-end', '2)\r', b'2)\r\n3\r\n>>> ')
run('block-autoindent', 'for i in range(2):\r', b'for i in range(2):\r\n...     ', prompt=b'...     ')
run('block-autoindent-keep', 'print(i)\r', b'print(i)\r\n...     ', prompt=b'...     ')
run('block-end-on-indent-only', '\r', b'\r\n0\r\n1\r\n>>> ')
s.send('if True:\r')
s.until(b'...     ')
s.send('if True:\r')
got = s.until(b'...         ')
check('autoindent-nested', got is not None, repr(s.buf))
s.send('print("in")\r')
s.until(b'...         ')
s.send('\x7f')   # one indent level back
s.send('print("out")\r')
s.until(b'...     ')
run('autoindent-dedent', '\r', b'\r\nin\r\nout\r\n>>> ')
s.send('def f():\r')
s.until(b'...     ')
s.send(' ')   # typing the indent by hand after an auto-indent
s.send('   return 7\r')
s.until(b'...     ')
s.send('\r')
s.until(b'>>> ')
result('autoindent-manual', 'f()\r', b'7')
s.send('while False:\r')
s.until(b'...     ')
run('ctrl-d-ends-block-1', 'pass\r', b'pass\r\n...     ', prompt=b'...     ')
run('ctrl-d-ends-block', '\x04', b'>>> ')
s.send('if 1:\r')
s.until(b'...     ')
run('ctrl-c-cancels-block', '\x03', b'\r\nKeyboardInterrupt\r\n>>> ')

# Ctrl-C
# (a terminal discards what was typed before Ctrl-C if it is not read yet: type first)
s.send('abc')
s.until(b'abc')
run('ctrl-c-line', '\x03', b'\r\nKeyboardInterrupt\r\n>>> ')
s.send('while True: pass\r\r')
s.until(b'... ')
time.sleep(0.3)
s.send('\x03')
got = s.until(b'>>> ')
check('ctrl-c-interrupts', got is not None and got.endswith(b'KeyboardInterrupt\r\n>>> ')
      and b'Traceback (most recent call last):\r\n' in got, repr(got))
result('state-kept-after-interrupt', 'x\r', b'6')

# Ctrl-L, Ctrl-B
run('ctrl-l', '\x0c', b'\x1b[;H\x1b[2J>>> ')
run('ctrl-b-banner', '\x02', b'\r\n' + HOST_BANNER + b'>>> ')

# paste mode: echo, "=== " prompts, no auto-indent, run on Ctrl-D
run('paste-enter', '\x05', b'\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ', prompt=b'=== ')
s.send('def g():\r    return 5\r\rprint(g())\r')
got = s.until(b'print(g())\r\n=== ')
check_eq('paste-echo', b'def g():\r\n===     return 5\r\n=== \r\n=== print(g())\r\n=== ', got)
run('paste-run', '\x04', b'\r\n5\r\n>>> ')
s.send('\x05')
s.until(b'=== ')
s.send('zz = 1\r')
s.until(b'zz = 1\r\n=== ')
run('paste-cancel', '\x03', b'\r\n>>> ')
result('paste-cancel-did-not-run', "'zz' in dir()\r", b'False')

# raw REPL
run('raw-enter', '\x01', b'\r\nraw REPL; CTRL-B to exit\r\n>', prompt=b'>')
run('raw-run', 'print(1+1)\x04', b'OK2\r\n\x04\x04>', prompt=b'\x04>')
run('raw-no-echo-multiline', 'for i in range(2):\n    print(i)\n\x04', b'OK0\r\n1\r\n\x04\x04>', prompt=b'\x04>')
run('raw-error', '1/0\x04',
    b'OK\x04Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
    b'ZeroDivisionError: division by zero\r\n\x04>', prompt=b'\x04>')
s.send('garbage(')
time.sleep(0.1)
s.send('\x03')
time.sleep(0.1)
run('raw-ctrl-c-clears', 'print(5)\x04', b'OK5\r\n\x04\x04>', prompt=b'\x04>')
run('raw-ctrl-a-restarts', 'junk\x01', b'raw REPL; CTRL-B to exit\r\n>', prompt=b'>')
run('raw-globals-kept', 'y = 1\x04', b'OK\x04\x04>', prompt=b'\x04>')
run('raw-globals-kept-2', 'print(y)\x04', b'OK1\r\n\x04\x04>', prompt=b'\x04>')
run('raw-soft-reboot', '\x04', b'OK\r\nsoft reboot\r\nraw REPL; CTRL-B to exit\r\n>', prompt=b'\r\n>')
run('raw-fresh-globals', 'print(y)\x04',
    b'OK\x04Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
    b"NameError: name 'y' is not defined\r\n\x04>", prompt=b'\x04>')
run('raw-sysexit', 'import sys\nsys.exit()\x04', b'OK\x04\x04soft reboot\r\nraw REPL; CTRL-B to exit\r\n>',
    prompt=b'\r\n>')

# raw-paste mode with flow control, as mpremote drives it
s.send(b'\x05A\x01')
hdr = s.until(b'R\x01', TIMEOUT)
rest = b''
deadline = time.monotonic() + TIMEOUT
while len(rest) < 3 and time.monotonic() < deadline:
    s._fill(deadline)
    rest, s.buf = rest + s.buf, b''
check_eq('raw-paste-handshake', b'R\x01\x80\x00\x01', (hdr or b'') + rest[:3])
s.buf = rest[3:]
prog = b"x = '" + b'a' * 280 + b"'\nprint(len(x))\n"   # 295 bytes: two more windows
window = 128
remain = window   # the window size grants one window...
grants = 1 if rest[2:3] == b'\x01' else 0   # ... and the \x01 after it another
remain += window * grants
i = 0
ok = True
while i < len(prog):
    while remain == 0 or s.buf:
        if not s.buf and not s._fill(time.monotonic() + TIMEOUT):
            ok = False
            break
        c, s.buf = s.buf[:1], s.buf[1:]
        if c == b'\x01':
            remain += window
            grants += 1
        else:
            ok = False
            break
    if not ok:
        break
    chunk = prog[i:i + remain]
    s.send(chunk)
    i += len(chunk)
    remain -= len(chunk)
s.send(b'\x04')
got = s.until(b'\x04>')
# the remaining grants may arrive before the end marker
extra = got.count(b'\x01') if got else 0
check('raw-paste-flow-control', ok and grants + extra == 1 + len(prog) // window, f'grants={grants}+{extra}')
check_eq('raw-paste-run', b'\x04295\r\n\x04\x04>'.replace(b'295', b'280'), (got or b'').replace(b'\x01', b''))
run('raw-paste-unsupported', b'\x05B\x01', b'R\x00>', prompt=b'>')
s.send(b'\x05A\x01')
got = s.until(b'R\x01\x80\x00\x01')
s.send(b'while True:\n  pass\n')
time.sleep(0.1)
s.send(b'\x03')
got = s.until(b'\x04>')
check('raw-paste-ctrl-c', got is not None and got.startswith(b'\x04\x04') and b'KeyboardInterrupt' in got, repr(got))
# Ctrl-C while a raw REPL program runs
s.send(b'while True: pass\x04')
s.until(b'OK')
time.sleep(0.3)
s.send(b'\x03')
got = s.until(b'\x04>')
check('raw-ctrl-c-interrupts', got is not None and got.startswith(b'\x04Traceback') and b'KeyboardInterrupt\r\n\x04>' in got,
      repr(got))
run('raw-ctrl-b', '\x02', b'\r\n' + HOST_BANNER + b'>>> ')

# latency: from sending "1+1\r" to "2\r\n>>> "
times = []
for _ in range(50):
    t0 = time.perf_counter()
    s.send('1+1\r')
    if s.until(b'2\r\n>>> ') is None:
        break
    times.append(time.perf_counter() - t0)
if times:
    times.sort()
    print(f'latency 1+1 round trip: median {times[len(times) // 2] * 1e3:.3f} ms, '
          f'min {times[0] * 1e3:.3f} ms, max {times[-1] * 1e3:.3f} ms ({len(times)} runs)')

# Ctrl-D on an empty line leaves; the terminal is restored
s.send('\x04')
status = s.wait()
check_eq('ctrl-d-exits', 0, status)
termios_restored('terminal-restored-on-exit', s.slave)
s.close()

# sys.exit(3) leaves with that status
s = Session()
s.until(b'>>> ')
s.send('import sys\rsys.exit(3)\r')
check_eq('sys-exit-status', 3, s.wait())
termios_restored('terminal-restored-on-sysexit', s.slave)
s.close()

# a fatal signal restores the terminal too
s = Session()
s.until(b'>>> ')
s.proc.send_signal(signal.SIGTERM)
s.wait()
termios_restored('terminal-restored-on-sigterm', s.slave)
s.close()

# piped stdin (not a terminal): no echo, python3-like prompts
p = subprocess.run([COPPER, '-i'], input=b'1+1\nfor i in range(2):\n    print(i)\n\n', stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, timeout=TIMEOUT)
check_eq('piped', HOST_BANNER.replace(b'\r\n', b'\n') + b'>>> 2\n>>> ... ... 0\n1\n>>> \n', p.stdout)


# --- board mode (the --drive workflow), when the port has it ----------------------

def workflow_available():
    p = subprocess.run([COPPER, '--help'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return b'--drive' in p.stdout


BOARD_BANNER = rb'\r\nCopper 0\.1\.0 on \d{4}-\d\d-\d\d; Adafruit CircuitPlayground Express with samd21g18\r\n>>> '
# The status bar (CIRCUITPYTHON.md §1.1): a terminal title as each REPL
# session starts ("REPL") and ends ("Done"); none in the raw REPL.
TITLE_REPL = b'\x1b]0;\xf0\x9f\x90\x8dREPL | 0.1.0\x1b\\'
TITLE_DONE = b'\x1b]0;\xf0\x9f\x90\x8dDone | 0.1.0\x1b\\'
BOARD_TESTS = 15
if workflow_available():
    drive = tempfile.mkdtemp()
    s = Session(['--board', 'circuitplayground_express', '--drive', drive])
    got = s.until(b'Press any key to enter the REPL. Use CTRL-D to reload.\r\n', 4 * TIMEOUT)
    if got is None:
        skipped += BOARD_TESTS
        print(f'skip: board mode did not reach the wait loop: {s.buf!r}')
    else:
        s.send('\r')   # any key enters the REPL (the key is consumed)
        got = s.until(b'>>> ')
        check('board-banner', got is not None and re.fullmatch(re.escape(TITLE_REPL) + BOARD_BANNER, got) is not None,
              repr(got))
        run('board-eval', '1+1\r', b'1+1\r\n2\r\n>>> ')
        run('board-print-cooked', 'print("a\\nb")\r', b'print("a\\nb")\r\na\r\nb\r\n>>> ')
        run('board-ctrl-c', 'abc\x03', b'abc\r\n>>> ')
        s.send('\x02')
        got = s.until(b'>>> ')
        # CIRCUITPYTHON.md §2: "\r\n" + version + "\r\n" + ">>> "
        check('board-ctrl-b', got is not None and re.fullmatch(BOARD_BANNER, got) is not None, repr(got))
        run('board-raw', '\x01', b'\r\n' + TITLE_DONE + b'raw REPL; CTRL-B to exit\r\n>', prompt=b'>')
        run('board-raw-run', 'print(1)\x04', b'OK1\r\n\x04\x04>', prompt=b'\x04>')
        run('board-raw-ctrl-d', '\x04', b'OK\r\nsoft reboot\r\nraw REPL; CTRL-B to exit\r\n>', prompt=b'\r\n>')
        s.send('\x02')
        got = s.until(b'>>> ')
        check('board-raw-ctrl-b', got is not None and got.startswith(b'\r\n' + TITLE_REPL)
              and re.fullmatch(BOARD_BANNER, got[2 + len(TITLE_REPL):]) is not None, repr(got))
        # the console is a byte stream here: Ctrl-C is byte 0x03, and the
        # keys sent before it in the same write still come first
        s.send('while True: pass\r')
        s.until(b'... ')
        s.send('\r')
        s.until(b'\r\n')
        time.sleep(0.3)
        s.send('\x03')
        got = s.until(b'>>> ')
        check('board-ctrl-c-interrupts', got is not None and got.startswith(b'Traceback (most recent call last):\r\n')
              and got.endswith(b'\r\n>>> ') and b'KeyboardInterrupt' in got, repr(got))
        s.send('import time\r')
        s.until(b'>>> ')
        s.send('time.sleep(30)\r')
        s.until(b'\r\n')
        time.sleep(0.3)
        t0 = time.monotonic()
        s.send('\x03')
        got = s.until(b'>>> ')
        check('board-ctrl-c-sleep', got is not None and b'KeyboardInterrupt' in got and time.monotonic() - t0 < 5, repr(got))
        s.send('\x01')
        s.until(b'raw REPL; CTRL-B to exit\r\n>')
        run('board-raw-ctrl-c-in-order', 'garbage(\x03print(5)\x04', b'OK5\r\n\x04\x04>', prompt=b'\x04>')
        s.send(b'\x05A\x01')
        got = s.until(b'R\x01\x80\x00\x01')
        check('board-raw-paste-handshake', got == b'R\x01\x80\x00\x01', repr(got))
        run('board-raw-paste-run', b'print(6*7)\x04', b'\x0442\r\n\x04\x04>', prompt=b'\x04>')
        s.send('\x02')
        s.until(b'>>> ')
        times = []
        for _ in range(50):
            t0 = time.perf_counter()
            s.send('1+1\r')
            if s.until(b'2\r\n>>> ') is None:
                break
            times.append(time.perf_counter() - t0)
        if times:
            times.sort()
            print(f'latency 1+1 round trip, board mode (console thread): median {times[len(times) // 2] * 1e3:.3f} ms, '
                  f'min {times[0] * 1e3:.3f} ms, max {times[-1] * 1e3:.3f} ms ({len(times)} runs)')
        s.send('\x04')
        got = s.until(b'soft reboot\r\n')
        check_eq('board-ctrl-d-soft-reboot', b'\r\n' + TITLE_DONE + b'soft reboot\r\n', got)
    s.close()
else:
    skipped += BOARD_TESTS
    print('skip: board mode (no --drive workflow in this build)')

print(f'{passed} passed, {failed} failed, {skipped} skipped')
sys.exit(1 if failed else 0)
