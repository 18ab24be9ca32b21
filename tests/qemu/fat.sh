#!/usr/bin/env bash
# The CIRCUITPY drive of the qemu-arm board (ports/qemu-arm/fat.c and
# storage_qemu.c): FAT images made on the host with mkfs.fat and mtools are
# loaded into the board's PSRAM, and the REPL on the serial port lists,
# reads, writes, appends, renames, makes and removes; the memory is then
# dumped through the QEMU monitor and checked on the host with fsck.fat and
# mtools. Corrupt images (random bytes, a cut FAT, garbage directories) and
# no image at all must give OSError, never a hang or a crash.
# Usage: tests/qemu/fat.sh [copper]   (the argument is not used: the board
# firmware is $COPPER_QEMU_ELF, default build/qemu/copper.elf, from `make qemu`)
# Prints one FAIL line per failure and ends with "N passed, N failed, N skipped".
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
elf=${COPPER_QEMU_ELF:-$root/build/qemu/copper.elf}
export PATH="$PATH:/usr/sbin:/sbin"

if ! command -v qemu-system-arm >/dev/null; then
    echo "qemu-system-arm is not installed: skipped" >&2
    echo "0 passed, 0 failed, 1 skipped"
    exit 0
fi
if [ ! -f "$elf" ]; then
    echo "no board firmware at $elf (make qemu): skipped" >&2
    echo "0 passed, 0 failed, 1 skipped"
    exit 0
fi
if ! command -v mcopy >/dev/null || ! command -v mkfs.fat >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq mtools dosfstools >/dev/null 2>&1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export MTOOLS_SKIP_CHECK=1 TZ=UTC

exec python3 - "$elf" "$tmp" <<'PYEOF'
import calendar, hashlib, os, random, select, socket, subprocess, sys, time

elf, tmp = sys.argv[1], sys.argv[2]
DRIVE_ADDR = 0x21000000
KB = 2048
passed = failed = 0
t_start = time.time()


def check(name, expected, actual):
    global passed, failed
    if expected == actual:
        passed += 1
    else:
        failed += 1
        print(f'FAIL qemu/fat/{name}\n  expected: {short(expected)}\n  actual:   {short(actual)}')


def short(v):
    text = repr(v)
    return text if len(text) < 300 else text[:300] + '...'


def sh(*args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


# --- the drive's files on the host -------------------------------------------------
src = os.path.join(tmp, 'src')
os.makedirs(os.path.join(src, 'lib', 'sub'))
rng = random.Random(1234)
blob = bytes(rng.getrandbits(8) for _ in range(100_000))
files = {
    'boot.py': 'import storage\nstorage.remount("/", readonly=False)\nprint("boot ran")\n',
    'code.py': 'print("code ran from the drive")\n',
    'hello.txt': 'Hello, FAT!\nsecond line\n',
    'A long file name.txt': 'long names work\n',
    'MiXeD.txt': 'mixed case\n',
    'lib/sub/deep.txt': 'deep down\n',
}
for path, text in files.items():
    with open(os.path.join(src, path), 'w') as f:
        f.write(text)
with open(os.path.join(src, 'lib', 'blob.bin'), 'wb') as f:
    f.write(blob)
stamp = calendar.timegm((2024, 5, 6, 7, 8, 10))
os.utime(os.path.join(src, 'hello.txt'), (stamp, stamp))


def make_image(name, with_boot=True):
    img = os.path.join(tmp, name)
    r = sh('mkfs.fat', '-C', '-n', 'CIRCUITPY', img, str(KB))
    if r.returncode != 0:
        raise SystemExit(f'mkfs.fat failed: {r.stderr}')
    entries = [os.path.join(src, e) for e in sorted(os.listdir(src)) if with_boot or e != 'boot.py']
    r = sh('mcopy', '-s', '-m', '-i', img, *entries, '::/')
    if r.returncode != 0:
        raise SystemExit(f'mcopy failed: {r.stderr}')
    return img


# --- one boot of the board ---------------------------------------------------------
class Timeout(Exception):
    pass


class Board:
    def __init__(self, image):
        self.mon_path = os.path.join(tmp, 'mon.sock')
        if os.path.exists(self.mon_path):
            os.unlink(self.mon_path)
        args = ['qemu-system-arm', '-machine', 'mps2-an385', '-display', 'none', '-serial', 'stdio',
                '-monitor', f'unix:{self.mon_path},server=on,wait=off',
                '-semihosting-config', 'enable=on,target=native', '-kernel', elf]
        if image is not None:
            args += ['-device', f'loader,file={image},addr={DRIVE_ADDR:#x},force-raw=on']
        # (cwd: the monitor's pmemsave takes a file name with no '/', which
        # it would read as a division.)
        self.p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, cwd=tmp)
        self.buf = b''
        self.log = b''

    def read_until(self, marker, timeout):
        end = time.time() + timeout
        while marker not in self.buf:
            left = end - time.time()
            if left <= 0:
                raise Timeout(marker)
            r, _, _ = select.select([self.p.stdout], [], [], left)
            if r:
                chunk = os.read(self.p.stdout.fileno(), 4096)
                if not chunk:
                    raise Timeout(marker)
                self.buf += chunk
                self.log += chunk
        i = self.buf.index(marker) + len(marker)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out

    def boot(self):
        """The start-up output up to the REPL's first prompt."""
        out = self.read_until(b'Press any key to enter the REPL', 20)
        self.p.stdin.write(b'\r')
        self.p.stdin.flush()
        out += self.read_until(b'\n>>> ', 10)
        return out.decode(errors='replace').replace('\r', '')

    def run(self, line, timeout=15):
        """What the REPL prints for one line (without the echo)."""
        self.p.stdin.write(line.encode() + b'\r')
        self.p.stdin.flush()
        out = self.read_until(b'\n>>> ', timeout).decode(errors='replace').replace('\r', '')
        out = out[:-len('\n>>> ')]
        return out.split('\n', 1)[1] if '\n' in out else ''

    def monitor(self, cmd):
        s = socket.socket(socket.AF_UNIX)
        s.settimeout(10)
        try:
            s.connect(self.mon_path)
            self.mon_read(s)
            s.sendall(cmd.encode() + b'\n')
            self.mon_read(s)   # the command is done when the prompt is back
        finally:
            s.close()

    @staticmethod
    def mon_read(s):
        data = b''
        while not data.endswith(b'(qemu) '):
            chunk = s.recv(4096)
            if not chunk:
                break   # QEMU quit
            data += chunk

    def close(self):
        try:
            self.monitor('quit')
        except OSError:
            pass
        try:
            self.p.wait(5)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()


ERR = ('exec("def err(f, *a):\\n try:\\n  f(*a)\\n except OSError as e:\\n  return e.errno\\n'
       ' return \'no error\'")')


def session(name, image, steps, after=None):
    """Boots with `image`, runs (check name, REPL line, expected output) steps."""
    b = Board(image)
    try:
        banner = b.boot()
        b.run('import os, hashlib, storage')
        b.run(ERR)
        if callable(steps):
            steps = steps(banner)
        for check_name, line, expected in steps:
            check(f'{name}/{check_name}', expected, b.run(line))
        if after is not None:
            after(b)
        check(f'{name}/alive', '42', b.run('print(6 * 7)'))
    except Timeout as e:
        check(f'{name}/no-hang', 'output', f'timed out waiting for {e.args[0]!r}; got: '
              f'{b.log[-400:].decode(errors="replace")!r}')
    except Exception as e:   # the monitor or a host tool failed
        check(f'{name}/session', 'completed', repr(e))
    finally:
        b.close()


def r(v):
    return repr(v)


# --- 1: a good drive, writable by Python through boot.py ----------------------------
main_img = make_image('main.img')
pattern = bytes(range(256)) * 40
root_list = sorted(['boot.py', 'code.py', 'hello.txt', 'A long file name.txt', 'MiXeD.txt', 'lib', 'boot_out.txt'])


def main_steps(banner):
    check('main/boot.py-ran', True, 'boot ran' in banner)
    check('main/code.py-ran', True, 'code ran from the drive' in banner)
    return [
        ('listdir-root', 'sorted(os.listdir("/"))', r(root_list)),
        ('listdir-lib', 'sorted(os.listdir("lib"))', r(['blob.bin', 'sub'])),
        ('listdir-sub', 'os.listdir("/lib/sub")', r(['deep.txt'])),
        ('read-text', 'open("hello.txt").read()', r(files['hello.txt'])),
        ('read-lines', 'open("hello.txt").readlines()', r(files['hello.txt'].splitlines(True))),
        ('read-long-name', 'open("a long FILE name.TXT").read()', r(files['A long file name.txt'])),
        ('read-short-alias', 'open("ALONGF~1.TXT").read()', r(files['A long file name.txt'])),
        ('read-mixed', 'open("mixed.txt").read()', r(files['MiXeD.txt'])),
        ('read-deep', 'open("/lib/sub/deep.txt").read()', r(files['lib/sub/deep.txt'])),
        ('blob-sha256', 'hashlib.sha256(open("lib/blob.bin", "rb").read()).hexdigest()',
         r(hashlib.sha256(blob).hexdigest())),
        ('blob-chunks', 'f = open("lib/blob.bin", "rb"); n = 0; h = hashlib.sha256()', ''),
        ('blob-chunks2', 'exec("while True:\\n c = f.read(3000)\\n if not c: break\\n h.update(c)")', ''),
        ('blob-chunks3', 'f.close(); h.hexdigest()', r(hashlib.sha256(blob).hexdigest())),
        ('stat-size', 'os.stat("lib/blob.bin")[6]', '100000'),
        ('stat-dir-mode', 'os.stat("lib")[0]', str(0o40755)),
        ('stat-file-mode', 'os.stat("hello.txt")[0]', str(0o100644)),
        ('stat-mtime', 'os.stat("hello.txt")[8]', str(stamp)),
        ('seek', 'f = open("hello.txt", "rb"); f.seek(7); f.read(3)', "7\nb'FAT'"),
        ('tell', 'f.tell(); f.seek(-5, 2); f.read()', "10\n19\nb'line\\n'"),
        ('two-handles', 'g = open("lib/sub/deep.txt", "rb"); (f.seek(0), g.read(4), f.read(5), g.read())',
         "(0, b'deep', b'Hello', b' down\\n')"),
        ('close', 'f.close(); g.close()', ''),
        ('write', 'f = open("new.txt", "w"); f.write("line1\\n"); f.close()', '6'),
        ('append', 'f = open("new.txt", "a"); f.write("line2\\n"); f.close()', '6'),
        ('read-back', 'open("new.txt").read()', r('line1\nline2\n')),
        ('plus-mode', 'f = open("new.txt", "r+"); f.seek(2); f.write("NE"); f.close()', '2\n2'),
        ('plus-read', 'open("new.txt").read()', r('liNE1\nline2\n')),
        ('mkdir', 'os.mkdir("data"); os.listdir("data")', '[]'),
        ('write-binary', 'f = open("data/Long Binary Name.bin", "wb"); f.write(bytes(range(256)) * 40); f.close()',
         str(len(pattern))),
        ('binary-size', 'os.stat("data/long binary name.bin")[6]', str(len(pattern))),
        ('binary-back', 'open("data/Long Binary Name.bin", "rb").read() == bytes(range(256)) * 40', 'True'),
        ('rename-same-dir', 'os.rename("new.txt", "renamed.txt"); "new.txt" in os.listdir(), '
         'open("renamed.txt").read()', r((False, 'liNE1\nline2\n'))),
        ('rename-across', 'os.rename("renamed.txt", "data/moved.txt"); sorted(os.listdir("data"))',
         r(['Long Binary Name.bin', 'moved.txt'])),
        ('rename-dir', 'os.rename("lib/sub", "data/Sub Dir"); os.listdir("data/Sub Dir"), os.listdir("lib")',
         r((['deep.txt'], ['blob.bin']))),
        ('rename-dir-read', 'open("/data/Sub Dir/../Sub Dir/deep.txt").read()', r(files['lib/sub/deep.txt'])),
        ('mkdir-rmdir', 'os.mkdir("empty"); os.rmdir("empty"); "empty" in os.listdir()', 'False'),
        ('remove', 'os.remove("data/moved.txt"); sorted(os.listdir("data"))',
         r(['Long Binary Name.bin', 'Sub Dir'])),
        ('long-name-create', 'open("This is a long name.txt", "w").write("x" * 5000)', '5000'),
        ('lower-83-create', 'open("lower.py", "w").write("print(1)")', '8'),
        ('chdir', 'os.chdir("data/Sub Dir"); os.getcwd()', r('/data/Sub Dir')),
        ('relative', 'open("deep.txt").read(), open("../../hello.txt").read()',
         r((files['lib/sub/deep.txt'], files['hello.txt']))),
        ('chdir-back', 'os.chdir(".."); os.chdir("/"); os.getcwd()', r('/')),
        ('overwrite', 'open("hello.txt", "w").write("short"); open("hello.txt").read()', "5\n'short'"),
        ('err-enoent', 'err(open, "nope.txt")', '2'),
        ('err-remove-enoent', 'err(os.remove, "nope.txt")', '2'),
        ('err-enotdir', 'err(os.listdir, "code.py")', '20'),
        ('err-enotdir-path', 'err(open, "code.py/x")', '20'),
        ('err-eisdir', 'err(open, "lib")', '21'),
        ('err-eisdir-remove', 'err(os.remove, "lib")', '21'),
        ('err-eexist-mkdir', 'err(os.mkdir, "lib")', '17'),
        ('err-eexist-rename', 'err(os.rename, "code.py", "hello.txt")', '17'),
        ('err-exclusive', 'err(open, "code.py", "x")', '17'),
        ('err-notempty', 'err(os.rmdir, "data")', '39'),
        ('err-rmdir-file', 'err(os.rmdir, "code.py")', '20'),
        ('err-into-itself', 'err(os.rename, "data", "data/Sub Dir/data")', '22'),
        ('err-bad-name', 'err(open, "a*b.txt", "w")', '22'),
        ('readonly-flag', 'storage.getmount("/").readonly', 'False'),
    ]


def dump_and_check(b):
    dump = os.path.join(tmp, 'dump.img')
    b.run('os.sync()')
    b.monitor(f'pmemsave {DRIVE_ADDR:#x} {KB * 1024} dump.img')
    for _ in range(50):
        if os.path.exists(dump) and os.path.getsize(dump) == KB * 1024:
            break
        time.sleep(0.1)
    fsck = sh('fsck.fat', '-n', dump)
    check('main/fsck-clean', 0, fsck.returncode)
    if fsck.returncode != 0:
        print(fsck.stdout + fsck.stderr)

    def get(path):
        out = os.path.join(tmp, 'got')
        if os.path.exists(out):
            os.unlink(out)
        rr = sh('mcopy', '-n', '-i', dump, '::' + path, out)
        if rr.returncode != 0:
            return f'mcopy failed: {rr.stderr.strip()}'
        with open(out, 'rb') as f:
            return f.read()
    check('main/host-binary', pattern, get('/data/Long Binary Name.bin'))
    check('main/host-long-name', b'x' * 5000, get('/This is a long name.txt'))
    check('main/host-overwritten', b'short', get('/hello.txt'))
    check('main/host-blob', blob, get('/lib/blob.bin'))
    check('main/host-moved-dir', files['lib/sub/deep.txt'].encode(), get('/data/Sub Dir/deep.txt'))
    def names(d):
        return sorted(line.rstrip('/') for line in sh('mdir', '-b', '-i', dump, d).stdout.splitlines())
    check('main/host-root', sorted(['::/' + n for n in root_list + ['data', 'This is a long name.txt', 'lower.py']]),
          names('::/'))
    check('main/host-data', ['::/data/Long Binary Name.bin', '::/data/Sub Dir'], names('::/data'))
    # lower.py is a valid 8.3 name: one entry, stored as LOWER.PY with the lowercase bits.
    raw = sh('mdir', '-i', dump, '::/').stdout
    check('main/host-83-lowercase', True, any(line.split()[:2] == ['lower', 'py'] and len(line.split()) == 5
                                              for line in raw.splitlines()))


session('main', main_img, main_steps, after=dump_and_check)

# --- 2: without boot.py the drive is read-only to Python (CircuitPython's default) ---
ro_img = make_image('readonly.img', with_boot=False)
session('readonly', ro_img, [
    ('read', 'open("hello.txt").read()', r(files['hello.txt'])),
    ('write-erofs', 'err(open, "x.txt", "w")', '30'),
    ('mkdir-erofs', 'err(os.mkdir, "d")', '30'),
    ('remove-erofs', 'err(os.remove, "hello.txt")', '30'),
    ('rename-erofs', 'err(os.rename, "hello.txt", "h.txt")', '30'),
    ('readonly-flag', 'storage.getmount("/").readonly', 'True'),
])

# --- 3: random bytes: no FAT volume --------------------------------------------------
rnd = os.path.join(tmp, 'random.img')
with open(rnd, 'wb') as f:
    f.write(bytes(rng.getrandbits(8) for _ in range(64 * 1024)))
session('random', rnd, [
    ('listdir-eio', 'err(os.listdir, "/")', '5'),
    ('open-eio', 'err(open, "code.py")', '5'),
    ('stat-eio', 'err(os.stat, "/")', '5'),
])

# --- 4: a cut FAT and garbage directory entries --------------------------------------
with open(main_img, 'rb') as f:
    img = bytearray(f.read())
bps = img[11] | img[12] << 8
reserved = img[14] | img[15] << 8
nfats = img[16]
fat_sectors = img[22] | img[23] << 8
root_entries = img[17] | img[18] << 8
for i in range(nfats):
    start = (reserved + i * fat_sectors) * bps
    # Keep the first entries (the small files), lose the rest of every chain.
    for k in range(start + 12, start + fat_sectors * bps):
        img[k] = 0
root_off = (reserved + nfats * fat_sectors) * bps
# Garbage after the real root entries: wild clusters, sizes and LFN pieces.
grng = random.Random(99)
for k in range(root_off + 32 * 16, root_off + 32 * 48):
    img[k] = grng.getrandbits(8)
bad = os.path.join(tmp, 'badfat.img')
with open(bad, 'wb') as f:
    f.write(img[: (reserved + nfats * fat_sectors) * bps + root_entries * 32 + 64 * 1024])


def bad_steps(banner):
    return [
        ('listdir-survives', 'type(os.listdir("/"))', "<class 'list'>"),
        ('broken-chain-eio', 'err(lambda: open("lib/blob.bin", "rb").read())', '5'),
        ('small-file-ok', 'open("hello.txt").read()', r(files['hello.txt'])),
        ('walk-survives', 'exec("for n in os.listdir(\'/\'):\\n try:\\n  os.stat(n); open(n, \'rb\').read()\\n'
         ' except OSError:\\n  pass")', ''),
        ('write-survives', 'exec("try:\\n open(\'w.bin\', \'wb\').write(bytes(50000))\\nexcept OSError:\\n pass")',
         ''),
    ]


session('corrupt', bad, bad_steps)

# --- 5: no image at all ------------------------------------------------------------
session('nodrive', None, [
    ('listdir-enoent', 'err(os.listdir, "/")', '2'),
    ('open-enoent', 'err(open, "code.py")', '2'),
    ('write-enoent', 'err(open, "x.txt", "w")', '2'),
    ('getcwd', 'os.getcwd()', r('/')),
])

elapsed = time.time() - t_start
print(f'{passed} passed, {failed} failed, 0 skipped')
sys.exit(1 if failed else 0)
PYEOF
