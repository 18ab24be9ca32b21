#!/usr/bin/env python3
# `make test-qemu`: the language tests on the Cortex-M3 board under QEMU.
# Boots build/qemu/copper.elf with its UART on this process's pipes, enters
# the raw REPL (Ctrl-A) as host tools do, and for each test sends the
# program in raw-paste mode, reads its output and error text between the
# \x04 markers, and compares the output with what CPython prints (the same
# expected output and cache as tools/run_tests.py). A soft reboot (Ctrl-D on
# an empty buffer) between tests gives each a fresh heap. A test that hangs
# or crashes the board restarts QEMU.
#
# Skipped, with the reason printed in the summary: tests that need the
# host's files or argv (the board has its own drive), tests of other ports'
# hardware, tests marked `# copper: skip`, and tests whose expected output
# is a 64-bit host's (PLATFORM, MARKER_REASONS).
import argparse
import os
import re
import select
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_tests  # noqa: E402

ROOT = run_tests.ROOT
AREAS_SKIPPED = {
    'files': 'reads and writes host files',
    'import': 'imports modules from files beside the test',
    'hardware': 'needs a simulated board (ports/unix)',
    'cmdline': 'command-line suite',
}
# Single tests that observe the host: argv, the process, files.
FILE_MARKERS = (b'open(', b'__file__', b'sys.argv', b'os.listdir', b'os.stat', b'os.getcwd', b'import mods',
                b'os.mkdir', b'os.remove', b'os.rename', b'os.walk', b'chdir')
# What a test does that a board answers differently from a 64-bit host,
# by design; the expected output (CPython on the host) does not apply.
MARKER_REASONS = (
    ((b'sys.exit', b'SystemExit'), 'ends with an exit status (the raw REPL soft-reboots)'),
    ((b'stderr',), 'writes to stderr (a board has one console)'),
    ((b'traceback',), 'prints tracebacks, which name "<stdin>" for code sent to the REPL'),
)
# Tests whose output depends on the word size or the C library: hashes and
# the set orders they give, sizeof(long) and pointers, sys.maxsize,
# newlib's libm rounding, and a wall clock that starts at 2000-01-01.
PLATFORM = {
    'tests/containers/cont_dict_view_setops.py': 'set order of negative ints depends on the word size',
    'tests/containers/cont_set_full.py': 'frozenset hashes depend on the word size',
    'tests/containers/cont_tuple_full.py': 'tuple hashes depend on the word size',
    'tests/numbers/hash_numbers.py': 'hashes depend on the word size',
    'tests/numbers/num_int_ops_mixed.py': 'hashes depend on the word size',
    'tests/numbers/num_float_ops_mixed.py': 'hashes depend on the word size',
    'tests/memory/memoryerror_catch.py': '2**62 does not fit a 32-bit index (OverflowError, as CPython on 32 bits)',
    'tests/modules/array_basic.py': "array 'l' is 4 bytes on a 32-bit MCU",
    'tests/modules/array_errors.py': "array 'l' is 4 bytes on a 32-bit MCU",
    'tests/stdlib/array_typecodes.py': "array 'l' is 4 bytes on a 32-bit MCU",
    'tests/modules/struct_basic.py': 'native struct sizes are 32-bit',
    'tests/modules/struct_many.py': 'native struct sizes are 32-bit',
    'tests/sys/sys_constants.py': 'sys.maxsize is 2**31-1',
    'tests/modules/math_errors.py': 'sys.maxsize is 2**31-1 in the factorial message',
    'tests/modules/math_basic.py': "newlib's exp() rounds e**1 differently",
    'tests/numbers/math_module_basic.py': "newlib's exp() rounds e**1 differently",
    'tests/stdlib/math_consts_misc.py': "newlib's exp() rounds e**1 differently",
    'tests/stdlib/math_int_args.py': "newlib's exp() rounds e**1 differently",
    'tests/numbers/complex_basic.py': "newlib's pow() rounds differently",
    'tests/modules/select_poll.py': 'polls the console, which the test driver owns',
    'tests/modules/time_basic.py': 'the wall clock starts at 2000-01-01',
    'tests/stdlib/time_functions.py': 'the wall clock starts at 2000-01-01',
    'tests/stdlib/time_mktime.py': 'the wall clock starts at 2000-01-01',
}
TIMEOUT = 60


class Board:
    def __init__(self, elf, qemu_args=()):
        self.elf = elf
        self.qemu_args = list(qemu_args)
        self.proc = None
        self.buf = b''

    def start(self):
        self.stop()
        self.proc = subprocess.Popen(
            ['qemu-system-arm', '-machine', 'mps2-an385', '-display', 'none', '-monitor', 'none',
             '-serial', 'stdio', '-semihosting-config', 'enable=on,target=native', '-kernel', self.elf]
            + self.qemu_args,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
        self.buf = b''
        # Interrupt whatever runs (code.py), press a key to reach the REPL,
        # enter the raw REPL; retried while the board is still starting.
        for _ in range(20):
            self.send(b'\x03\r\x03')
            time.sleep(0.3)
            self.send(b'\x01')
            try:
                self.read_until(b'raw REPL; CTRL-B to exit\r\n>', 1)
                # Drain a second banner from a repeated Ctrl-A.
                time.sleep(0.1)
                self.buf = b''
                return
            except TimeoutError:
                continue
        raise TimeoutError('the board did not enter the raw REPL')

    def stop(self):
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def send(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def read_some(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        r, _, _ = select.select([self.proc.stdout], [], [], left)
        if not r:
            raise TimeoutError
        chunk = os.read(self.proc.stdout.fileno(), 65536)
        if not chunk:
            raise EOFError
        self.buf += chunk

    def read_until(self, marker, timeout):
        deadline = time.monotonic() + timeout
        while marker not in self.buf:
            self.read_some(deadline)
        i = self.buf.index(marker) + len(marker)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out

    def read_exact(self, n, timeout):
        deadline = time.monotonic() + timeout
        while len(self.buf) < n:
            self.read_some(deadline)
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def run(self, source):
        """Runs a program in raw-paste mode: (stdout, error text)."""
        self.send(b'\x05A\x01')
        reply = self.read_exact(2, 10)
        if reply != b'R\x01':
            raise RuntimeError(f'raw-paste refused: {reply!r}')
        window = int.from_bytes(self.read_exact(2, 10), 'little')
        credit = 0
        self.read_until(b'\x01', 10)
        credit += window
        i = 0
        deadline = time.monotonic() + TIMEOUT
        while i < len(source):
            while credit == 0 or (self.buf and b'\x01' in self.buf):
                if b'\x01' not in self.buf:
                    self.read_some(deadline)
                n = self.buf.count(b'\x01')
                credit += n * window
                self.buf = self.buf.replace(b'\x01', b'')
            chunk = source[i:i + min(credit, window)]
            self.send(chunk)
            credit -= len(chunk)
            i += len(chunk)
        self.send(b'\x04')
        self.read_until(b'\x04', TIMEOUT)          # end of data acknowledged
        out = self.read_until(b'\x04', TIMEOUT)[:-1]
        err = self.read_until(b'\x04', TIMEOUT)[:-1]
        self.read_until(b'>', TIMEOUT)
        return out, err

    def soft_reboot(self):
        self.send(b'\x04')
        self.read_until(b'raw REPL; CTRL-B to exit\r\n>', 20)


def skip_reason(path):
    area = os.path.relpath(path, os.path.join(ROOT, 'tests')).split(os.sep)[0]
    if area in AREAS_SKIPPED:
        return AREAS_SKIPPED[area]
    d = run_tests.directives(path)
    if d.get('skip'):
        return 'marked skip'
    if d.get('args'):
        return 'needs copper options'
    name = run_tests.rel(path)
    if name in PLATFORM:
        return PLATFORM[name]
    src = open(path, 'rb').read()
    here = os.path.dirname(path)
    mods = os.path.join(here, 'mods')
    beside = [m for m in os.listdir(here) if m.startswith('_') and m.endswith('.py')]
    if os.path.isdir(mods):
        beside += os.listdir(mods)
    if any(re.search(rb'(import|from) ' + re.escape(os.path.splitext(m)[0].encode()) + rb'\b', src) for m in beside):
        return 'imports modules from files beside the test'
    if os.path.exists(path + '.exp'):
        return None
    if any(m in src for m in FILE_MARKERS):
        return 'uses host files, argv or the process'
    for markers, reason in MARKER_REASONS:
        if any(m in src for m in markers):
            return reason
    return None


def main():
    ap = argparse.ArgumentParser(description='Run the language tests on the QEMU board.')
    ap.add_argument('--elf', default=os.path.join(ROOT, 'build', 'qemu', 'copper.elf'))
    ap.add_argument('--python', default='python3')
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('paths', nargs='*')
    opts = ap.parse_args()
    tests = run_tests.find_tests(opts.paths or [os.path.join(ROOT, 'tests')])
    board = Board(opts.elf)
    board.start()
    passed = failed = 0
    skipped = {}
    try:
        for path in tests:
            name = run_tests.rel(path)
            reason = skip_reason(path)
            if reason:
                skipped.setdefault(reason, []).append(name)
                continue
            exp_code, exp_out, _ = run_tests.expected(path, opts.python, True)
            source = open(path, 'rb').read()
            started = time.monotonic()
            try:
                out, err = board.run(source)
                board.soft_reboot()
            except (TimeoutError, EOFError, RuntimeError) as e:
                failed += 1
                print(f'FAIL {name}: {type(e).__name__} {e}; restarting the board')
                board.start()
                continue
            if opts.verbose and time.monotonic() - started > 2:
                print(f'slow {name}: {time.monotonic() - started:.1f} s')
            out = out.replace(b'\r\n', b'\n')
            raised = bool(err.strip())
            ok_code = (exp_code == 0 and not raised) or (exp_code != 0 and raised)
            if out == exp_out and ok_code:
                passed += 1
                if opts.verbose:
                    print(f'pass {name}')
            else:
                failed += 1
                print(f'FAIL {name}')
                if not ok_code:
                    print(f'  expected exit status {exp_code}; error text: '
                          f'{err.decode("utf-8", "replace").strip()[-300:]}')
                for line in run_tests.short_diff(exp_out, out):
                    print('  ' + line)
    finally:
        board.stop()
    nskip = sum(len(v) for v in skipped.values())
    for reason, names in sorted(skipped.items()):
        print(f'skipped ({reason}): {len(names)}')
    print(f'{passed} passed, {failed} failed, {nskip} skipped')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
