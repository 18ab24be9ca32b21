#!/usr/bin/env bash
# The CIRCUITPY drive of the qemu-arm board (ports/qemu-arm/fat.c and
# storage_qemu.c): FAT12/16 images made on the host with mkfs.fat and mtools,
# and FAT32 ones made with mkfs.fat -F 32 and tools/fat32_fill.py, are
# loaded into the board's PSRAM, and the REPL on the serial port lists,
# reads, writes, appends, renames, makes and removes; the memory is then
# dumped through the QEMU monitor and checked on the host with fsck.fat and
# mtools (7-Zip for FAT32: mtools refuses FAT32 volumes this small).
# Corrupt images (random bytes, a cut FAT, garbage directories, a looping
# FAT32 root) and no image at all must give OSError, never a hang or a crash.
# Precompiled modules from copper-cross on the drive (root and lib/) import
# and run as on the host; foreign, truncated and damaged ones raise the
# host's ValueError.
# Usage: tests/qemu/fat.sh [copper]   (the host build, run as copper-cross;
# the board firmware is $COPPER_QEMU_ELF, default build/qemu/copper.elf, from
# `make qemu`)
# Prints one FAIL line per failure and ends with "N passed, N failed, N skipped".
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
elf=${COPPER_QEMU_ELF:-$root/build/qemu/copper.elf}
copper=$(realpath -m "${1:-$root/build/copper}")
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
if ! command -v mcopy >/dev/null || ! command -v mkfs.fat >/dev/null || ! command -v 7zz >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq mtools dosfstools 7zip >/dev/null 2>&1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export MTOOLS_SKIP_CHECK=1 TZ=UTC
# The host build is copper-cross under that name.
[ -f "$copper" ] && ln -s "$copper" "$tmp/copper-cross"

exec python3 - "$elf" "$tmp" "$copper" "$root" <<'PYEOF'
import calendar, hashlib, os, random, select, shutil, socket, struct, subprocess, sys, time, zlib

elf, tmp, copper, root = sys.argv[1:5]
cross = os.path.join(tmp, 'copper-cross')
DRIVE_ADDR = 0x21000000
KB = 2048
passed = failed = skipped = 0
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


def make_image(name, with_boot=True, fat32=False, folder=src):
    img = os.path.join(tmp, name)
    r = sh('mkfs.fat', '-C', *(['-F', '32'] if fat32 else []), '-n', 'CIRCUITPY', img, str(KB))
    if r.returncode != 0:
        raise SystemExit(f'mkfs.fat failed: {r.stderr}')
    entries = [os.path.join(folder, e) for e in sorted(os.listdir(folder)) if with_boot or e != 'boot.py']
    if fat32:
        stage = os.path.join(tmp, 'stage')
        shutil.rmtree(stage, ignore_errors=True)
        os.mkdir(stage)
        for e in entries:
            (shutil.copytree if os.path.isdir(e) else shutil.copy2)(e, os.path.join(stage, os.path.basename(e)))
        r = sh(sys.executable, os.path.join(root, 'tools', 'fat32_fill.py'), img, stage)
    else:
        r = sh('mcopy', '-s', '-m', '-i', img, *entries, '::/')
    if r.returncode != 0:
        raise SystemExit(f'filling {name} failed: {r.stderr}')
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


def root_names(folder):
    return sorted(os.listdir(folder) + ['boot_out.txt'])


def main_steps(name, root_list, banner):
    check(f'{name}/boot.py-ran', True, 'boot ran' in banner)
    check(f'{name}/code.py-ran', True, 'code ran from the drive' in banner)
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


class MtoolsView:
    """The files of a dumped image, read with mtools."""
    def __init__(self, img):
        self.img = img

    def get(self, path):
        out = os.path.join(tmp, 'got')
        if os.path.exists(out):
            os.unlink(out)
        rr = sh('mcopy', '-n', '-i', self.img, '::' + path, out)
        if rr.returncode != 0:
            return f'mcopy failed: {rr.stderr.strip()}'
        with open(out, 'rb') as f:
            return f.read()

    def names(self, d):
        return sorted(line.rstrip('/')[len('::' + d):].lstrip('/')
                      for line in sh('mdir', '-b', '-i', self.img, '::' + d).stdout.splitlines())

    def short_lowercase(self, name):
        # Listed with its 8.3 name in lowercase and no long name: one
        # entry, stored in uppercase with the NT lowercase bits.
        base, ext = name.split('.')
        raw = sh('mdir', '-i', self.img, '::/').stdout
        return any(line.split()[:2] == [base, ext] and len(line.split()) == 5 for line in raw.splitlines())


class SevenZipView:
    """The files of a dumped image, extracted with 7-Zip (FAT32 this small)."""
    def __init__(self, img):
        self.img = img
        self.dir = os.path.join(tmp, 'extracted')
        shutil.rmtree(self.dir, ignore_errors=True)
        self.error = sh('7zz', 'x', '-y', f'-o{self.dir}', img).returncode

    def get(self, path):
        try:
            with open(self.dir + path, 'rb') as f:
                return f.read()
        except OSError as e:
            return f'7-Zip (exit status {self.error}) gave no {path}: {e}'

    def names(self, d):
        return sorted(os.listdir(self.dir + d)) if os.path.isdir(self.dir + d) else []

    def short_lowercase(self, name):
        # 7-Zip shows the name in lowercase only from the NT case bits of
        # an entry with no long name (it would show LFN entries as they are).
        base, ext = name.upper().split('.')
        with open(self.img, 'rb') as f:
            return name in os.listdir(self.dir) and (base.ljust(8) + ext.ljust(3)).encode() in f.read()


def dump_and_check(name, root_list, fat32, b):
    dump = os.path.join(tmp, 'dump.img')
    if os.path.exists(dump):
        os.unlink(dump)
    b.run('os.sync()')
    b.monitor(f'pmemsave {DRIVE_ADDR:#x} {KB * 1024} dump.img')
    for _ in range(50):
        if os.path.exists(dump) and os.path.getsize(dump) == KB * 1024:
            break
        time.sleep(0.1)
    fsck = sh('fsck.fat', '-n', dump)
    check(f'{name}/fsck-clean', 0, fsck.returncode)
    if fsck.returncode != 0:
        print(fsck.stdout + fsck.stderr)
    view = SevenZipView(dump) if fat32 else MtoolsView(dump)
    check(f'{name}/host-binary', pattern, view.get('/data/Long Binary Name.bin'))
    check(f'{name}/host-long-name', b'x' * 5000, view.get('/This is a long name.txt'))
    check(f'{name}/host-overwritten', b'short', view.get('/hello.txt'))
    check(f'{name}/host-blob', blob, view.get('/lib/blob.bin'))
    check(f'{name}/host-moved-dir', files['lib/sub/deep.txt'].encode(), view.get('/data/Sub Dir/deep.txt'))
    check(f'{name}/host-root', sorted(root_list + ['data', 'This is a long name.txt', 'lower.py']), view.names('/'))
    check(f'{name}/host-data', ['Long Binary Name.bin', 'Sub Dir'], view.names('/data'))
    check(f'{name}/host-83-lowercase', True, view.short_lowercase('lower.py'))


session('main', main_img, lambda banner: main_steps('main', root_names(src), banner),
        after=lambda b: dump_and_check('main', root_names(src), False, b))

# --- 1b: the same on FAT32, with a root directory of several clusters -----------------
# (2 MB with 512-byte clusters: 16 entries a cluster; the names below take 3 each.)
src32 = os.path.join(tmp, 'src32')
shutil.copytree(src, src32)
for i in range(12):
    with open(os.path.join(src32, f'Root file {i:02}.txt'), 'w') as f:
        f.write(f'root file {i}\n')
fat32_img = make_image('fat32.img', fat32=True, folder=src32)
session('fat32', fat32_img, lambda banner: main_steps('fat32', root_names(src32), banner) + [
    ('root-chain-read', 'open("Root file 11.txt").read()', r('root file 11\n')),
    ('root-chain-grow', 'exec("for i in range(40):\\n open(\'Grown root file %d.txt\' % i, \'w\').write(str(i))"); '
     'len(os.listdir("/"))', str(len(root_names(src32)) + 3 + 40)),
    ('root-chain-shrink', 'exec("for i in range(40):\\n os.remove(\'Grown root file %d.txt\' % i)"); '
     'len(os.listdir("/"))', str(len(root_names(src32)) + 3)),
], after=lambda b: dump_and_check('fat32', root_names(src32), True, b))

# --- 2: without boot.py the drive is read-only to Python (CircuitPython's default) ---
for name, fat32 in (('readonly', False), ('fat32-readonly', True)):
    session(name, make_image(name + '.img', with_boot=False, fat32=fat32), [
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

# --- 4b: FAT32 with a looping root chain, and with no valid root cluster -------------
with open(fat32_img, 'rb') as f:
    img = bytearray(f.read())
bps, reserved, nfats = struct.unpack_from('<H', img, 11)[0], struct.unpack_from('<H', img, 14)[0], img[16]
fat_sectors, root_clus = struct.unpack_from('<I', img, 36)[0], struct.unpack_from('<I', img, 44)[0]
loop = bytearray(img)
for i in range(nfats):
    struct.pack_into('<I', loop, (reserved + i * fat_sectors) * bps + root_clus * 4, root_clus)
loop_img = os.path.join(tmp, 'fat32-loop.img')
with open(loop_img, 'wb') as f:
    f.write(loop)
session('fat32-loop', loop_img, [
    ('listdir-eio', 'err(os.listdir, "/")', '5'),
    ('lookup-eio', 'err(open, "no such file")', '5'),
    ('create-survives', 'exec("try:\\n open(\'new file.txt\', \'w\').write(\'x\')\\nexcept OSError:\\n pass")', ''),
])
noroot = bytearray(img)
struct.pack_into('<I', noroot, 44, 1)
noroot_img = os.path.join(tmp, 'fat32-noroot.img')
with open(noroot_img, 'wb') as f:
    f.write(noroot)
session('fat32-noroot', noroot_img, [
    ('listdir-eio', 'err(os.listdir, "/")', '5'),
    ('open-eio', 'err(open, "code.py")', '5'),
])

# --- 5: precompiled modules (copper-cross) on the drive -----------------------------
# The board is 32-bit: copper-cross makes files for 31-bit small ints unless
# told -s 63. Each module is checked against what the host build does with
# the same file.
def cpy_checks():
    cpy = os.path.join(tmp, 'cpy')
    os.makedirs(os.path.join(cpy, 'lib', 'cpypkg'))
    sources = {
        'cpymod.py': 'X = 42\nBIG = 2 ** 40 + 1\nF = 1.5\n'
                     'def f(n):\n    return [i * X for i in range(n)]\n'
                     'def gen(n):\n    yield from range(n)\n'
                     'class C:\n    def hello(self):\n        return "hi from " + __name__\n',
        'lib/cpylib.py': 'import cpymod\ndef total(n):\n    return sum(cpymod.f(n)) + cpymod.BIG\n'
                         'def fails():\n    raise KeyError("from the .cpy")\n',
        'lib/cpypkg/__init__.py': 'NAME = "package"\n',
        'lib/cpypkg/sub.py': 'from cpypkg import NAME\nFULL = NAME + ".sub"\n',
        'wide.py': 'X = 1\n',
    }
    for path, text in sources.items():
        full = os.path.join(cpy, path)
        with open(full, 'w') as f:
            f.write(text)
        bits = ['-s', '63'] if path == 'wide.py' else []
        rr = sh(cross, *bits, '-o', full[:-3] + '.cpy', full)
        check(f'cpy/cross-{path}', '', rr.stderr.strip())
        os.unlink(full)
    with open(os.path.join(cpy, 'cpymod.cpy'), 'rb') as f:
        good = f.read()
    check('cpy/cross-31-bit-default', 31, good[3])
    bad_files = {
        'badver': good[:2] + bytes([99]) + good[3:],
        'short': good[:6],
        'cut': good[:len(good) // 2],
        'flipped': good[:-3] + bytes([good[-3] ^ 0x10]) + good[-2:],
        'junk': b'Cu' + bytes(rng.getrandbits(8) for _ in range(200)),
    }
    # Cut anywhere with the checksum made right again: the structure checks must
    # find the end missing.
    for k in range(12):
        b = bytearray(good[:rng.randrange(9, len(good))])
        b[4:8] = zlib.crc32(bytes(b[8:])).to_bytes(4, 'little')
        bad_files[f'recut{k}'] = bytes(b)
    for name, data in bad_files.items():
        with open(os.path.join(cpy, 'lib', name + '.cpy'), 'wb') as f:
            f.write(data)
    LOAD = ('exec("def load(m):\\n try:\\n  __import__(m)\\n except ValueError as e:\\n  return \'ValueError: \' + str(e)\\n'
            ' return \'imported\'")')
    calls = [
        ('import-root', 'import cpymod; cpymod.X, cpymod.BIG, cpymod.F, cpymod.f(4), list(cpymod.gen(3)), '
         'cpymod.C().hello(), cpymod.__file__.endswith("/cpymod.cpy")'),
        ('import-lib', 'import cpylib; cpylib.total(10), cpylib.__file__.endswith("lib/cpylib.cpy")'),
        ('raises', 'import cpylib; exec("try:\\n cpylib.fails()\\nexcept KeyError as e:\\n print(repr(e))")'),
        ('package', 'from cpypkg import sub; sub.FULL, sub.__file__.endswith("sub.cpy")'),
        ('wide', 'load("wide")'),
    ] + [(f'bad-{name}', f'load("{name}")') for name in bad_files]


    def cpy_steps(banner):
        # What the host build shows for the same lines and files: the REPL shows
        # each expression's value, the script prints its repr.
        want = {}
        for check_name, line in calls:
            script = ['import sys', 'sys.path.insert(0, "lib")', 'sys.path.insert(0, ".")', LOAD]
            for stmt in line.split('; '):
                if stmt.startswith(('import ', 'from ', 'exec(')):
                    script.append(stmt)
                else:
                    script.append(f'_v = {stmt}\nif _v is not None: print(repr(_v))')
            rr = subprocess.run([copper, '-c', '\n'.join(script)], capture_output=True, text=True, cwd=cpy, timeout=30)
            want[check_name] = (rr.stdout + rr.stderr).rstrip('\n')
        # The host's answers themselves, where they are known.
        check('cpy/host-import-root', r((42, 2 ** 40 + 1, 1.5, [0, 42, 84, 126], [0, 1, 2], 'hi from cpymod', True)),
              want['import-root'])
        check('cpy/host-raises', r(KeyError('from the .cpy')), want['raises'])
        for name, message in (('badver', 'incompatible .cpy file: format version 99, this Copper reads version 1'),
                              ('short', 'truncated .cpy file'), ('cut', 'damaged .cpy file (checksum mismatch)'),
                              ('flipped', 'damaged .cpy file (checksum mismatch)')):
            check(f'cpy/host-bad-{name}', r('ValueError: ' + message), want[f'bad-{name}'])
        check('cpy/host-recut-valueerror', True, all(want[f'bad-recut{k}'].startswith("'ValueError: ") for k in range(12)))
        # The host has 63-bit small ints: the file made for them imports there.
        check('cpy/host-wide-imports', r('imported'), want['wide'])
        want['wide'] = r('ValueError: incompatible .cpy file: made for 63-bit small ints, this Copper has 31')
        return [('load-helper', LOAD, '')] + [(n, line, want[n]) for n, line in calls]

    session('cpy', make_image('cpy.img', folder=cpy), cpy_steps)


if os.path.exists(copper):
    cpy_checks()
else:
    print(f'no host build at {copper} to run as copper-cross: the .cpy checks are skipped', file=sys.stderr)
    skipped += 1

# --- 6: no image at all ------------------------------------------------------------
session('nodrive', None, [
    ('listdir-enoent', 'err(os.listdir, "/")', '2'),
    ('open-enoent', 'err(open, "code.py")', '2'),
    ('write-enoent', 'err(open, "x.txt", "w")', '2'),
    ('getcwd', 'os.getcwd()', r('/')),
])

elapsed = time.time() - t_start
print(f'{passed} passed, {failed} failed, {skipped} skipped')
sys.exit(1 if failed else 0)
PYEOF
