#!/usr/bin/env python3
# Copper's benchmark runner: runs every bench/*.py under copper and python3,
# interleaved (copper, python3, copper, python3, ...) so machine noise hits
# both alike, N repeats each, keeps the minimum time of each, and prints a
# table (name, copper s, python3 s, ratio copper/python3) and the median
# ratio. A program copper fails on (nonzero exit, timeout, or output
# different from python3's) shows "error" and the run goes on.
# Then the simulated board (bench/board/): pin toggles per second of host
# time, and how much faster than real time a 60 s blink runs with
# --virtual-time. Then, when the QEMU build exists, the Cortex-M3 board:
# guest instructions (QEMU -icount: 1 ns of board time per instruction) of
# a 10**6-iteration empty loop and of 10**6 pin toggles.
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, cwd, timeout):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b'', b'timeout'
    except OSError as e:
        return None, b'', str(e).encode()
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        return None, p.stdout, p.stderr
    return dt, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser(description='Benchmark copper against python3.')
    ap.add_argument('--copper', default=os.path.join(ROOT, 'build', 'copper'))
    ap.add_argument('--python', default='python3')
    ap.add_argument('-n', '--repeats', type=int, default=3)
    ap.add_argument('--timeout', type=float, default=120.0)
    ap.add_argument('--heap', default=None, help='pass --heap SIZE to copper')
    ap.add_argument('programs', nargs='*', help='default: bench/*.py')
    opts = ap.parse_args()

    copper = opts.copper
    if os.sep not in copper:
        copper = shutil.which(copper) or copper
    copper = os.path.abspath(copper)
    python = shutil.which(opts.python) or opts.python
    progs = opts.programs or sorted(glob.glob(os.path.join(ROOT, 'bench', '*.py')))
    progs = [os.path.abspath(p) for p in progs if not os.path.basename(p).startswith('_')]

    ccmd = [copper] + (['--heap', opts.heap] if opts.heap else [])
    rows = []
    print(f'{"benchmark":<16}{"copper s":>10}{"python3 s":>11}{"ratio":>8}')
    for prog in progs:
        name = os.path.splitext(os.path.basename(prog))[0]
        cwd = os.path.dirname(prog)
        base = os.path.basename(prog)
        ctimes, ptimes = [], []
        cerr = None
        pout = None
        for _ in range(max(1, opts.repeats)):
            if cerr is None:
                dt, out, err = timed(ccmd + [base], cwd, opts.timeout)
                if dt is None:
                    last = err.decode('utf-8', 'replace').strip().splitlines()
                    cerr = last[-1] if last else 'failed'
                else:
                    ctimes.append((dt, out))
            dt, out, err = timed([python, base], cwd, opts.timeout)
            if dt is not None:
                ptimes.append(dt)
                pout = out
        c = min(t for t, _ in ctimes) if ctimes and cerr is None else None
        if c is not None and pout is not None and any(o != pout for _, o in ctimes):
            cerr = 'output differs from python3'
            c = None
        p = min(ptimes) if ptimes else None
        cs = f'{c:10.3f}' if c is not None else f'{"error":>10}'
        ps = f'{p:11.3f}' if p is not None else f'{"error":>11}'
        if c is not None and p:
            ratio = c / p
            rows.append(ratio)
            rs = f'{ratio:8.2f}'
        else:
            rs = f'{"-":>8}'
        line = f'{name:<16}{cs}{ps}{rs}'
        if cerr:
            line += f'   ({cerr[:60]})'
        print(line, flush=True)
    if rows:
        print(f'median ratio copper/python3: {statistics.median(rows):.2f}')
    else:
        print('median ratio copper/python3: n/a')
    board_bench(ccmd, opts)
    qemu_bench(opts)
    return 0


def board_bench(ccmd, opts):
    bdir = os.path.join(ROOT, 'bench', 'board')
    board = ['--board', 'circuitplayground_express', '--no-view']
    base, _, _ = timed(ccmd + board + ['-c', 'pass'], bdir, opts.timeout)
    t = min(filter(None, (timed(ccmd + board + ['toggle.py'], bdir, opts.timeout)[0]
                          for _ in range(max(1, opts.repeats)))), default=None)
    if t is not None and base is not None:
        print(f'simulated pin toggles per second of host time: {1e6 / (t - base):,.0f}')
    t = min(filter(None, (timed(ccmd + board + ['--virtual-time', 'blink60.py'], bdir, opts.timeout)[0]
                          for _ in range(max(1, opts.repeats)))), default=None)
    if t is not None:
        print(f'60 s blink with --virtual-time: {t:.3f} s of host time ({60 / t:,.0f}x real time)')
    display_bench(ccmd, opts, bdir, base)


def display_bench(ccmd, opts, bdir, base):
    # Frames per second of host time for 20 moving sprites on the PyBadge
    # (virtual time, so the SPI transfer's board time costs no host time).
    badge = ['--board', 'pybadge', '--no-view', '--virtual-time']
    runs = [timed(ccmd + badge + ['sprites.py'], bdir, opts.timeout) for _ in range(max(1, opts.repeats))]
    good = [(t, out.decode()) for t, out, _ in runs if t is not None and b'frames:' in out]
    if not good or base is None:
        print('display: sprites.py failed')
        return
    t, out = min(good)
    frames = int(out.split('frames:')[1].split()[0])
    heap = out.split('scene heap bytes:')[1].split()[0]
    print(f'display: 20 sprites on the PyBadge, {frames / (t - base):,.0f} frames per second of host time; '
          f'the 160x128 TileGrid scene costs {heap} bytes of heap')


QEMU_LOOPS = {
    'empty loop': 'for i in range(1000000):\n    pass\n',
    'pin toggles': 'import board, digitalio\nled = digitalio.DigitalInOut(board.LED0)\n'
                   'led.switch_to_output()\nfor i in range(1000000):\n    led.value = not led.value\n',
}


def qemu_bench(opts):
    elf = os.path.join(ROOT, 'build', 'qemu', 'copper.elf')
    if not os.path.exists(elf) or shutil.which('qemu-system-arm') is None:
        print('QEMU board: build/qemu/copper.elf not built (make qemu)')
        return
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import test_qemu
    board = test_qemu.Board(elf, ['-icount', 'shift=0'])
    board.start()
    try:
        for name, body in QEMU_LOOPS.items():
            prog = ('import time\nt0 = time.monotonic_ns()\n' + body +
                    'print(time.monotonic_ns() - t0)\n').encode()
            out, err = board.run(prog)
            board.soft_reboot()
            if err.strip():
                print(f'QEMU {name}: error {err.decode(errors="replace").strip()[-80:]}')
                continue
            insns = int(out.split()[-1])
            print(f'QEMU {name}, 10**6 iterations: {insns / 1e6:,.0f} M instructions '
                  f'(~{insns / 120e6:.2f} s at 120 MHz and one instruction per cycle; '
                  f'CircuitPython on an ItsyBitsy M4: 4.78 s for the empty loop)')
    finally:
        board.stop()


if __name__ == '__main__':
    sys.exit(main())
