#!/usr/bin/env python3
# C stack high-water mark of programs on the QEMU board (docs/size.md, RAM):
# for each program, boots the ELF in a fresh QEMU (the stack region is zero
# at boot), runs the program through the raw REPL, dumps the stack region
# (between _heap_end and _stack_top) through QMP's pmemsave and reports the
# depth of its lowest non-zero word, boot and REPL included.
#   python3 tools/stack_use.py --elf build/qemu-samd21/copper.elf prog.py -c 'print(1)'
# With --frames, also lists the words of the dump that look like return
# addresses (function+offset), deepest first: stale frames are mixed in,
# but the chain at the deepest point reads from the top.
import argparse
import bisect
import json
import os
import socket
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_qemu  # noqa: E402


def symbols(elf):
    """({name: address}, sorted [(address, name)] of the code symbols)."""
    out = subprocess.run(['arm-none-eabi-nm', elf], capture_output=True, text=True, check=True).stdout
    syms, code = {}, []
    for line in out.splitlines():
        f = line.split()
        if len(f) == 3:
            syms[f[2]] = int(f[0], 16)
            if f[1] in 'tT':
                code.append((int(f[0], 16) & ~1, f[2]))
    return syms, sorted(code)


def qmp(path):
    """A function sending one QMP command to the socket at path and returning its reply."""
    s = socket.socket(socket.AF_UNIX)
    s.connect(path)
    f = s.makefile('rw')
    f.readline()

    def cmd(name, **args):
        f.write(json.dumps({'execute': name, 'arguments': args} if args else {'execute': name}) + '\n')
        f.flush()
        while True:
            reply = json.loads(f.readline())
            if 'return' in reply or 'error' in reply:
                return reply
    cmd('qmp_capabilities')
    return cmd


def measure(elf, source, lo, hi, tmp):
    """(bytes of stack used, program output and error text)."""
    sock = os.path.join(tmp, 'qmp.sock')
    board = test_qemu.Board(elf, ['-qmp', f'unix:{sock},server=on,wait=off'])
    try:
        board.start()
        out, err = board.run(source)
        dump = os.path.join(tmp, 'stack.bin')
        qmp(sock)('pmemsave', val=lo, size=hi - lo, filename=dump)
        data = open(dump, 'rb').read()
    finally:
        board.stop()
    first = next((i for i, b in enumerate(data) if b), len(data)) & ~3
    return data, first, (out + err).decode('utf-8', 'replace')


def main():
    ap = argparse.ArgumentParser(description='C stack high-water mark of programs on the QEMU board')
    ap.add_argument('--elf', required=True)
    ap.add_argument('--frames', action='store_true')
    ap.add_argument('-c', action='append', default=[], metavar='SOURCE', help='a program given as text')
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()
    syms, code = symbols(args.elf)
    lo, hi = syms['_heap_end'], syms['_stack_top']
    addrs = [a for a, _ in code]
    programs = [(c, c.encode()) for c in args.c] + [(p, open(p, 'rb').read()) for p in args.files]
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in programs:
            data, first, text = measure(args.elf, source, lo, hi, tmp)
            if args.frames:
                for off in range(first, len(data), 4):
                    w = struct.unpack_from('<I', data, off)[0]
                    if w & 1 and addrs and addrs[0] < (w & ~1) < syms.get('_data_load', 1 << 32):
                        a, fn = code[bisect.bisect_right(addrs, w & ~1) - 1]
                        print(f'  {hi - lo - off:6}  {fn}+{(w & ~1) - a}')
            last = text.strip().splitlines()[-1] if text.strip() else ''
            print(f'{hi - lo - first:6} of {hi - lo}  {name.splitlines()[0][:40]:40}  {last[:60]}')


if __name__ == '__main__':
    main()
