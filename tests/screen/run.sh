#!/usr/bin/env bash
# Pixel-exact screen tests of the display stack. Each tests/screen/NAME.py
# runs on a simulated board with the options of its `# copper: args` lines,
# from this folder, with `--no-view --screen`; what the panel shows at the
# end must match NAME.png here pixel for pixel (tools/png_compare.py), and
# what it shows at each --snapshot time NAME-<time>.png. Its stdout must
# match NAME.py.exp (no .exp: no output), its exit status
# `# copper: exit=N` (default 0; with 0, stderr must be empty too), and a
# second run must write byte-identical files (virtual time makes runs
# deterministic). `# copper: skip <why>` skips a test. Each test's header
# says what its images must show: they were checked by eye.
# Usage: tests/screen/run.sh [--update] path/to/copper [NAME...]
#   --update writes the expected images from the first run instead of
#   comparing them (look at every one before keeping it).
# Prints one line per failure and ends with "N passed, N failed, N skipped".
set -u
update=0
if [ "${1:-}" == "--update" ]; then
    update=1
    shift
fi
copper=$(realpath "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
compare="$here/../../tools/png_compare.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
sanitizer_marks='AddressSanitizer|LeakSanitizer|runtime error:'
pass=0
fail=0
skip=0

# directive FILE KEY: the words after `# copper: KEY` in the comment block
# at the top of FILE (args lines add up); N for `# copper: KEY=N`.
directive() {
    awk -v key="$2" '
        !/^#/ { exit }
        $2 == "copper:" && $3 == key { for (i = 4; i <= NF; i++) printf "%s ", $i }
        $2 == "copper:" && index($3, key "=") == 1 { print substr($3, length(key) + 2) }
    ' "$1"
}

# run NAME DIR ARGS...: runs the test, writing DIR/NAME.png (and snapshots),
# DIR/out and DIR/err; prints the exit status.
run() {
    local name=$1 dir=$2
    shift 2
    mkdir -p "$dir"
    (cd "$here" && timeout 300 "$copper" "$@" --no-view --screen "$dir/$name.png" "$name.py" \
        > "$dir/out" 2> "$dir/err" < /dev/null)
    echo $?
}

# images DIR NAME: the basenames of NAME's images in DIR, one a line.
images() {
    (cd "$1" && ls "$2.png" "$2"-[0-9]*.[0-9]*s.png 2>/dev/null | sort)
}

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for f in "$here"/*.py; do
        base=$(basename "$f" .py)
        [ "${base#_}" == "$base" ] && names+=("$base")
    done
fi

for name in "${names[@]}"; do
    file="$here/$name.py"
    if grep -q -E '^# copper: skip( |$)' "$file"; then
        skip=$((skip + 1))
        continue
    fi
    read -r -a args <<< "$(directive "$file" args)"
    want_status=$(directive "$file" exit)
    want_status=${want_status:-0}
    problems=()
    a="$tmp/$name/a"
    b="$tmp/$name/b"
    status=$(run "$name" "$a" "${args[@]}")
    if grep -q -E "$sanitizer_marks" "$a/err"; then
        problems+=("sanitizer report: $(grep -m 3 -E "$sanitizer_marks" "$a/err")")
    fi
    if [ "$status" != "$want_status" ]; then
        problems+=("exit status $status, expected $want_status; stderr: $(tail -n 3 "$a/err")")
    elif [ "$want_status" == 0 ] && [ -s "$a/err" ]; then
        problems+=("stderr: $(head -n 3 "$a/err")")
    fi
    if [ -f "$file.exp" ]; then
        exp="$file.exp"
    else
        exp=/dev/null
    fi
    if ! cmp -s "$exp" "$a/out"; then
        problems+=("output differs from $(basename "$exp"):" "$(diff "$exp" "$a/out" | head -n 20)")
    fi
    if [ $update == 1 ]; then
        rm -f "$here/$name.png" "$here/$name"-[0-9]*.[0-9]*s.png
        for img in $(images "$a" "$name"); do
            cp "$a/$img" "$here/$img"
            echo "wrote tests/screen/$img"
        done
    else
        written=$(images "$a" "$name" | tr '\n' ' ')
        expected=$(images "$here" "$name" | tr '\n' ' ')
        [ "$written" == "$expected" ] || problems+=("images written: $written expected: $expected")
        for img in $(images "$here" "$name"); do
            if [ -f "$a/$img" ]; then
                diff=$(python3 "$compare" "$a/$img" "$here/$img" 2>&1) || problems+=("$img: ${diff#*: }")
            fi
        done
    fi
    # Determinism: the same files again.
    status2=$(run "$name" "$b" "${args[@]}")
    [ "$status2" == "$status" ] || problems+=("second run: exit status $status2, first $status")
    cmp -s "$a/out" "$b/out" || problems+=("second run: different output")
    for img in $(images "$a" "$name"); do
        cmp -s "$a/$img" "$b/$img" || problems+=("second run: $img not byte-identical")
    done
    if [ ${#problems[@]} -eq 0 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL screen/$name"
        printf '  %s\n' "${problems[@]}"
    fi
done

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
