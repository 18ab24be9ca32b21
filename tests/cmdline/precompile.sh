#!/usr/bin/env bash
# copper-cross and .cpy files: every program of several test areas,
# precompiled, must print exactly what its source prints; .cpy modules
# import; damaged, truncated and foreign files raise ValueError and never
# crash. Usage: tests/cmdline/precompile.sh path/to/copper
set -u
copper=$(realpath "$1")
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$copper" "$tmp/copper-cross"
cross="$tmp/copper-cross"
pass=0
fail=0

check() {   # name, expected, actual
    if [ "$2" == "$3" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        printf 'FAIL precompile/%s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"
    fi
}

# Every program in these areas, run from source and precompiled, in its
# own folder (some read files beside them).
for area in basics functions classes generators exceptions numbers strings comprehensions; do
    for t in "$here/$area"/*.py; do
        name=$(basename "$t" .py)
        d="$tmp/run/$area"
        mkdir -p "$d"
        cp "$t" "$d/$name.py"
        expected=$(cd "$d" && timeout 30 "$copper" "$name.py" 2>&1; echo "status $?")
        # The absolute path, as the source run names the file in tracebacks.
        if ! (cd "$d" && "$cross" -s 63 -o "$name.cpy" "$d/$name.py" 2>"$d/$name.err"); then
            check "$area/$name compiles" "" "$(cat "$d/$name.err")"
            continue
        fi
        actual=$(cd "$d" && timeout 30 "$copper" "$name.cpy" 2>&1; echo "status $?")
        check "$area/$name" "$expected" "$actual"
    done
done

# A precompiled module imports; source wins when both are there.
mkdir -p "$tmp/imp"
printf 'X = 42\ndef f(): return X + 1\n' > "$tmp/imp/pre.py"
(cd "$tmp/imp" && "$cross" pre.py && mv pre.py pre_source.txt)
printf 'import pre\nprint(pre.X, pre.f(), pre.__file__.endswith("pre.cpy"))\n' > "$tmp/imp/main.py"
check import "42 43 True" "$(cd "$tmp/imp" && "$copper" main.py 2>&1)"

# A precompiled package: __init__.cpy runs (the bundle ships packages as
# __init__.mpy), and its submodules import names from it.
mkdir -p "$tmp/imp/ppkg"
printf 'BASE = 7\n' > "$tmp/imp/ppkg/__init__.py"
printf 'from ppkg import BASE\nDOUBLE = BASE * 2\n' > "$tmp/imp/ppkg/sub.py"
(cd "$tmp/imp/ppkg" && "$cross" __init__.py && "$cross" sub.py && rm __init__.py sub.py)
printf 'import ppkg\nfrom ppkg import sub\nprint(ppkg.BASE, sub.DOUBLE, ppkg.__file__.endswith("__init__.cpy"), ppkg.__path__ is not None)\n' > "$tmp/imp/main2.py"
check package "7 14 True True" "$(cd "$tmp/imp" && "$copper" main2.py 2>&1)"

# Header checks: magic, version, small-int width.
printf 'print(1)\n' > "$tmp/one.py"
"$cross" -o "$tmp/one.cpy" "$tmp/one.py"
check runs "1" "$("$copper" "$tmp/one.cpy" 2>&1)"
load() {   # file -> last line of what copper prints running it
    "$copper" -c "
import sys
sys.path.insert(0, '$tmp')
try:
    __import__('$1')
except ValueError as e:
    print('ValueError:', e)
" 2>&1 | tail -1
}
python3 - "$tmp" <<'PY'
import sys, os
tmp = sys.argv[1]
data = open(os.path.join(tmp, 'one.cpy'), 'rb').read()
open(os.path.join(tmp, 'badver.cpy'), 'wb').write(data[:2] + bytes([99]) + data[3:])
open(os.path.join(tmp, 'mpy.cpy'), 'wb').write(b'C\x06\x00\x1f' + data[4:])
open(os.path.join(tmp, 'upy.cpy'), 'wb').write(b'M\x06\x00\x1f' + data[4:])
open(os.path.join(tmp, 'short.cpy'), 'wb').write(data[:6])
flipped = bytearray(data)
flipped[-3] ^= 0x10
open(os.path.join(tmp, 'flipped.cpy'), 'wb').write(flipped)
PY
check version "ValueError: incompatible .cpy file: format version 99, this Copper reads version 1" "$(load badver)"
check circuitpython-mpy "ValueError: CircuitPython .mpy file; use copper-cross" "$(load mpy)"
check micropython-mpy "ValueError: MicroPython .mpy file; use copper-cross" "$(load upy)"
check truncated "ValueError: truncated .cpy file" "$(load short)"
check damaged "ValueError: damaged .cpy file (checksum mismatch)" "$(load flipped)"

# Damaged images: flipped, cut and inserted bytes of a real program are
# refused with ValueError, never a crash. Half of them get a correct
# checksum, so the structure checks behind it are exercised too; they are
# loaded and disassembled (--dis), not run.
big=$(ls "$here/classes/"*.py | head -1)
cp "$big" "$tmp/victim.py"
(cd "$tmp" && "$cross" victim.py)
crashes=$(python3 - "$tmp" "$copper" <<'PY'
import os, random, subprocess, sys, zlib
tmp, copper = sys.argv[1], sys.argv[2]
data = open(os.path.join(tmp, 'victim.cpy'), 'rb').read()
rng = random.Random(1234)
bad = 0
for i in range(200):
    b = bytearray(data)
    kind = i % 3
    if kind == 0:
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(8, len(b))] = rng.randrange(256)
    elif kind == 1:
        del b[rng.randrange(8, len(b)):]
    else:
        pos = rng.randrange(8, len(b))
        b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    if i % 2:
        b[4:8] = zlib.crc32(bytes(b[8:])).to_bytes(4, 'little')
    path = os.path.join(tmp, 'mut.cpy')
    open(path, 'wb').write(b)
    p = subprocess.run([copper, '--dis', path], capture_output=True, timeout=30)
    err = p.stderr.decode('utf-8', 'replace')
    if p.returncode not in (0, 1) or 'Sanitizer' in err or 'runtime error' in err or \
            (p.returncode == 1 and 'ValueError' not in err):
        bad += 1
        print('mutation', i, 'status', p.returncode, err[-300:], file=sys.stderr)
print(bad)
PY
)
check damaged-images-never-crash "0" "$crashes"

echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
