#!/usr/bin/env python3
# A host tool's view of `copper --board ID --drive DIR --pty`: python3-serial
# opens the printed pty as a serial port and speaks the raw REPL the way
# mpremote does (CIRCUITPYTHON.md §2): enter raw mode, run code and read its
# output and errors between the \x04 markers, soft reboot in raw mode,
# raw-paste a 20 KB program with flow control, and copy a file onto the drive
# and back in chunks through the raw REPL (mpremote's `cp`), comparing bytes.
# Usage: tests/workflow/raw_client.py path/to/copper
# Prints one FAIL line per failure, the measurements, and ends with
# "N passed, N failed, N skipped".
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

COPPER = os.path.realpath(sys.argv[1])
SLOW = 'asan' in os.path.basename(COPPER)
TIMEOUT = 30.0 if SLOW else 8.0
passed = failed = skipped = 0


def import_serial():
    try:
        import serial
        return serial
    except ImportError:
        pass
    # Debian's python3-serial lives in the system interpreter's directory.
    if '/usr/lib/python3/dist-packages' not in sys.path:
        sys.path.append('/usr/lib/python3/dist-packages')
    try:
        import serial
        return serial
    except ImportError:
        pass
    if os.geteuid() == 0 and shutil.which('apt-get'):
        subprocess.run(['apt-get', 'install', '-y', '-qq', 'python3-serial'], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=dict(os.environ, DEBIAN_FRONTEND='noninteractive'))
        try:
            import serial
            return serial
        except ImportError:
            pass
    return None


def check(name, ok, detail=''):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f'FAIL raw_client/{name}' + (f'\n  {detail}' if detail else ''), flush=True)


def check_eq(name, expected, actual):
    check(name, expected == actual, f'expected: {expected!r}\n  actual:   {actual!r}')


class RawReplError(Exception):
    pass


class Device:
    """The mpremote side of the raw REPL over a serial port."""

    def __init__(self, port):
        self.ser = port

    def read_until(self, ending, timeout=None):
        # One byte at a time, as mpremote: nothing past `ending` is consumed.
        data = b''
        end = time.time() + (timeout or TIMEOUT)
        while not data.endswith(ending):
            if time.time() > end:
                raise RawReplError(f'timeout waiting for {ending!r}; got {data[-200:]!r}')
            data += self.ser.read(1)
        return data

    def enter_raw_repl(self):
        self.ser.write(b'\r\x03\x03')   # stop a running program (twice, as mpremote)
        time.sleep(0.2)
        self.ser.reset_input_buffer()
        self.ser.write(b'\r\x01')
        return self.read_until(b'raw REPL; CTRL-B to exit\r\n>')

    def exec_raw_no_follow(self, code):
        self.ser.write(code)
        self.ser.write(b'\x04')
        ok = self.ser.read(2)
        if ok != b'OK':
            raise RawReplError(f'could not exec command: {ok!r}')

    def follow(self):
        out = self.read_until(b'\x04')[:-1]
        err = self.read_until(b'\x04')[:-1]
        self.read_until(b'>')
        return out, err

    def exec_(self, code):
        if isinstance(code, str):
            code = code.encode()
        self.exec_raw_no_follow(code)
        return self.follow()

    def raw_paste(self, code):
        """mpremote's raw-paste: window-based flow control."""
        self.ser.write(b'\x05A\x01')
        reply = self.ser.read(2)
        if reply != b'R\x01':
            raise RawReplError(f'raw paste not supported: {reply!r}')
        window = int.from_bytes(self.ser.read(2), 'little')
        remaining = window
        i = 0
        grants = 0
        while i < len(code):
            while remaining == 0 or self.ser.in_waiting:
                b = self.ser.read(1)
                if b == b'\x01':
                    remaining += window
                    grants += 1
                elif b == b'\x04':
                    self.ser.write(b'\x04')
                    raise RawReplError('device ended raw paste early')
                else:
                    raise RawReplError(f'unexpected flow byte {b!r}')
            chunk = code[i:i + min(remaining, len(code) - i)]
            self.ser.write(chunk)
            remaining -= len(chunk)
            i += len(chunk)
        self.ser.write(b'\x04')
        # The device's reply to the end: possibly more window grants, then \x04.
        while True:
            b = self.ser.read(1)
            if b == b'\x04':
                break
            if b != b'\x01':
                raise RawReplError(f'unexpected byte after data {b!r}')
        return window, grants, self.follow()


def wait_for_path(proc):
    line = proc.stderr.readline().decode().strip()
    return line if re.fullmatch(r'/dev/pts/\d+', line) else None


def main():
    global skipped
    serial = import_serial()
    if serial is None:
        skipped += 1
        print('skip: python3-serial not available')
        print(f'{passed} passed, {failed} failed, {skipped} skipped')
        return 0
    root = tempfile.mkdtemp(prefix='copper-raw-')
    drive = os.path.join(root, 'drive')
    os.makedirs(drive)
    with open(os.path.join(drive, 'boot.py'), 'w') as f:
        f.write('import storage\nstorage.remount("/", readonly=False)\n')
    with open(os.path.join(drive, 'code.py'), 'w') as f:
        f.write('print("code.py ran")\n')
    proc = subprocess.Popen([COPPER, '--board', 'circuitplayground_express', '--drive', drive, '--pty'],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        path = wait_for_path(proc)
        check('pty-path', path is not None, repr(path))
        if path is None:
            return 1
        with serial.Serial(path, 115200, timeout=TIMEOUT) as port:
            run_tests(Device(port), drive)
    except RawReplError as e:
        check('protocol', False, str(e))
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(root, ignore_errors=True)
    print(f'{passed} passed, {failed} failed, {skipped} skipped')
    return 0 if failed == 0 else 1


def run_tests(dev, drive):
    banner = dev.enter_raw_repl()
    check('enter-raw', banner.endswith(b'raw REPL; CTRL-B to exit\r\n>'), repr(banner))

    t0 = time.time()
    out, err = dev.exec_('print(1+1)')
    dt = time.time() - t0
    check_eq('exec-output', (b'2\r\n', b''), (out, err))
    print(f'measure: raw REPL round trip for print(1+1): {dt * 1000:.1f} ms', flush=True)

    out, err = dev.exec_('print("before")\n1/0\n')
    check_eq('exec-error', (b'before\r\n', b'Traceback (most recent call last):\r\n  File "<stdin>", line 2, in '
                           b'<module>\r\nZeroDivisionError: division by zero\r\n'), (out, err))

    # globals persist between runs of one raw REPL session
    dev.exec_('x = 41')
    out, err = dev.exec_('print(x + 1)')
    check_eq('exec-globals', (b'42\r\n', b''), (out, err))

    # soft reboot in raw mode: code.py does not run, the raw REPL comes back fresh
    dev.ser.write(b'\x04')
    got = dev.read_until(b'raw REPL; CTRL-B to exit\r\n>')
    check_eq('soft-reboot-raw', b'OK\r\nsoft reboot\r\nraw REPL; CTRL-B to exit\r\n>', got)
    out, err = dev.exec_('try:\n    x\nexcept NameError:\n    print("fresh")\n')
    check_eq('soft-reboot-fresh', (b'fresh\r\n', b''), (out, err))

    # raw paste of a 20 KB program (flow control windows)
    lines = [f'v{i} = {i} * 3 + len("{"x" * 20}")' for i in range(600)]
    lines.append('print(sum(v%d for v in [0]) if False else ' % 0 + ' + '.join(f'v{i}' for i in range(0, 600, 50)) + ')')
    program = ('\n'.join(lines) + '\n').encode()
    check('paste-size', len(program) >= 20000, str(len(program)))
    t0 = time.time()
    window, grants, (out, err) = dev.raw_paste(program)
    dt = time.time() - t0
    expected = sum(i * 3 + 20 for i in range(0, 600, 50))
    check_eq('raw-paste-window', 128, window)
    check('raw-paste-grants', grants >= len(program) // 128 - 1, f'{grants} grants for {len(program)} bytes')
    check_eq('raw-paste-result', (f'{expected}\r\n'.encode(), b''), (out, err))
    print(f'measure: raw-paste of {len(program)} bytes: {dt * 1000:.0f} ms', flush=True)

    # mpremote-style cp onto the drive and back
    rng = random.Random(7)
    blob = bytes(rng.randrange(256) for _ in range(6000))
    out, err = dev.exec_("f = open('blob.bin', 'wb')\nw = f.write\nimport binascii")
    check_eq('cp-open', (b'', b''), (out, err))
    for i in range(0, len(blob), 256):
        chunk = blob[i:i + 256]
        dev.exec_raw_no_follow(b'w(binascii.a2b_base64(%r))' % __import__('base64').b64encode(chunk))
        out, err = dev.follow()
        if err:
            check('cp-chunk', False, repr(err))
            break
    out, err = dev.exec_('f.close()')
    with open(os.path.join(drive, 'blob.bin'), 'rb') as f:
        on_disk = f.read()
    check('cp-to-device', on_disk == blob, f'{len(on_disk)} bytes on the drive')
    out, err = dev.exec_("import binascii\nwith open('blob.bin', 'rb') as f:\n"
                         "    while True:\n        b = f.read(256)\n        if not b:\n            break\n"
                         "        print(binascii.hexlify(b).decode())\n")
    back = bytes.fromhex(out.replace(b'\r\n', b'').decode()) if not err else b''
    check('cp-from-device', back == blob, repr(err[-200:]) if err else f'{len(back)} bytes back')

    # Ctrl-B: back to the friendly REPL, whose status-bar title (OSC 0, which
    # the raw REPL never sends) comes before the banner
    dev.ser.write(b'\x02')
    got = dev.read_until(b'>>> ')
    check('ctrl-b', re.fullmatch(rb'\r\n' + re.escape(b'\x1b]0;\xf0\x9f\x90\x8dREPL | 0.1.0\x1b\\') +
                                 rb'\r\nCopper 0\.1\.0 on \d{4}-\d\d-\d\d; Adafruit CircuitPlayground Express '
                                 rb'with samd21g18\r\n>>> ', got) is not None, repr(got))


if __name__ == '__main__':
    sys.exit(main())
