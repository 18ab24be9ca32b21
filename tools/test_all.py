#!/usr/bin/env python3
# `make test`: every suite on every build, with one total at the end.
# Runs the language tests on the normal build, on the ASan+UBSan build and
# with a 32 KB heap, then the command-line checks; each suite prints its
# own "N passed, N failed, N skipped", and the last line is the sum.
import re, subprocess, sys

def main():
    copper, asan = sys.argv[1], sys.argv[2]
    suites = [
        ('language tests', [sys.executable, 'tools/run_tests.py', '--copper', copper]),
        ('language tests, ASan+UBSan', [sys.executable, 'tools/run_tests.py', '--copper', asan, '--sanitizer']),
        ('language tests, 32 KB heap', [sys.executable, 'tools/run_tests.py', '--copper', copper,
                                        '--heap', '32k', '--tiny-heap']),
        ('command line', ['bash', 'tests/cmdline/run.sh', copper]),
        ('command line, ASan+UBSan', ['bash', 'tests/cmdline/run.sh', asan]),
    ]
    totals = [0, 0, 0]
    ok = True
    for name, cmd in suites:
        print(f'== {name}', flush=True)
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
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
