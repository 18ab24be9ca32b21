#!/usr/bin/env python3
# Copper's test runner. Every tests/<area>/<name>.py is run under copper
# (cwd = the test's directory) and its stdout and exit status are compared
# with the expected result: <name>.py.exp when it exists, else what CPython
# (python3) prints for the same file, cached under build/test-cache keyed by
# a hash of the test (and of the mods/ folder beside it, for import tests).
#
# Files and folders whose name starts with "_" and folders named "mods" hold
# helper modules and are not tests; the folders in SCRIPT_DIRS hold script
# suites that tools/test_all.py runs. A test can carry directives in comment
# lines at its top:
#   # copper: skip-tiny-heap <why>   not run with --tiny-heap
#   # copper: skip <why>             never run (counted as skipped)
#   # copper: exit=N                 expected exit status with a .exp file
#                                    (default 0)
#   # copper: args OPTIONS...        extra copper options before the file
#                                    (--board ID --virtual-time --stimulus F ...)
#
# Modes: --heap SIZE passes `--heap SIZE` to copper; --sanitizer also fails
# a test whose stderr shows AddressSanitizer/LeakSanitizer/UBSan reports;
# --tiny-heap (implies --heap 32k unless --heap is given) also accepts a
# clean `MemoryError` exit (status 1, "MemoryError" on stderr) but still
# fails on crashes, sanitizer output, timeouts and other wrong output.
#
# Output: one line per failure (plus a short diff), then exactly
# `N passed, N failed, N skipped`; exit status 1 if anything failed.
import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE_DIR = os.path.join(ROOT, 'build', 'test-cache')
TIMEOUT = 30
SANITIZER_MARKS = ('AddressSanitizer', 'LeakSanitizer', 'runtime error:')
DIFF_LINES = 20
# Folders of script suites (run by tools/test_all.py, not programs to run).
SCRIPT_DIRS = ('cmdline', 'sim', 'workflow', 'repl', 'screen')


def find_tests(paths):
    tests = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isfile(p):
            if p.endswith('.py'):
                tests.append(p)
            continue
        if not os.path.isdir(p):
            print(f'warning: no such test path: {p}', file=sys.stderr)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames
                                 if not d.startswith('_') and not d.startswith('.')
                                 and d != 'mods' and d not in SCRIPT_DIRS)
            for f in sorted(filenames):
                if f.endswith('.py') and not f.startswith('_'):
                    tests.append(os.path.join(dirpath, f))
    # Keep a stable order and drop duplicates from overlapping paths.
    seen = set()
    out = []
    for t in tests:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def directives(path):
    """Reads `# copper: ...` lines from the comment block at the top."""
    d = {}
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                s = line.strip()
                if not s:
                    continue
                if not s.startswith('#'):
                    break
                body = s.lstrip('#').strip()
                if body.startswith('copper:'):
                    words = body[len('copper:'):].split()
                    if words:
                        key = words[0]
                        if key == 'args':
                            d['args'] = d.get('args', []) + words[1:]
                        elif '=' in key:
                            k, v = key.split('=', 1)
                            d[k] = v
                        else:
                            d[key] = True
    except OSError:
        pass
    return d


def rel(path):
    try:
        return os.path.relpath(path, ROOT)
    except ValueError:
        return path


def run(cmd, cwd):
    """Runs cmd; returns (returncode or None on timeout, stdout bytes, stderr bytes)."""
    env = dict(os.environ)
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    env['PYTHONIOENCODING'] = 'utf-8'
    env['PYTHONHASHSEED'] = '0'
    env.setdefault('ASAN_OPTIONS', 'detect_leaks=1')
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b'', e.stderr or b''
    except OSError as e:
        return -999, b'', str(e).encode()


def content_key(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    # Import tests depend on their helper modules: fold mods/ into the key.
    mods = os.path.join(os.path.dirname(path), 'mods')
    if os.path.isdir(mods):
        for dirpath, dirnames, filenames in os.walk(mods):
            dirnames[:] = sorted(d for d in dirnames if d != '__pycache__')
            for f in sorted(filenames):
                if f.endswith('.py'):
                    fp = os.path.join(dirpath, f)
                    h.update(os.path.relpath(fp, mods).encode())
                    with open(fp, 'rb') as fh:
                        h.update(fh.read())
    h.update(os.path.basename(path).encode())
    return h.hexdigest()


def expected(path, python, use_cache):
    """Returns (exit status, stdout bytes, source) for a test."""
    exp = path + '.exp'
    if os.path.exists(exp):
        with open(exp, 'rb') as f:
            out = f.read()
        code = int(directives(path).get('exit', 0))
        return code, out, 'exp'
    key = content_key(path)
    cache = os.path.join(CACHE_DIR, key + '.json')
    if use_cache and os.path.exists(cache):
        try:
            with open(cache, encoding='utf-8') as f:
                d = json.load(f)
            return d['code'], d['stdout'].encode('utf-8', 'surrogateescape'), 'cache'
        except (OSError, ValueError, KeyError):
            pass
    code, out, _ = run([python, os.path.basename(path)], os.path.dirname(path))
    if code is None:
        code = 'timeout'
    if use_cache and code != -999:
        os.makedirs(CACHE_DIR, exist_ok=True)
        tmp = cache + '.%d.tmp' % os.getpid()
        with open(tmp, 'w', encoding='utf-8') as f:
            json.dump({'code': code, 'stdout': out.decode('utf-8', 'surrogateescape'),
                       'test': rel(path)}, f)
        os.replace(tmp, cache)
    return code, out, 'python3'


def short_diff(exp_out, got_out):
    a = exp_out.decode('utf-8', 'replace').splitlines()
    b = got_out.decode('utf-8', 'replace').splitlines()
    lines = list(difflib.unified_diff(a, b, 'expected', 'copper', lineterm='', n=2))
    if not lines and exp_out != got_out:
        lines = ['(outputs differ only in trailing newline or line endings)']
    if len(lines) > DIFF_LINES:
        more = len(lines) - DIFF_LINES
        lines = lines[:DIFF_LINES] + [f'... ({more} more diff lines)']
    return lines


def last_line(b):
    lines = [l for l in b.decode('utf-8', 'replace').splitlines() if l.strip()]
    return lines[-1].strip() if lines else ''


def run_one(path, opts):
    """Returns (status, name, details) with status 'pass'/'fail'/'skip'."""
    name = rel(path)
    d = directives(path)
    if d.get('skip'):
        return 'skip', name, []
    if opts.tiny_heap and d.get('skip-tiny-heap'):
        return 'skip', name, []
    exp_code, exp_out, _ = expected(path, opts.python, not opts.no_cache)
    cmd = [opts.copper]
    if opts.heap:
        cmd += ['--heap', opts.heap]
    cmd += d.get('args', [])
    cmd.append(os.path.basename(path))
    code, out, err = run(cmd, os.path.dirname(path))
    errs = err.decode('utf-8', 'replace')

    if opts.sanitizer or opts.tiny_heap:
        for mark in SANITIZER_MARKS:
            if mark in errs:
                lines = [l for l in errs.splitlines() if mark in l][:3]
                return 'fail', name, ['sanitizer report:'] + lines
    if code is None:
        return 'fail', name, [f'timeout after {TIMEOUT}s']
    if code == -999:
        return 'fail', name, ['cannot run copper: ' + errs]
    if code < 0:
        return 'fail', name, [f'crashed (status {code}) ' + last_line(err)] + \
            short_diff(exp_out, out)
    if code == exp_code and out == exp_out:
        return 'pass', name, []
    if opts.tiny_heap and code == 1 and 'MemoryError' in errs:
        return 'pass', name, []
    details = []
    if code != exp_code:
        details.append(f'exit status {code}, expected {exp_code}' +
                       (('; stderr: ' + last_line(err)) if err.strip() else ''))
    if out != exp_out:
        details += short_diff(exp_out, out)
    return 'fail', name, details


def main():
    ap = argparse.ArgumentParser(description='Run the Copper test suite.')
    ap.add_argument('--copper', default=os.path.join(ROOT, 'build', 'copper'))
    ap.add_argument('--python', default='python3', help='reference CPython 3.11')
    ap.add_argument('--heap', default=None, help='pass --heap SIZE to copper')
    ap.add_argument('--tiny-heap', action='store_true',
                    help='accept a clean MemoryError exit (implies --heap 32k)')
    ap.add_argument('--sanitizer', action='store_true',
                    help='fail on ASan/LSan/UBSan reports on stderr')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--list-failures', metavar='FILE',
                    help='write the names of failing tests to FILE')
    ap.add_argument('--no-cache', action='store_true',
                    help='always rerun python3 for the expected output')
    ap.add_argument('-q', '--quiet', action='store_true', help='no diffs')
    ap.add_argument('paths', nargs='*')
    opts = ap.parse_args()

    if os.sep not in opts.copper:
        found = shutil.which(opts.copper)
        if found:
            opts.copper = found
    opts.copper = os.path.abspath(opts.copper)
    if not os.path.exists(opts.copper):
        print(f'error: copper binary not found: {opts.copper}', file=sys.stderr)
        return 2
    if os.sep not in opts.python:
        opts.python = shutil.which(opts.python) or opts.python
    if opts.tiny_heap and not opts.heap:
        opts.heap = '32k'

    paths = opts.paths or [os.path.join(ROOT, 'tests')]
    tests = find_tests(paths)
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.j)) as ex:
        futs = [ex.submit(run_one, t, opts) for t in tests]
        for fut in concurrent.futures.as_completed(futs):
            try:
                status, name, details = fut.result()
            except Exception as e:  # a runner bug must not hide other results
                status, name, details = 'fail', '?', [f'runner error: {e!r}']
            results.append((status, name, details))
            if status == 'fail':
                first = details[0] if details and not details[0].startswith('---') else ''
                print(f'FAIL {name}' + (f'  ({first})' if first else ''), flush=True)
                if not opts.quiet:
                    rest = details[1:] if first else details
                    for l in rest:
                        print('    ' + l)
    passed = sum(1 for r in results if r[0] == 'pass')
    failed = sorted(r[1] for r in results if r[0] == 'fail')
    skipped = sum(1 for r in results if r[0] == 'skip')
    if opts.list_failures:
        with open(opts.list_failures, 'w') as f:
            for n in failed:
                f.write(n + '\n')
    print(f'{passed} passed, {len(failed)} failed, {skipped} skipped')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
