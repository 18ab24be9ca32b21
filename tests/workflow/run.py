#!/usr/bin/env python3
# The CircuitPython workflow (`copper --board ID --drive DIR`) through a
# pseudo-terminal: start-up (boot.py, boot_out.txt), code.py and its
# messages, the wait for a key, the REPL and Ctrl-D, auto-reload on file
# changes (and its debounce), supervisor/storage/usb_cdc/os.getenv,
# microcontroller.reset(), safe mode after a crash, atomic writes, --pty,
# the status bar (the terminal title) on the console and on a display.
# Every supervisor message is checked byte for byte against CircuitPython's
# (/work/shared/CIRCUITPYTHON.md §1; CircuitPython's main.c).
# Usage: tests/workflow/run.py path/to/copper
# Prints one FAIL line per failure, two measurements, and ends with
# "N passed, N failed, N skipped".
import fcntl
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from screen_text import screen_rows, status_row   # noqa: E402

COPPER = os.path.realpath(sys.argv[1])
SLOW = 'asan' in os.path.basename(COPPER)
TIMEOUT = 20.0 if SLOW else 5.0
passed = failed = skipped = 0

LC = b'\x1b[2K\x1b[0G'
AUTO_ON = LC + b'Auto-reload is on. Simply save files over USB to run them or enter REPL to disable.\r\n'
AUTO_OFF = LC + b'Auto-reload is off.\r\n'
DONE = b'\r\nCode done running.\r\n'
PRESS = b'\r\nPress any key to enter the REPL. Use CTRL-D to reload.\r\n'
STOPPED = b'\r\nCode stopped by auto-reload. Reloading soon.\r\n'
SOFT = b'soft reboot\r\n'
CPX = 'circuitplayground_express'
CPX_NAME = b'Adafruit CircuitPlayground Express with samd21g18'
VERSION_RE = rb'Copper 0\.1\.0 on \d{4}-\d\d-\d\d; '


def title(status):
    """The status bar as CircuitPython sends it: the terminal title (OSC 0) with
    its snake, the state, then the version (Copper's, where CircuitPython puts
    its release tag)."""
    return b'\x1b]0;\xf0\x9f\x90\x8d' + status + b' | 0.1.0\x1b\\'


T_DONE = title(b'Done')
T_REPL = title(b'REPL')
T_CLEAR = b'\x1b]0;\x1b\\'
CODE = LC + b'code.py output:\r\n' + title(b'code.py')   # the title follows the header


def check(name, ok, detail=''):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f'FAIL workflow/{name}' + (f'\n  {detail}' if detail else ''), flush=True)


def check_eq(name, expected, actual):
    check(name, expected == actual, f'expected: {expected!r}\n  actual:   {actual!r}')


def write(path, text):
    # As an editor saves: a new file renamed over the old one.
    tmp = path + '.new~'
    with open(tmp, 'w') as f:
        f.write(text)
    os.rename(tmp, path)


class Board:
    """copper --drive under a pty that is its controlling terminal."""

    def __init__(self, drive, board=CPX, files=None, extra=(), env=None):
        os.makedirs(drive, exist_ok=True)
        for name, text in (files or {}).items():
            p = os.path.join(drive, name)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, 'w') as f:
                f.write(text)
        self.drive = drive
        self.master, slave = os.openpty()

        def child_setup():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen([COPPER, '--board', board, '--drive', drive, *extra], stdin=slave,
                                     stdout=slave, stderr=slave, preexec_fn=child_setup, close_fds=True,
                                     env=env)
        os.close(slave)
        self.buf = b''
        self.mark = 0

    def send(self, data):
        os.write(self.master, data.encode() if isinstance(data, str) else data)

    def pump(self, t, wait_all=True):
        """Reads output for t seconds (or until the first bytes, unless wait_all)."""
        end = time.time() + t
        while True:
            left = end - time.time()
            if left <= 0:
                return
            r, _, _ = select.select([self.master], [], [], left)
            if r:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    time.sleep(0.01)
                    return
                if not chunk:
                    return
                self.buf += chunk
                if not wait_all:
                    return

    def expect(self, data, timeout=None):
        """Waits for `data` after the mark; returns the bytes up to its end (from the mark) or None."""
        end = time.time() + (timeout or TIMEOUT)
        while True:
            i = self.buf.find(data, self.mark)
            if i >= 0:
                got = self.buf[self.mark:i + len(data)]
                self.mark = i + len(data)
                return got
            left = end - time.time()
            if left <= 0:
                return None
            self.pump(min(left, 0.05), wait_all=False)

    def since_mark(self):
        return self.buf[self.mark:]

    def child_pid(self):
        try:
            with open(f'/proc/{self.proc.pid}/task/{self.proc.pid}/children') as f:
                kids = f.read().split()
            return int(kids[0]) if kids else None
        except OSError:
            return None

    def close(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        os.close(self.master)


def startup_bytes(uid_hex, board_name=CPX_NAME, board_id=CPX, boot=b''):
    return (LC + LC + b'%VERSION%' + board_name + b'\r\nBoard ID:' + board_id.encode() + b'\r\nUID:' + uid_hex +
            b'\r\n' + boot)


def matches_version(expected, actual):
    # The build date is the only part not known in advance.
    pattern = re.escape(expected).replace(re.escape(b'%VERSION%'), VERSION_RE)
    return re.fullmatch(pattern, actual or b'', re.S) is not None


def main():
    global skipped
    root = tempfile.mkdtemp(prefix='copper-wf-')
    try:
        run_all(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f'{passed} passed, {failed} failed, {skipped} skipped')
    return 0 if failed == 0 else 1


def run_all(root):
    t_fresh(root)
    t_boot_py(root)
    t_code_files(root)
    t_repl_and_ctrl_d(root)
    t_autoreload(root)
    t_autoreload_off_and_repl(root)
    t_exceptions_and_exits(root)
    t_status_bar(root)
    t_supervisor_api(root)
    t_imports(root)
    t_storage(root)
    t_settings(root)
    t_reset_and_safe_mode(root)
    t_crash(root)
    t_atomic_writes(root)
    t_usb_cdc_and_input(root)
    t_pty(root)
    t_display_console(root)


# --- a fresh drive ------------------------------------------------------------------------

def t_fresh(root):
    drive = os.path.join(root, 'fresh')
    b = Board(drive)
    try:
        got = b.expect(PRESS)
        check('fresh-code-py', os.path.exists(os.path.join(drive, 'code.py')))
        check('fresh-lib', os.path.isdir(os.path.join(drive, 'lib')))
        with open(os.path.join(drive, 'code.py')) as f:
            check_eq('fresh-code-py-text', 'print("Hello World!")\n', f.read())
        boot_out = open(os.path.join(drive, 'boot_out.txt'), 'rb').read()
        m = re.match(rb'(.*)\r\nBoard ID:(.*)\r\nUID:([0-9A-F]{32})\r\n$', boot_out, re.S)
        check('boot-out-lines', m is not None, repr(boot_out))
        uid = m.group(3) if m else b'?'
        check('boot-out-version', m is not None and re.fullmatch(VERSION_RE + CPX_NAME, m.group(1)) is not None,
              repr(boot_out))
        expected = startup_bytes(uid) + b'\r\n' + AUTO_ON + CODE + b'Hello World!\r\n' + T_DONE + DONE + PRESS
        check('fresh-startup-bytes', matches_version(expected, got), f'{got!r}')
        # the UID line is the board's microcontroller.cpu.uid
        write(os.path.join(drive, 'code.py'), 'import microcontroller\nprint(microcontroller.cpu.uid.hex().upper())\n')
        got = b.expect(PRESS, TIMEOUT + 2)
        check('boot-out-uid', got is not None and title(b'code.py') + uid + b'\r\n' in got, repr(got))
    finally:
        b.close()


# --- boot.py ------------------------------------------------------------------------------

def t_boot_py(root):
    drive = os.path.join(root, 'boot')
    b = Board(drive, files={'boot.py': 'print("booting")\nprint("line 2")\n', 'code.py': 'print("main")\n'})
    try:
        got = b.expect(PRESS)
        check('boot-py-console', got is not None and LC + b'boot.py output:\r\nbooting\r\nline 2\r\n' in got, repr(got))
        boot_out = open(os.path.join(drive, 'boot_out.txt'), 'rb').read()
        check('boot-out-boot-py', boot_out.endswith(b'\r\nboot.py output:\r\nbooting\r\nline 2\r\n')
              and LC not in boot_out, repr(boot_out))
        # boot.py runs once: a reload runs code.py only
        b.send('\x04')
        got = b.expect(PRESS)
        check_eq('ctrl-d-wait-soft-reboot', SOFT + b'\r\n' + AUTO_ON + CODE + b'main\r\n' + T_DONE + DONE + PRESS,
                 got)
    finally:
        b.close()
    # a long boot.py output is cut at 512 bytes
    drive = os.path.join(root, 'bootlong')
    b = Board(drive, files={'boot.py': 'for i in range(100):\n    print("0123456789")\n', 'code.py': ''})
    try:
        b.expect(PRESS)
        boot_out = open(os.path.join(drive, 'boot_out.txt'), 'rb').read()
        check('boot-out-truncated', boot_out.endswith(b'[truncated due to length]\r\n') and len(boot_out) <= 512 + 40,
              repr(boot_out[-60:]))
    finally:
        b.close()


# --- which file runs ----------------------------------------------------------------------

def t_code_files(root):
    cases = [
        ('order-code-txt', {'code.txt': 'print("txt")\n', 'code.py': 'print("py")\n', 'main.py': ''},
         LC + b'code.txt output:\r\n' + title(b'code.txt') + b'txt\r\n' + T_DONE + DONE),
        ('order-main-py', {'main.py': 'print("main")\n', 'main.txt': ''}, LC + b'main.py output:\r\n' + title(b'main.py') + b'main\r\n' + T_DONE + DONE),
        ('double-extension', {'code.py.py': 'print("dbl")\n'},
         LC + b'code.py.py output:\r\n' + title(b'code.py.py') + b'dbl\r\n' + T_DONE +
         b'WARNING: Your code filename has two extensions\r\n' + DONE),
        # nothing ran: the title asked for at start-up comes as the wait begins
        ('no-code-file', {'notes.txt': 'x'}, AUTO_ON + DONE + T_DONE),
    ]
    for name, files, want in cases:
        b = Board(os.path.join(root, name), files=files)
        try:
            got = b.expect(PRESS)
            check(name, got is not None and got.endswith(want + PRESS), repr(got))
        finally:
            b.close()
    # the Trinket M0 (not a full build) does not look for double extensions
    b = Board(os.path.join(root, 'trinket'), board='trinket_m0', files={'code.py.py': 'print("dbl")\n'})
    try:
        got = b.expect(PRESS)
        check('double-extension-trinket', got is not None and got.endswith(AUTO_ON + DONE + T_DONE + PRESS), repr(got))
    finally:
        b.close()


# --- REPL ---------------------------------------------------------------------------------

def t_repl_and_ctrl_d(root):
    drive = os.path.join(root, 'repl')
    b = Board(drive, files={'code.py': 'print("hi")\n'})
    try:
        b.expect(PRESS)
        b.send('x')   # any key: consumed, REPL
        got = b.expect(b'>>> ')
        check('repl-banner', got is not None and re.fullmatch(re.escape(T_REPL) + rb'\r\n' + VERSION_RE + CPX_NAME + rb'\r\n>>> ', got)
              is not None, repr(got))
        t0 = time.time()
        b.send('1+1\r')
        got = b.expect(b'>>> ')
        rtt = time.time() - t0
        check_eq('repl-1+1', b'1+1\r\n2\r\n>>> ', got)
        print(f'measure: REPL round trip for 1+1: {rtt * 1000:.1f} ms', flush=True)
        # writes while the REPL is active do not reload
        write(os.path.join(drive, 'code.py'), 'print("changed")\n')
        b.pump(1.2)
        check_eq('repl-no-autoreload', b'', b.since_mark())
        b.send('\x04')
        got = b.expect(PRESS)
        check_eq('repl-ctrl-d', b'\r\n' + T_DONE + SOFT + b'\r\n' + AUTO_ON + CODE + b'changed\r\n' + T_DONE + DONE + PRESS,
                 got)
        # repl.py runs when the REPL starts
        write(os.path.join(drive, 'repl.py'), 'print("from repl.py")\nx = 5\n')
        b.expect(PRESS, TIMEOUT + 2)
        b.send('\r')
        got = b.expect(b'>>> ')
        check('repl-py', got is not None and got.startswith(LC + b'repl.py output:\r\n' + title(b'repl.py') +
                                                   b'from repl.py\r\n' + T_DONE + T_REPL + b'\r\n'), repr(got))
    finally:
        b.close()


# --- auto-reload --------------------------------------------------------------------------

def t_autoreload(root):
    drive = os.path.join(root, 'auto')
    code = 'import time\nprint("loop start")\nwhile True:\n    time.sleep(0.05)\n'
    b = Board(drive, files={'code.py': code})
    try:
        b.expect(b'loop start\r\n')
        t0 = time.time()
        write(os.path.join(drive, 'code.py'), 'import supervisor\nprint("v2", supervisor.runtime.run_reason)\n')
        got = b.expect(b'v2 supervisor.RunReason.AUTO_RELOAD\r\n', TIMEOUT + 2)
        dt = time.time() - t0
        check_eq('autoreload-running', T_DONE + STOPPED + SOFT + b'\r\n' + AUTO_ON + CODE +
                 b'v2 supervisor.RunReason.AUTO_RELOAD\r\n', got)
        print(f'measure: save code.py -> first output line: {dt * 1000:.0f} ms', flush=True)
        check('autoreload-latency', SLOW or dt < 1.0, f'{dt:.3f} s')
        check('autoreload-debounce', dt > 0.75, f'{dt:.3f} s')
        got = b.expect(PRESS)
        check_eq('autoreload-done', T_DONE + DONE + PRESS, got)
        # a change while waiting for a key reloads too; files in lib/ count
        os.makedirs(os.path.join(drive, 'lib'), exist_ok=True)
        write(os.path.join(drive, 'lib', 'helper.py'), 'X = 1\n')
        got = b.expect(PRESS, TIMEOUT + 2)
        check_eq('autoreload-waiting', SOFT + b'\r\n' + AUTO_ON + CODE +
                 b'v2 supervisor.RunReason.AUTO_RELOAD\r\n' + T_DONE + DONE + PRESS, got)
        # writes in quick succession: one reload, after the last one (debounce)
        write(os.path.join(drive, 'code.py'), code)
        b.expect(b'loop start\r\n', TIMEOUT + 2)
        t0 = time.time()
        for i in range(4):
            write(os.path.join(drive, 'a.txt'), str(i))
            time.sleep(0.4)
        got = b.expect(b'loop start\r\n', TIMEOUT + 2)
        dt = time.time() - t0
        check('autoreload-burst-once', got is not None and got.count(SOFT) == 1 and got.startswith(T_DONE + STOPPED), repr(got))
        check('autoreload-burst-after-last', dt > 1.2 + 0.75, f'{dt:.3f} s')
    finally:
        b.close()


def t_autoreload_off_and_repl(root):
    drive = os.path.join(root, 'autooff')
    b = Board(drive, files={'code.py': 'import supervisor\nsupervisor.runtime.autoreload = False\nprint("off")\n'})
    try:
        got = b.expect(PRESS)
        # the status line comes before the program runs: still "on" at the start
        check('autoreload-off-run', got is not None and got.endswith(CODE + b'off\r\n' + T_DONE + DONE + PRESS),
              repr(got))
        write(os.path.join(drive, 'data.txt'), 'x')
        b.pump(1.3)
        check_eq('autoreload-off-no-reload', b'', b.since_mark())
        b.send('\x04')
        got = b.expect(PRESS)
        check_eq('autoreload-off-message', SOFT + b'\r\n' + AUTO_OFF + CODE + b'off\r\n' + T_DONE + DONE + PRESS,
                 got)
        write(os.path.join(drive, 'code.py'), 'import supervisor\nsupervisor.enable_autoreload()\nprint("on")\n')
        b.pump(1.3)
        check_eq('disable-persists', b'', b.since_mark())
        b.send('\x04')
        got = b.expect(PRESS)
        check_eq('enable-autoreload', SOFT + b'\r\n' + AUTO_OFF + CODE + b'on\r\n' + T_DONE + DONE + PRESS, got)
        write(os.path.join(drive, 'code.py'), 'print("again")\n')
        got = b.expect(PRESS, TIMEOUT + 2)
        check_eq('enabled-reloads', SOFT + b'\r\n' + AUTO_ON + CODE + b'again\r\n' + T_DONE + DONE + PRESS, got)
    finally:
        b.close()


# --- exceptions, sys.exit, Ctrl-C ---------------------------------------------------------

def t_exceptions_and_exits(root):
    drive = os.path.join(root, 'exc')
    b = Board(drive, files={'code.py': 'print("a")\nraise ValueError("bad")\n'})
    try:
        got = b.expect(PRESS)
        check('traceback', got is not None and got.endswith(
            CODE + b'a\r\nTraceback (most recent call last):\r\n  File "code.py", line 2, in <module>\r\n'
            b'ValueError: bad\r\n' + title(b'2@code.py ValueError') + DONE + PRESS), repr(got))
        write(os.path.join(drive, 'code.py'), 'import sys\nprint("bye")\nsys.exit()\n')
        got = b.expect(b'>>> ', TIMEOUT + 2)
        check('sys-exit-to-repl', got is not None and re.fullmatch(
            re.escape(SOFT + b'\r\n' + AUTO_ON + CODE + b'bye\r\n' + T_DONE + DONE + T_REPL + b'\r\n') + VERSION_RE +
            re.escape(CPX_NAME + b'\r\n>>> '), got) is not None, repr(got))
        b.send('\x04')
        b.expect(b'>>> ')
        # Ctrl-C while a program runs
        write(os.path.join(drive, 'code.py'), 'print("spin")\nwhile True:\n    pass\n')
        b.send('\x04')
        b.expect(b'spin\r\n')
        b.send('\x03')
        got = b.expect(PRESS)
        check('ctrl-c', got is not None and re.fullmatch(
            rb'Traceback \(most recent call last\):\r\n  File "code.py", line ([23]), in <module>\r\n'
            rb'KeyboardInterrupt: \r\n' + re.escape(title(b'@@')).replace(b'@@', rb'\1@code\.py KeyboardInterrupt') +
            re.escape(DONE + PRESS), got) is not None, repr(got))
        # supervisor.reload(): done, then at once a soft reboot (no waiting)
        write(os.path.join(drive, 'code.py'),
              'import supervisor\nprint(supervisor.runtime.run_reason)\n'
              'if supervisor.runtime.run_reason != supervisor.RunReason.SUPERVISOR_RELOAD:\n'
              '    supervisor.reload()\n')
        got = b.expect(PRESS, TIMEOUT + 2)
        check('supervisor-reload', got is not None and
              CODE + b'supervisor.RunReason.AUTO_RELOAD\r\n' + T_DONE + DONE + SOFT + b'\r\n' + AUTO_ON + CODE +
              b'supervisor.RunReason.SUPERVISOR_RELOAD\r\n' + T_DONE + DONE + PRESS in got and
              got.count(PRESS) == 1, repr(got))
        b.send('\x04')
        got = b.expect(PRESS)
        check('run-reason-repl-reload', got is not None and b'supervisor.RunReason.REPL_RELOAD\r\n' in got, repr(got))
        # supervisor.reload() at the REPL: a soft reboot, code.py runs
        b.send('\r')
        b.expect(b'>>> ')
        b.send('import supervisor; supervisor.reload()\r')
        got = b.expect(PRESS)
        check('reload-at-repl', got is not None and got.startswith(b'import supervisor; supervisor.reload()\r\n') and
              T_DONE + SOFT + b'\r\n' + AUTO_ON + CODE + b'supervisor.RunReason.REPL_RELOAD\r\n' in got,
              repr(got))
    finally:
        b.close()


# --- the status bar -----------------------------------------------------------------------------

def t_status_bar(root):
    # The title names the innermost frame of an uncaught exception.
    drive = os.path.join(root, 'status-exc')
    b = Board(drive, files={'mod.py': 'def f():\n    raise KeyError(1)\n', 'code.py': 'import mod\nmod.f()\n'})
    try:
        got = b.expect(PRESS)
        check('status-exception-innermost', got is not None and
              b'KeyError: 1\r\n' + title(b'2@/mod.py KeyError') + DONE + PRESS in got, repr(got))
    finally:
        b.close()
    # supervisor.status_bar: turning the display's title off sends the
    # current title again (to the console); turning the console's off
    # clears it there; both stay off across soft reboots.
    drive = os.path.join(root, 'status')
    code = ('import supervisor\nsb = supervisor.status_bar\n'
            'print(type(sb).__name__, sb.console, sb.display)\n'
            'sb.display = False\nsb.console = False\nprint(sb.console, sb.display)\n')
    b = Board(drive, files={'code.py': code})
    try:
        got = b.expect(PRESS)
        check('status-console-off', got is not None and got.endswith(
            CODE + b'StatusBar True True\r\n' + title(b'code.py') + T_CLEAR + b'False False\r\n' + DONE + PRESS),
            repr(got))
        b.send('\x04')
        got = b.expect(PRESS)
        check_eq('status-off-persists', SOFT + b'\r\n' + AUTO_ON + LC + b'code.py output:\r\n'
                 b'StatusBar False False\r\nFalse False\r\n' + DONE + PRESS, got)
        b.send('x')
        got = b.expect(b'>>> ')
        check('status-off-repl', got is not None and got.startswith(b'\r\nCopper ') and b'\x1b]' not in got, repr(got))
        # on again at the REPL: a clear, then the REPL's title
        b.send('import supervisor; supervisor.status_bar.console = True\r')
        got = b.expect(b'>>> ')
        check_eq('status-console-on', b'import supervisor; supervisor.status_bar.console = True\r\n' + T_CLEAR + T_REPL +
                 b'>>> ', got)
        # the raw REPL sends no title; leaving the friendly REPL ends with "Done"
        b.send('\x01')
        got = b.expect(b'raw REPL; CTRL-B to exit\r\n>')
        check_eq('status-to-raw', b'\r\n' + T_DONE + b'raw REPL; CTRL-B to exit\r\n>', got)
        b.send('print(1)\x04')
        got = b.expect(b'\x04>')
        check_eq('status-raw-exec', b'OK1\r\n\x04\x04>', got)
        b.send('raise ValueError\x04')
        got = b.expect(b'\x04>')
        check('status-raw-exception', got is not None and b'ValueError' in got and b'\x1b]' not in got, repr(got))
        b.send('\x02')
        got = b.expect(b'>>> ')
        check('status-from-raw', got is not None and re.fullmatch(re.escape(b'\r\n' + T_REPL + b'\r\n') + VERSION_RE +
              re.escape(CPX_NAME + b'\r\n>>> '), got) is not None, repr(got))
    finally:
        b.close()
    # An exception in repl.py shows in the title when the REPL ends.
    drive = os.path.join(root, 'status-repl-py')
    b = Board(drive, files={'code.py': '', 'repl.py': 'print("r")\n1/0\n'})
    try:
        b.expect(PRESS)
        b.send('\r')
        got = b.expect(b'>>> ')
        check('status-repl-py-exception', got is not None and
              b'ZeroDivisionError: division by zero\r\n' + title(b'2@repl.py ZeroDivisionError') + T_REPL + b'\r\n'
              in got, repr(got))
        b.send('\x04')
        got = b.expect(SOFT)
        check_eq('status-repl-end', b'\r\n' + title(b'2@repl.py ZeroDivisionError') + SOFT, got)
    finally:
        b.close()


# --- supervisor module ------------------------------------------------------------------------

def t_supervisor_api(root):
    drive = os.path.join(root, 'sup')
    b = Board(drive, files={
        'code.py': 'import supervisor\n'
                   'print(supervisor.runtime.run_reason)\n'
                   'print(supervisor.runtime.safe_mode_reason)\n'
                   'print(supervisor.runtime.serial_connected, supervisor.runtime.serial_bytes_available)\n'
                   'print(supervisor.runtime.autoreload)\n'
                   't = supervisor.ticks_ms(); print(type(t).__name__, 0 <= t < 2**29)\n'
                   'print(supervisor.get_previous_traceback())\n'
                   'supervisor.set_next_code_file("other.py")\n'
                   'raise OSError(5)\n',
        'other.py': 'import supervisor\nprint("other runs")\nprint(supervisor.get_previous_traceback())\n'})
    try:
        got = b.expect(PRESS)
        check('supervisor-values', got is not None and
              b'supervisor.RunReason.STARTUP\r\nsupervisor.SafeModeReason.NONE\r\nTrue 0\r\nTrue\r\nint True\r\n'
              b'None\r\n' in got, repr(got))
        b.send('\x04')
        got = b.expect(PRESS)
        check('next-code-file', got is not None and b'other.py output:\r\n' + title(b'other.py') +
              b'other runs\r\nTraceback (most recent call last):\r\n'
              b'  File "code.py", line 9, in <module>\r\nOSError: 5\r\n\r\n' + T_DONE + DONE in got, repr(got))
        # not sticky: code.py again next time
        b.send('\x04')
        got = b.expect(PRESS)
        check('next-code-file-once', got is not None and b'code.py output:' in got, repr(got))
        write(os.path.join(drive, 'code.py'), 'import supervisor\nsupervisor.set_next_code_file("missing.py")\n')
        b.expect(PRESS, TIMEOUT + 2)   # other.py (still the next file), then code.py sets missing.py
        b.send('\x04')
        b.expect(PRESS)
        b.send('\x04')
        got = b.expect(PRESS)
        check('next-code-file-missing', got is not None and
              got.startswith(SOFT + b'\r\n' + AUTO_ON + b'missing.py not found.\r\n' + CODE),
              repr(got))
    finally:
        b.close()


# --- imports ---------------------------------------------------------------------------------

def t_imports(root):
    drive = os.path.join(root, 'imp')
    b = Board(drive, files={
        'code.py': 'import sys, os\nprint(sys.path)\nimport mod_root, mod_lib\nprint(mod_root.V, mod_lib.V)\n'
                   'print(os.getcwd(), sorted(os.listdir("/")))\nprint(open("/lib/mod_lib.py").read().strip())\n',
        'mod_root.py': 'V = "root"\n',
        'lib/mod_lib.py': 'V = "lib"\n',
        'lib/mod_root.py': 'V = "shadowed"\n'})
    try:
        got = b.expect(PRESS)
        check('sys-path', got is not None and b"['', '/', '.frozen', '/lib']\r\n" in got, repr(got))
        check('import-root-then-lib', got is not None and b'root lib\r\n' in got, repr(got))
        check('drive-is-root', got is not None and
              b"/ ['boot_out.txt', 'code.py', 'lib', 'mod_root.py']\r\nV = \"lib\"\r\n" in got, repr(got))
    finally:
        b.close()


# --- storage ---------------------------------------------------------------------------------

def t_storage(root):
    drive = os.path.join(root, 'ro')
    code = ('import os, storage\n'
            'for f in (lambda: open("new.txt", "w"), lambda: os.mkdir("d"), lambda: os.remove("code.py"),\n'
            '          lambda: os.rename("code.py", "x.py"), lambda: open("code.py", "a")):\n'
            '    try:\n        f()\n    except OSError as e:\n        print(e)\n'
            'print(storage.getmount("/").readonly)\n'
            'try:\n    storage.remount("/", readonly=False)\nexcept RuntimeError as e:\n    print(e)\n'
            'try:\n    storage.remount("/lib")\nexcept OSError as e:\n    print(e)\n')
    b = Board(drive, files={'code.py': code})
    try:
        got = b.expect(PRESS)
        # CircuitPython's OSError names no file; the errno and text are what matter here
        tail = re.sub(rb": '[^']*'( -> '[^']*')?\r\n", b'\r\n', got[got.rfind(LC):]) if got else None
        check_eq('read-only', CODE + b'[Errno 30] Read-only filesystem\r\n' * 5 + b'True\r\n'
                 b'Cannot remount path when visible via USB.\r\n[Errno 22] Invalid argument\r\n' + T_DONE + DONE + PRESS,
                 tail)
        check('read-only-files', not os.path.exists(os.path.join(drive, 'new.txt')) and
              os.path.exists(os.path.join(drive, 'code.py')))
    finally:
        b.close()
    drive = os.path.join(root, 'rw')
    b = Board(drive, files={
        'boot.py': 'import storage\nstorage.remount("/", readonly=False)\n',
        'code.py': 'import storage, os\nprint(storage.getmount("/").readonly)\n'
                   'with open("/log.txt", "w") as f:\n    f.write("logged")\n'
                   'os.mkdir("/d")\nos.rename("/log.txt", "/d/log.txt")\nprint(open("d/log.txt").read())\n'})
    try:
        got = b.expect(PRESS)
        check('writable', got is not None and got.endswith(CODE + b'False\r\nlogged\r\n' + T_DONE + DONE + PRESS),
              repr(got))
        check('writable-file', open(os.path.join(drive, 'd', 'log.txt')).read() == 'logged')
        # the host's writes do not reload while Python owns the drive
        write(os.path.join(drive, 'other.txt'), 'x')
        b.pump(1.3)
        check_eq('python-owned-no-reload', b'', b.since_mark())
    finally:
        b.close()


# --- settings.toml ---------------------------------------------------------------------------

SETTINGS = '''# a comment
CIRCUITPY_WIFI_SSID = "my net"
  INDENTED = "yes"
NUMBER = 0x7f
BARE = this is an unquoted string # comment
ESC = "a\\tb\\u00e9\\"q\\\\"
EMPTY =
BAD = "unterminated
JUNK = "x" y
FIRST = 1
FIRST = 2
FLAG = true
OCT = 011
[section]
HIDDEN = "no"
'''


def t_settings(root):
    drive = os.path.join(root, 'settings')
    keys = ['CIRCUITPY_WIFI_SSID', 'INDENTED', 'NUMBER', 'BARE', 'ESC', 'EMPTY', 'BAD', 'JUNK', 'FIRST', 'HIDDEN',
            'MISSING', 'circuitpy_wifi_ssid']
    code = ('import os, supervisor\n'
            f'for k in {keys!r}:\n    print(repr(os.getenv(k)))\n'
            'print(os.getenv("MISSING", "dflt"))\n'
            'print(repr(supervisor.get_setting("NUMBER")), repr(supervisor.get_setting("FLAG")),'
            ' repr(supervisor.get_setting("OCT")), repr(supervisor.get_setting("CIRCUITPY_WIFI_SSID")))\n')
    b = Board(drive, board='metro_m4_express', files={'code.py': code, 'settings.toml': SETTINGS})
    try:
        got = b.expect(PRESS)
        want = ("'my net'\r\n'yes'\r\n'0x7f'\r\n'this is an unquoted string'\r\n'a\\tb\u00e9\"q\\\\'\r\n"
                "None\r\nNone\r\nNone\r\n'1'\r\nNone\r\nNone\r\nNone\r\ndflt\r\n127 True 9 'my net'\r\n").encode()
        check('getenv', got is not None and (CODE + want + T_DONE + DONE) in got, repr(got))
    finally:
        b.close()
    # CircuitPlayground Express (SAMD21) has no settings.toml support
    drive = os.path.join(root, 'settings21')
    b = Board(drive, files={'code.py': 'import os\ntry:\n    os.getenv("X")\nexcept NotImplementedError as e:\n'
                                       '    print("NotImplementedError", repr(str(e)))\n',
                            'settings.toml': 'X = "1"\n'})
    try:
        got = b.expect(PRESS)
        check('getenv-samd21', got is not None and b"NotImplementedError ''\r\n" in got, repr(got))
    finally:
        b.close()


# --- microcontroller.reset(), safe mode ---------------------------------------------------

def t_reset_and_safe_mode(root):
    drive = os.path.join(root, 'reset')
    # a reset after the safe-mode window: a normal start-up (boot.py again)
    b = Board(drive, files={
        'boot.py': 'print("boot ran")\n',
        'code.py': 'import microcontroller, supervisor, time, os\n'
                   'print(supervisor.runtime.run_reason)\n'
                   'if not "flag" in os.listdir("/"):\n'
                   '    time.sleep(1.2)\n'
                   '    print("resetting")\n'
                   '    microcontroller.reset()\n'})
    try:
        b.expect(b'resetting\r\n')
        os.mkdir(os.path.join(drive, 'flag'))
        got = b.expect(PRESS, TIMEOUT + 3)
        check('reset-reruns-boot', got is not None and b'boot.py output:\r\nboot ran\r\n' in got and
              b'supervisor.RunReason.STARTUP\r\n' in got and b'safe mode' not in got, repr(got))
    finally:
        b.close()
    # a reset during the start-up window: safe mode (USER), nothing runs
    drive = os.path.join(root, 'usersafe')
    b = Board(drive, files={'boot.py': 'import microcontroller\nmicrocontroller.reset()\n',
                            'code.py': 'print("must not run")\n'})
    try:
        got = b.expect(PRESS, TIMEOUT + 3)
        safe = (b'\r\n' + AUTO_OFF + b'Running in safe mode! Not running saved code.\r\n'
                b'\r\nYou are in safe mode because:\r\nYou pressed both buttons at start up.\r\n'
                b'Press reset to exit safe mode.\r\n' + T_DONE + PRESS)
        check('user-safe-mode', got is not None and got.endswith(safe) and b'must not run' not in got, repr(got))
        b.send('x')
        b.expect(b'>>> ')
        b.send('import supervisor; supervisor.runtime.safe_mode_reason\r')
        got = b.expect(b'>>> ')
        check('safe-mode-reason-user', got is not None and b'supervisor.SafeModeReason.USER\r\n' in got, repr(got))
    finally:
        b.close()
    # microcontroller.on_next_reset(SAFE_MODE): PROGRAMMATIC
    drive = os.path.join(root, 'progsafe')
    b = Board(drive, files={'code.py': 'import microcontroller, time\ntime.sleep(1.1)\n'
                                       'microcontroller.on_next_reset(microcontroller.RunMode.SAFE_MODE)\n'
                                       'microcontroller.reset()\n'})
    try:
        got = b.expect(b'Press reset to exit safe mode.\r\n' + T_DONE + PRESS, TIMEOUT + 3)
        check('programmatic-safe-mode', got is not None and
              b"You are in safe mode because:\r\nThe `microcontroller` module was used to boot into safe mode.\r\n"
              in got, repr(got))
    finally:
        b.close()


def t_crash(root):
    drive = os.path.join(root, 'crash')
    # (the sanitizers would report the signal and exit instead of crashing)
    env = dict(os.environ, ASAN_OPTIONS='handle_segv=0:' + os.environ.get('ASAN_OPTIONS', ''))
    b = Board(drive, files={'code.py': 'print("spinning")\nwhile True:\n    pass\n',
                            'safemode.py': 'import supervisor\nprint("safemode.py:", supervisor.runtime.safe_mode_reason)\n'},
              env=env)
    try:
        b.expect(b'spinning\r\n')
        pid = b.child_pid()
        check('crash-child', pid is not None)
        if pid:
            os.kill(pid, signal.SIGSEGV)   # what a wild pointer in the C side does
        got = b.expect(PRESS, TIMEOUT + 3)
        expected = (b'\r\nYou are in safe mode because:\r\nCircuitPython core code crashed hard. Whoops!\r\n'
                    b'Hard fault: memory access or instruction error.\r\n'
                    b'Please file an issue with your program at github.com/adafruit/circuitpython/issues.\r\n'
                    b'Press reset to exit safe mode.\r\n' + T_DONE + PRESS)
        check('crash-safe-mode', got is not None and got.endswith(expected) and b'spinning' not in got and
              b'boot.py output' not in got, repr(got))
        check('safemode-py', got is not None and
              LC + b'safemode.py output:\r\n' + title(b'safemode.py') +
              b'safemode.py: supervisor.SafeModeReason.HARD_FAULT\r\n' + T_DONE in got, repr(got))
        b.send('x')
        b.expect(b'>>> ')
        b.send('import supervisor; supervisor.runtime.safe_mode_reason\r')
        got = b.expect(b'>>> ')
        check('safe-mode-reason-hard-fault', got is not None and b'supervisor.SafeModeReason.HARD_FAULT\r\n' in got,
              repr(got))
    finally:
        b.close()


# --- atomic writes ------------------------------------------------------------------------

def t_atomic_writes(root):
    drive = os.path.join(root, 'atomic')
    old = 'old content\n' * 100
    big = 'N' * 200000
    b = Board(drive, files={
        'boot.py': 'import storage\nstorage.remount("/", readonly=False)\n',
        'data.txt': old,
        'code.py': 'import os, time\n'
                   'print("writing")\n'
                   'while True:\n'
                   '    with open("data.txt", "w") as f:\n'
                   '        for i in range(100):\n'
                   f'            f.write({big[:2000]!r})\n'
                   '            time.sleep(0.001)\n'})
    try:
        b.expect(b'writing\r\n')
        time.sleep(0.3)
        os.kill(b.proc.pid, signal.SIGKILL)   # the child dies with it (PDEATHSIG)
        b.proc.wait()
        time.sleep(0.2)
        data = open(os.path.join(drive, 'data.txt')).read()
        check('atomic-old-or-new', data == old or data == big[:2000] * 100, f'{len(data)} bytes')
    finally:
        b.close()
    # a restart within the start-up window of the killed one (a reset during
    # boot): safe mode, USER
    b = Board(drive)
    try:
        got = b.expect(PRESS)
        check('restart-in-window-safe-mode', got is not None and
              b'You are in safe mode because:\r\nYou pressed both buttons at start up.\r\n' in got, repr(got))
    finally:
        b.close()
    # stale temporary files go at the next start, and os.listdir never shows them
    time.sleep(1.1)
    b = Board(drive, files={'code.py': 'import os\nprint(sorted(os.listdir()))\n'})
    try:
        got = b.expect(PRESS)
        check('atomic-tmp-cleaned', not any(n.endswith('.copper-tmp') for n in os.listdir(drive)), repr(os.listdir(drive)))
        check('atomic-listdir', got is not None and b"['boot.py', 'boot_out.txt', 'code.py', 'data.txt']" in got,
              repr(got))
    finally:
        b.close()


# --- usb_cdc and input() ----------------------------------------------------------------------

def t_usb_cdc_and_input(root):
    drive = os.path.join(root, 'cdc')
    b = Board(drive, files={'code.py': 'import usb_cdc\nprint(usb_cdc.console is not None, usb_cdc.data)\n'
                                       'name = input("name? ")\nprint("hello", name)\n'
                                       'usb_cdc.console.write(b"raw\\r\\n")\n'})
    try:
        got = b.expect(b'name? ')
        check('usb-cdc-default', got is not None and b'True None\r\n' in got, repr(got))
        b.send('Ada\r')
        got = b.expect(PRESS)
        check('input', got is not None and b'hello Ada\r\nraw\r\n' in got, repr(got))
    finally:
        b.close()
    drive = os.path.join(root, 'cdc2')
    b = Board(drive, files={'boot.py': 'import usb_cdc\nusb_cdc.enable(console=True, data=True)\n',
                            'code.py': 'import usb_cdc\nprint(type(usb_cdc.data).__name__, usb_cdc.data.timeout)\n'
                                       'try:\n    usb_cdc.enable(data=False)\nexcept RuntimeError as e:\n    print(e)\n'
                                       'usb_cdc.data.timeout = 5\nline = usb_cdc.data.readline()\n'
                                       'usb_cdc.data.write(b"echo:" + line)\nprint("got", line)\n'})
    try:
        # the data channel is a second pty, its path printed on stderr
        got = b.expect(b'Cannot change USB devices now\r\n')
        check('usb-cdc-data', got is not None and b'Serial None\r\n' in got, repr(got))
        m = re.search(rb'(/dev/pts/\d+)\r?\n', got or b'')
        check('usb-cdc-data-path', m is not None, repr(got))
        if m:
            fd = os.open(m.group(1), os.O_RDWR | os.O_NOCTTY)
            attrs = termios.tcgetattr(fd)
            attrs[0] = attrs[1] = attrs[3] = 0
            termios.tcsetattr(fd, termios.TCSANOW, attrs)
            os.write(fd, b'ping\n')
            echo = b''
            end = time.time() + TIMEOUT
            while not echo.endswith(b'\n') and time.time() < end:
                r, _, _ = select.select([fd], [], [], 0.1)
                if r:
                    echo += os.read(fd, 100)
            os.close(fd)
            check_eq('usb-cdc-data-echo', b'echo:ping\n', echo)
            got = b.expect(PRESS)
            check('usb-cdc-data-read', got is not None and b"got b'ping\\n'\r\n" in got, repr(got))
    finally:
        b.close()


# --- --pty ----------------------------------------------------------------------------------

def t_pty(root):
    # no client on the pty: the output goes nowhere and the program is not held up;
    # a file it left open is closed (committed) when its VM ends
    drive = os.path.join(root, 'ptynoclient')
    os.makedirs(drive)
    with open(os.path.join(drive, 'boot.py'), 'w') as f:
        f.write('import storage\nstorage.remount("/", readonly=False)\n')
    with open(os.path.join(drive, 'code.py'), 'w') as f:
        f.write('for i in range(20000):\n    print("line", i, "x" * 20)\nopen("done.txt", "w").write("ok")\n')
    proc = subprocess.Popen([COPPER, '--board', CPX, '--drive', drive, '--pty'], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        done = os.path.join(drive, 'done.txt')
        end = time.time() + TIMEOUT * 2
        while not os.path.exists(done) and time.time() < end:
            time.sleep(0.05)
        check('pty-no-client-not-blocked', os.path.exists(done) and open(done).read() == 'ok')
    finally:
        proc.terminate()
        proc.wait()
    drive = os.path.join(root, 'pty')
    os.makedirs(drive)
    with open(os.path.join(drive, 'code.py'), 'w') as f:
        f.write('print("on the pty")\n')
    proc = subprocess.Popen([COPPER, '--board', CPX, '--drive', drive, '--pty'], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = proc.stderr.readline().decode().strip()
        check('pty-path', re.fullmatch(r'/dev/pts/\d+', line) is not None, repr(line))
        if not line.startswith('/dev/'):
            return
        fd = os.open(line, os.O_RDWR | os.O_NOCTTY)
        attrs = termios.tcgetattr(fd)
        attrs[0] = attrs[1] = attrs[3] = 0   # raw, as serial tools set it
        termios.tcsetattr(fd, termios.TCSANOW, attrs)
        buf = b''
        end = time.time() + TIMEOUT
        os.write(fd, b'\x04')   # reload so the whole run is seen from here
        while PRESS not in buf[buf.find(b'on the pty'):] and time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                buf += os.read(fd, 4096)
        check('pty-code', CODE + b'on the pty\r\n' + T_DONE + DONE + PRESS in buf, repr(buf))
        os.write(fd, b'\r')
        buf = b''
        end = time.time() + TIMEOUT
        while not buf.endswith(b'>>> ') and time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                buf += os.read(fd, 4096)
        os.write(fd, b'print(6*7)\r')
        buf = b''
        end = time.time() + TIMEOUT
        while not buf.endswith(b'>>> ') and time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                buf += os.read(fd, 4096)
        check_eq('pty-repl', b'print(6*7)\r\n42\r\n>>> ', buf)
        # a client that goes away and comes back finds the REPL still there
        os.close(fd)
        time.sleep(0.3)
        fd = os.open(line, os.O_RDWR | os.O_NOCTTY)
        termios.tcsetattr(fd, termios.TCSANOW, attrs)
        os.write(fd, b'print(1)\r')
        buf = b''
        end = time.time() + TIMEOUT
        while b'>>> ' not in buf and time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                buf += os.read(fd, 4096)
        check('pty-reconnect', b'1\r\n>>> ' in buf, repr(buf))
        os.close(fd)
        check('pty-still-running', proc.poll() is None)
    finally:
        proc.terminate()
        proc.wait()


# --- the console on board.DISPLAY ---------------------------------------------------------

def at_repl(drive, shot, run_for, keys, answer, files=None):
    """On a pybadge: a key at the wait, then `keys` at the REPL; True when
    `answer` came. --run-for ends the run, --screen saves `shot`."""
    b = Board(drive, board='pybadge', files=files, extra=('--run-for', run_for, '--screen', shot))
    try:
        b.expect(PRESS)
        b.send('\r')
        b.expect(b'>>> ')
        b.send(keys)
        got = b.expect(answer) is not None
        b.proc.wait(TIMEOUT * 3)
        return got
    finally:
        b.close()


def t_display_console(root):
    # A board's display shows the console across VMs, as CircuitPython's
    # supervisor keeps it: code.py's output and "Press any key" while the
    # board waits, then the REPL's banner, prompt and echo, with the text
    # from before the soft reload still above them. --run-for ends the
    # run wherever it waits; --screen saves the last frame.
    run_for = '8s' if SLOW else '2s'
    drive = os.path.join(root, 'display')
    shot = os.path.join(root, 'wait.png')
    b = Board(drive, board='pybadge', files={'code.py': 'print("hello from code.py")\n'},
              extra=('--run-for', run_for, '--screen', shot))
    try:
        check('display-wait-press', b.expect(PRESS) is not None)
        b.proc.wait(TIMEOUT * 3)
    finally:
        b.close()
    check_eq('display-wait-screen',
             ['code.py output:', 'hello from code.py', '', 'Code done running.', '', 'Press any key to enter the',
              ' REPL. Use CTRL-D to reloa', 'd.', ''], screen_rows(COPPER, shot) if os.path.exists(shot) else None)
    # the status bar row shows the title (the snake has no glyph in the font)
    check_eq('display-wait-status', 'Done | 0.1.0', status_row(COPPER, shot) if os.path.exists(shot) else None)
    shot = os.path.join(root, 'repl.png')
    check('display-repl-echo', at_repl(drive, shot, run_for, 'print(6*7)\r', b'42\r\n>>> '))
    rows = screen_rows(COPPER, shot) if os.path.exists(shot) else [''] * 9
    check_eq('display-repl-screen', ([' REPL. Use CTRL-D to reloa', 'd.', ''], ['>>> print(6*7)', '42', '>>>']),
             (rows[:3], rows[-3:]))
    check_eq('display-repl-status', 'REPL | 0.1.0', status_row(COPPER, shot) if os.path.exists(shot) else None)
    # The raw REPL sends no title: the one before it (Done, as the friendly
    # REPL ends) stays in the status row across the soft reload.
    drive = os.path.join(root, 'display-raw')
    shot = os.path.join(root, 'raw.png')
    check('display-raw-entered',
          at_repl(drive, shot, run_for, '\x01', b'raw REPL; CTRL-B to exit\r\n>', {'code.py': 'pass\n'}))
    check_eq('display-raw-status', 'Done | 0.1.0', status_row(COPPER, shot) if os.path.exists(shot) else None)
    # status_bar.display and .console each turn off one side only
    for name, setting, serial_titles, status in (('display-off', 'display', True, ''),
                                                 ('console-off', 'console', False, 'Done | 0.1.0')):
        drive = os.path.join(root, 'display-' + name)
        shot = os.path.join(root, name + '.png')
        b = Board(drive, board='pybadge', files={'code.py': f'import supervisor\nsupervisor.status_bar.{setting} = False\n'},
                  extra=('--run-for', run_for, '--screen', shot))
        try:
            got = b.expect(PRESS)
            check(f'display-{name}-serial', got is not None and (title(b'code.py') + T_DONE + DONE in got) == serial_titles,
                  repr(got))
            b.proc.wait(TIMEOUT * 3)
        finally:
            b.close()
        check_eq(f'display-{name}-status', status, status_row(COPPER, shot) if os.path.exists(shot) else None)


if __name__ == '__main__':
    sys.exit(main())
