#!/usr/bin/env bash
# Command-line behaviour of the unix port that Python test programs cannot
# observe: options, exit statuses, stderr tracebacks, Ctrl-C, tiny heaps,
# the prompt. Usage: tests/cmdline/run.sh path/to/copper
# Prints one line per failure and ends with "N passed, N failed, N skipped".
set -u
copper=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

check() {   # name, expected, actual
    if [ "$2" == "$3" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        printf 'FAIL cmdline/%s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"
    fi
}

# --version and -c with sys.argv
out=$("$copper" --version)
check version "Copper" "${out%% *}"
out=$("$copper" -c 'import sys; print(sys.argv)' a b)
check c-argv "['-c', 'a', 'b']" "$out"

# a file with arguments, and exit statuses
printf 'import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n' > "$tmp/prog.py"
out=$("$copper" "$tmp/prog.py" 3 x); status=$?
check file-argv "['3', 'x']" "$out"
check sys-exit-status 3 "$status"
"$copper" -c 'raise SystemExit("bye")' 2> "$tmp/err"; status=$?
check systemexit-str-status 1 "$status"
check systemexit-str-text "bye" "$(cat "$tmp/err")"

# uncaught exception: traceback on stderr in CPython's format, status 1
printf 'def f():\n    raise ValueError("bad value")\n\nf()\n' > "$tmp/tb.py"
"$copper" "$tmp/tb.py" 2> "$tmp/err"; status=$?
check traceback-status 1 "$status"
expected='Traceback (most recent call last):
  File "'$tmp/tb.py'", line 4, in <module>
    f()
  File "'$tmp/tb.py'", line 2, in f
    raise ValueError("bad value")
ValueError: bad value'
check traceback-text "$expected" "$(cat "$tmp/err")"

# syntax errors: file, line, caret
printf 'x = (1,\ny = 2 +\n' > "$tmp/syn.py"
"$copper" "$tmp/syn.py" 2> "$tmp/err"; status=$?
check syntax-status 1 "$status"
check syntax-kind "SyntaxError" "$(tail -1 "$tmp/err" | cut -d: -f1)"

# a missing file
"$copper" "$tmp/nope.py" 2> "$tmp/err"; status=$?
check missing-file-status 2 "$status"

# -m finds a module on sys.path (the current directory)
printf 'print("running", __name__)\n' > "$tmp/mymod.py"
out=$(cd "$tmp" && "$copper" -m mymod)
check dash-m "running __main__" "$out"

# a tiny heap: MemoryError, status 1, no crash
"$copper" --heap 16k -c 'x = []
while True:
    x.append([0] * 10)' 2> "$tmp/err"; status=$?
check tiny-heap-status 1 "$status"
check tiny-heap-error "MemoryError" "$(tail -1 "$tmp/err")"
out=$("$copper" --heap 16k -c 'try:
    x = [0] * 100000
except MemoryError:
    print("caught")
print("still running")')
check memoryerror-caught "caught
still running" "$out"

# Ctrl-C stops a loop closed by a conditional jump and a sleep
printf 'n = 27\nwhile n != 1:\n    n != 3\n' > "$tmp/spin.py"
timeout --preserve-status -s INT 1 "$copper" "$tmp/spin.py" 2> "$tmp/err"; status=$?
check ctrl-c-loop-status 130 "$status"
check ctrl-c-loop-text "KeyboardInterrupt" "$(tail -1 "$tmp/err")"
timeout --preserve-status -s INT 1 "$copper" -c 'import time; time.sleep(30)' 2> /dev/null; status=$?
check ctrl-c-sleep-status 130 "$status"

# Ctrl-C also stops a long regular-expression match
timeout --preserve-status -s INT 0.15 "$copper" -c 'import re; re.match("(a*)*b", "a" * 40)' 2> "$tmp/err"; status=$?
check ctrl-c-regex-status 130 "$status"

# the prompt (forced with -i): results echoed, continuation lines, exit()
out=$(printf 'x = 6\nx * 7\nfor i in range(2):\n    print(i)\n\n' | "$copper" -i 2>&1)
check repl "$(printf '%s\n' "$(head -2 "$here/repl.expected")")" "$(printf '%s\n' "$out" | sed -n '3p;4p')"

# deep recursion is a RecursionError, not a crash
"$copper" -c 'def f(n): return f(n + 1)
f(0)' 2> "$tmp/err"; status=$?
check recursion-status 1 "$status"
check recursion-text "RecursionError: maximum recursion depth exceeded" "$(tail -1 "$tmp/err")"

echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
