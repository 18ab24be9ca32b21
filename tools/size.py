#!/usr/bin/env python3
# Code-size report. Prints text/data/bss of the host binary (build/copper,
# via `size`), then compiles core/*.c and modules/*.c for a Cortex-M0+
# (arm-none-eabi-gcc -Os, the flags a small board would use) into
# build/size-m0/ and prints each object's text/data/bss and the total.
# Files that do not compile for ARM are listed as errors. The ARM toolchain
# is installed with apt-get when missing.
import argparse
import glob
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARM_CC = 'arm-none-eabi-gcc'
ARM_SIZE = 'arm-none-eabi-size'
CFLAGS = ['-mcpu=cortex-m0plus', '-mthumb', '-Os', '-ffunction-sections',
          '-fdata-sections', '-std=c11']


def size_of(tool, path):
    """Returns (text, data, bss) from berkeley-format `size`, or None."""
    try:
        p = subprocess.run([tool, path], capture_output=True, text=True)
    except OSError:
        return None
    if p.returncode != 0:
        return None
    lines = p.stdout.strip().splitlines()
    if len(lines) < 2:
        return None
    f = lines[1].split()
    try:
        return int(f[0]), int(f[1]), int(f[2])
    except (ValueError, IndexError):
        return None


def ensure_toolchain():
    if shutil.which(ARM_CC):
        return True
    print(f'{ARM_CC} not found; installing gcc-arm-none-eabi and libnewlib-arm-none-eabi...',
          flush=True)
    sudo = [] if os.geteuid() == 0 else ['sudo']
    env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
    cmd = sudo + ['apt-get', 'install', '-y', '-qq', 'gcc-arm-none-eabi',
                  'libnewlib-arm-none-eabi']
    r = subprocess.run(cmd, env=env)
    if r.returncode != 0:
        subprocess.run(sudo + ['apt-get', 'update', '-qq'], env=env)
        subprocess.run(cmd, env=env)
    return shutil.which(ARM_CC) is not None


def main():
    ap = argparse.ArgumentParser(description='Report Copper code size.')
    ap.add_argument('--binary', default=os.path.join(ROOT, 'build', 'copper'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'build', 'size-m0'))
    ap.add_argument('--gen', default=os.path.join(ROOT, 'build', 'gen'))
    ap.add_argument('-j', type=int, default=os.cpu_count() or 1)
    opts = ap.parse_args()

    print('== host binary')
    if os.path.exists(opts.binary):
        s = size_of('size', opts.binary)
        if s:
            print(f'{os.path.relpath(opts.binary, ROOT)}: text {s[0]}  data {s[1]}  bss {s[2]}')
        else:
            print(f'{opts.binary}: `size` failed')
    else:
        print(f'{opts.binary}: not built (run make)')

    print('== Cortex-M0+ objects (arm-none-eabi-gcc -Os)')
    if not ensure_toolchain():
        print(f'error: {ARM_CC} unavailable; cannot report ARM sizes')
        return 1
    gen = subprocess.run([sys.executable, os.path.join(ROOT, 'tools', 'gen_names.py'),
                          ROOT, opts.gen], cwd=ROOT)
    if gen.returncode != 0:
        print('error: tools/gen_names.py failed')
        return 1
    srcs = sorted(glob.glob(os.path.join(ROOT, 'core', '*.c')) +
                  glob.glob(os.path.join(ROOT, 'modules', '*.c')))
    gen_c = os.path.join(opts.gen, 'names_gen.c')
    if os.path.exists(gen_c):
        srcs.append(gen_c)
    incs = ['-I' + os.path.join(ROOT, d) for d in ('core', 'modules', 'hal')] + ['-I' + opts.gen]

    def compile_one(src):
        rel = os.path.relpath(src, ROOT) if src.startswith(ROOT) else src
        if src == gen_c:
            rel = 'gen/names_gen.c'
        obj = os.path.join(opts.out, os.path.splitext(rel)[0] + '.o')
        os.makedirs(os.path.dirname(obj), exist_ok=True)
        p = subprocess.run([ARM_CC] + CFLAGS + incs + ['-c', src, '-o', obj],
                           capture_output=True, text=True, cwd=ROOT)
        if p.returncode != 0:
            err = [l for l in p.stderr.splitlines() if 'error' in l]
            return rel, None, (err[0] if err else p.stderr.strip()[:200])
        tool = ARM_SIZE if shutil.which(ARM_SIZE) else 'size'
        return rel, size_of(tool, obj), None

    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.j)) as ex:
        results = list(ex.map(compile_one, srcs))
    tot = [0, 0, 0]
    # Subtotals: the interpreter (core/ and its generated name table) and
    # each C module, which is what a small board chooses to carry or not.
    groups = {}
    errors = []
    print(f'{"file":<36}{"text":>9}{"data":>8}{"bss":>8}')
    for rel, s, err in results:
        if err is not None or s is None:
            errors.append((rel, err or 'size failed'))
            continue
        print(f'{rel:<36}{s[0]:>9}{s[1]:>8}{s[2]:>8}')
        group = 'modules' if rel.startswith('modules/') else 'core (with names)'
        g = groups.setdefault(group, [0, 0, 0])
        for i in range(3):
            tot[i] += s[i]
            g[i] += s[i]
    for group, g in sorted(groups.items()):
        print(f'{"subtotal " + group:<36}{g[0]:>9}{g[1]:>8}{g[2]:>8}')
    print(f'{"total":<36}{tot[0]:>9}{tot[1]:>8}{tot[2]:>8}')
    if errors:
        print(f'== {len(errors)} file(s) failed to compile for ARM')
        for rel, err in errors:
            print(f'error: {rel}: {err}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
