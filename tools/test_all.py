#!/usr/bin/env python3
# `make test`: every suite on every build, with one total at the end.
# Runs the language and hardware tests on the normal build, on the
# ASan+UBSan build and with a 32 KB heap, the language tests and the FAT
# drive checks on the QEMU board, then each script suite (the *.sh and run*.py files under
# tests/cmdline, tests/sim, tests/repl, tests/workflow, tests/hardware, tests/display
# and tests/screen) on both host builds. Each suite prints its
# own "N passed, N failed, N skipped", and the last line is the sum.
import glob, os, re, subprocess, sys

SCRIPT_GLOBS = ('tests/cmdline/*.sh', 'tests/sim/*.sh', 'tests/hardware/*.sh', 'tests/display/*.sh',
                'tests/screen/*.sh', 'tests/repl/run*.py', 'tests/workflow/run*.py', 'tests/workflow/*client*.py')

def script_suites(copper, asan):
    suites = []
    for pattern in SCRIPT_GLOBS:
        for script in sorted(glob.glob(pattern)):
            runner = ['bash'] if script.endswith('.sh') else [sys.executable]
            name = os.path.relpath(script, 'tests')
            suites.append((name, runner + [script, copper]))
            suites.append((name + ', ASan+UBSan', runner + [script, asan]))
    return suites

def main():
    copper, asan, elf = (os.path.abspath(p) for p in sys.argv[1:4])
    suites = [
        ('language tests', [sys.executable, 'tools/run_tests.py', '--copper', copper]),
        ('language tests, ASan+UBSan', [sys.executable, 'tools/run_tests.py', '--copper', asan, '--sanitizer']),
        ('language tests, 32 KB heap', [sys.executable, 'tools/run_tests.py', '--copper', copper,
                                        '--heap', '32k', '--tiny-heap']),
        ('language tests on the QEMU board', [sys.executable, 'tools/test_qemu.py', '--elf', elf]),
        ('qemu/fat.sh (the FAT drive and .cpy files on the QEMU board)',
         ['env', f'COPPER_QEMU_ELF={elf}', 'bash', 'tests/qemu/fat.sh', copper]),
    ] + script_suites(copper, asan)
    totals = [0, 0, 0]
    ok = True
    for name, cmd in suites:
        print(f'== {name}', flush=True)
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        print(proc.stdout, end='', flush=True)
        m = re.search(r'(\d+) passed, (\d+) failed, (\d+) skipped\s*$', proc.stdout)
        if not m:
            print(f'{name}: no summary line (exit status {proc.returncode})')
            totals[1] += 1
            ok = False
            continue
        for i in range(3):
            totals[i] += int(m.group(i + 1))
        if proc.returncode != 0:
            ok = False
    print(f'{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped')
    return 0 if ok and totals[1] == 0 else 1

if __name__ == '__main__':
    sys.exit(main())
