#!/usr/bin/env bash
# microcontroller.nvm persists across runs: one run writes bytes, the next
# run (a new process, as after a power cycle) reads them back.
# Usage: tests/hardware/nvm.sh path/to/copper
# Prints one FAIL line per failure and ends with "N passed, N failed, N skipped".
set -u
copper=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
pass=0
fail=0

check() {   # name, expected, actual
    if [ "$2" == "$3" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        printf 'FAIL hardware/nvm.sh %s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"
    fi
}

cat > write.py <<'PY'
import microcontroller
nvm = microcontroller.nvm
print(len(nvm))
nvm[0:3] = b"\xcc\x10\x00"
nvm[10] = 42
nvm[-1] = 7
print(nvm[0:3], nvm[10], nvm[255])
PY
cat > read.py <<'PY'
import microcontroller
nvm = microcontroller.nvm
print(nvm[0:3], nvm[10], nvm[-1], nvm[3])
def set_byte():
    nvm[0] = 256
def set_slice():
    nvm[0:2] = b"abc"
def get_past_end():
    return nvm[256]
def set_stepped():
    nvm[0:4:2] = b"ab"
for f in (set_byte, set_slice, get_past_end, set_stepped):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
PY
out=$("$copper" --board circuitplayground_express write.py 2>&1)
check write "256
bytearray(b'\\xcc\\x10\\x00') 42 7" "$out"
out=$("$copper" --board circuitplayground_express read.py 2>&1)
check read-back "bytearray(b'\\xcc\\x10\\x00') 42 7 255
ValueError: Bytes must be 0-255.
ValueError: Slice and value different lengths.
IndexError: ByteArray index out of range
NotImplementedError: only slices with step=1 (aka None) are supported" "$out"
# another board has its own nvm
out=$("$copper" --board metro_m4_express -c 'import microcontroller; print(len(microcontroller.nvm), microcontroller.nvm[0])' 2>&1)
check other-board "8192 255" "$out"

echo "$pass passed, $fail failed, 0 skipped"
