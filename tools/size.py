#!/usr/bin/env python3
# Code-size report (`make size`, `make size-samd21`, `make size-samd51`).
# For the host binary: text/data/bss. For each small board (mk/small.mk:
# core + modules + frozen lib/ + the qemu-arm board code, -Os -flto, the board's
# boards/<board>.h): text/data/bss of its image, flash and RAM against the
# board's limits (ports/sizecheck/<board>.ld; the bounded link fails when
# they overflow, this report says by how much), the flash cost of each C
# module and of each part of the core (from the linker map of
# copper-parts.elf, the same objects linked without LTO, summed per object
# file: LTO scatters functions over its partitions), and the free Python
# heap when code.py starts, measured by booting the qemu-arm port built
# with the same board header and the same RAM (QEMU_BOARD=<board>
# QEMU_RAM=<ram>) and asking gc.mem_free() through the raw REPL after a
# soft reboot (a fresh VM, as code.py gets). With --strict, exits 1 when a
# board overflows its flash or RAM (`make small-check` is the bounded links
# themselves, which fail).
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tools'))

BOARDS = ('samd21', 'samd51')
# Object files that belong to a module other than their own name.
MODULE_OF = {'re_compile': 're', 're_exec': 're', 're_parse': 're', 'busio_i2c': 'busio',
             'busio_spi': 'busio', 'busio_uart': 'busio', 'keypad_event': 'keypad'}
# Helpers several modules share.
SHARED = {'mods', 'modargs', 'pins', 'structseq'}


def size_of(tool, path):
    """(text, data, bss) from berkeley-format `size`, or None."""
    try:
        p = subprocess.run([tool, path], capture_output=True, text=True)
    except OSError:
        return None
    lines = p.stdout.strip().splitlines()
    if p.returncode != 0 or len(lines) < 2:
        return None
    f = lines[1].split()
    try:
        return int(f[0]), int(f[1]), int(f[2])
    except (ValueError, IndexError):
        return None


def parse_map(path):
    """{output section: Counter(input file -> bytes)} from a GNU ld map."""
    lines = open(path, errors='replace').read().split('\n')
    try:
        start = lines.index('Linker script and memory map')
    except ValueError:
        return {}
    res = collections.defaultdict(collections.Counter)
    out, pending = None, False
    for line in lines[start:]:
        m = re.match(r'^(\.\S+)', line)
        if m:
            out, pending = m.group(1), False
            continue
        m = re.match(r'^ (\.\S+|COMMON)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S.*)$', line)
        if m:
            res[out][m.group(3)] += int(m.group(2), 16)
            pending = False
            continue
        if re.match(r'^ (\.\S+|COMMON)$', line):   # long name: numbers on the next line
            pending = True
            continue
        m = re.match(r'^\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S.*)$', line)
        if m and pending:
            res[out][m.group(2)] += int(m.group(1), 16)
        pending = False
    return res


def unit_of(path):
    """'core/vm', 'modules/json', 'gen/names_gen', 'ports/...', or 'libm' for a map input."""
    if '/obj/' in path:
        return os.path.splitext(path.split('/obj/')[-1])[0]
    m = re.search(r'(lib\w+)\.a\(', path)
    return m.group(1) if m else os.path.basename(path)


def group_of(unit):
    """The part of the image a unit is counted under."""
    if unit.startswith('modules/'):
        name = unit[len('modules/'):]
        if name in SHARED:
            return 'modules (shared helpers)'
        return 'module ' + MODULE_OF.get(name, name)
    if unit == 'gen/names_gen':
        return 'names table (gen)'
    if unit == 'gen/frozen_gen':
        return 'frozen lib/ (asyncio, bus_device, module halves)'
    if unit == 'core/lexer_names':
        return 'core \\N{} names'
    if unit.startswith('core/'):
        return 'core'
    if unit.startswith('ports/'):
        return 'board (qemu-arm code)'
    return 'C library (' + unit + ')'


def ld_limits(board):
    """(flash bytes, ram bytes) from ports/sizecheck/<board>.ld."""
    text = open(os.path.join(ROOT, 'ports', 'sizecheck', board + '.ld')).read()

    def length(region):
        m = re.search(region + r'\s*\([^)]*\)\s*:\s*ORIGIN\s*=\s*\S+,\s*LENGTH\s*=\s*([^\n]+)', text)
        expr = m.group(1).strip().replace('K', '*1024').replace('M', '*1048576')
        return int(eval(expr, {'__builtins__': {}}))
    common = open(os.path.join(ROOT, 'ports', 'sizecheck', 'common.ld')).read()
    # The board's own STACK_SIZE = nK, else common.ld's default.
    m = re.search(r'^STACK_SIZE\s*=\s*(\d+)K;', text, re.M) or re.search(r'STACK_SIZE\s*:\s*(\d+)K', common)
    stack = int(m.group(1)) * 1024 if m else 0
    return length('FLASH'), length('RAM'), stack


def ram_arg(nbytes):
    return f'{nbytes // 1024}K'


def measure_heap(build, board, ram):
    """Free heap (bytes) in a fresh VM on QEMU with the board's header and RAM, or an error string."""
    qbuild = os.path.join(build, f'qemu-{board}')
    r = subprocess.run(['make', '--no-print-directory', '-s', f'BUILD={build}', 'qemu', f'QEMU_BOARD={board}',
                        f'QEMU_RAM={ram_arg(ram)}', f'QEMU_BUILD={qbuild}'],
                       cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        err = [l for l in (r.stdout + r.stderr).splitlines() if 'error' in l.lower()]
        return None, 'QEMU build failed: ' + (err[0] if err else r.stderr.strip()[-200:])
    if shutil.which('qemu-system-arm') is None:
        return None, 'qemu-system-arm missing'
    import test_qemu
    b = test_qemu.Board(os.path.join(qbuild, 'copper.elf'))
    try:
        b.start()
        b.soft_reboot()
        out, err = b.run(b'import gc\ngc.collect()\nprint(gc.mem_free(), gc.mem_alloc())\n')
    except Exception as e:   # noqa: BLE001 - any failure is reported, not raised
        return None, f'QEMU run failed: {type(e).__name__} {e}'
    finally:
        b.stop()
    f = out.split()
    if err.strip() or len(f) != 2:
        return None, 'unexpected reply: ' + (out + err).decode('utf-8', 'replace').strip()[:200]
    return (int(f[0]), int(f[1])), None


def report_board(build, board, heap, top):
    elf = os.path.join(build, board, 'copper-unbounded.elf')
    if not os.path.exists(elf):
        print(f'{board}: {elf} not built (make size-{board})')
        return False
    flash_lim, ram_lim, stack = ld_limits(board)
    text, data, bss = size_of('arm-none-eabi-size', elf)
    flash, ram_static = text + data, data + bss
    print(f'== {board}: text {text}  data {data}  bss {bss}')
    ok = True
    if flash <= flash_lim:
        print(f'flash: {flash} of {flash_lim} bytes ({flash_lim - flash} free)')
    else:
        ok = False
        print(f'flash: {flash} of {flash_lim} bytes: OVERFLOW by {flash - flash_lim} bytes')
    heap_region = ram_lim - ram_static - stack
    print(f'RAM: {ram_lim} = data+bss {ram_static} + stack {stack} + Python heap {heap_region}')
    if heap_region < 8192:
        ok = False
        print('RAM: OVERFLOW (less than 8 KB left for the Python heap)')
    if heap:
        res, err = measure_heap(build, board, ram_lim)
        if res:
            print(f'free heap at code.py start (QEMU, {ram_arg(ram_lim)} RAM): {res[0]} bytes '
                  f'({res[0] / 1024:.1f} KB; {res[1]} allocated at start-up)')
        else:
            print(f'free heap at code.py start: not measured ({err})')
    m = parse_map(os.path.join(build, board, 'copper-parts.elf.map'))
    units = collections.Counter()
    for sec in ('.text', '.ARM.exidx', '.data'):
        for path, n in m.get(sec, {}).items():
            units[unit_of(path)] += n
    groups = collections.Counter()
    for u, n in units.items():
        groups[group_of(u)] += n
    print(f'{"flash by part (linked without LTO)":<48}{"bytes":>9}')
    for g, n in sorted(groups.items(), key=lambda kv: (kv[0].startswith('module '), -kv[1])):
        if n:
            print(f'  {g:<46}{n:>9}')
    print(f'  {"total without LTO (text + data)":<46}{sum(groups.values()):>9}')
    print('  (string literals counted per file before the linker merges duplicates)')
    core = [(u, n) for u, n in units.items() if u.startswith('core/') and n]
    core.sort(key=lambda kv: -kv[1])
    print(f'largest core files (of {len(core)}):')
    for u, n in core[:top]:
        print(f'  {u:<46}{n:>9}')
    return ok


def main():
    ap = argparse.ArgumentParser(description='Report Copper code size.')
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--board', action='append', choices=BOARDS,
                    help='report only this board (repeatable); default: host and every board')
    ap.add_argument('--no-heap', action='store_true', help='skip the QEMU free-heap measurement')
    ap.add_argument('--top', type=int, default=15, help='how many core files to list')
    ap.add_argument('--strict', action='store_true', help='exit 1 when a board overflows')
    opts = ap.parse_args()
    build = os.path.abspath(opts.build)
    if not opts.board:
        binary = os.path.join(build, 'copper')
        s = size_of('size', binary) if os.path.exists(binary) else None
        if s:
            print(f'== host ({binary}): text {s[0]}  data {s[1]}  bss {s[2]}')
        else:
            print(f'== host: {binary} not built')
    ok = True
    for board in opts.board or BOARDS:
        ok = report_board(build, board, not opts.no_heap, opts.top) and ok
    return 0 if ok or not opts.strict else 1


if __name__ == '__main__':
    sys.exit(main())
