#!/usr/bin/env bash
# The simulator's core from the command line: board selection, options,
# the stimulus parser's errors, virtual time (determinism, speed,
# time.monotonic), --run-for and exit statuses, Ctrl-C.
# Usage: tests/sim/core.sh path/to/copper
# Prints one line per failure and ends with "N passed, N failed, N skipped".
set -u
copper=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
pass=0
fail=0
skip=0

check() {   # name, expected, actual
    if [ "$2" == "$3" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        printf 'FAIL sim/core/%s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"
    fi
}

has_module() { "$copper" -c "import $1" > /dev/null 2>&1; }

# --- options -------------------------------------------------------------------
"$copper" --board no_such_board -c 'print(1)' > out 2> err; status=$?
check unknown-board-status 2 "$status"
check unknown-board-stdout "" "$(cat out)"
check unknown-board-text "copper: unknown board 'no_such_board'; known boards: circuitplayground_express clue_nrf52840_express feather_nrf52840_express metro_m4_express pybadge pygamer trinket_m0" "$(cat err)"

"$copper" --run-for 10x -c 'print(1)' > out 2> err; status=$?
check bad-duration-status 2 "$status"
check bad-duration-text "copper: bad duration '10x' for --run-for (e.g. 10s, 500ms, 2m)" "$(cat err)"

"$copper" --board -c 2> /dev/null > /dev/null; status=$?
check board-value-status 2 "$status"

# --- the stimulus parser ---------------------------------------------------------
printf 'print("ran")\n' > prog.py
printf '# a comment\n0.5s press BUTTON_A\n1s prss BUTTON_A\n' > stimulus.txt
"$copper" --board circuitplayground_express --stimulus stimulus.txt prog.py > out 2> err; status=$?
check stim-unknown-event-status 2 "$status"
check stim-unknown-event-text "copper: stimulus.txt:3: unknown event 'prss'" "$(cat err)"
check stim-error-before-run "" "$(cat out)"

stim_error() {   # name, stimulus line, expected message after "copper: s.txt:1: "
    printf '%s\n' "$2" > s.txt
    "$copper" --board circuitplayground_express --stimulus s.txt prog.py > out 2> err; status=$?
    check "stim-$1-status" 2 "$status"
    check "stim-$1-text" "copper: s.txt:1: $3" "$(cat err)"
}
stim_error unknown-pin '1s press BUTTON_C' "unknown pin 'BUTTON_C' on circuitplayground_express"
stim_error bad-time '1x press BUTTON_A' "bad time '1x' (e.g. 1.5s, 200ms, 2m)"
stim_error bad-level '1s set A1 loud' "bad level 'loud' (high, low, float or a voltage like 1.2V)"
stim_error bad-volts '1s set A1 5V' "voltage '5V' outside 0-3.3V"
stim_error missing-arg '1s press' "usage: TIME press PIN"
stim_error bad-string '1s uart RX "abc' "unterminated string"
stim_error bad-ir '1s ir RC5 0x10' "unknown IR protocol 'RC5' (NEC)"
stim_error no-joystick '1s joystick 0 1' "circuitplayground_express has no joystick"
"$copper" --board circuitplayground_express --stimulus missing.txt prog.py > out 2> err; status=$?
check stim-missing-file-status 2 "$status"
check stim-missing-file-text "copper: can't open stimulus file 'missing.txt': No such file or directory" "$(cat err)"

# A well-formed file with every event kind is accepted.
cat > all.txt <<'EOF'
0s pull A1 up            # comment after an event
100ms press BUTTON_A
+100ms release BUTTON_A
300ms set A2 1.2V
300ms set A3 1200mV
400ms set D7 high
400ms set D7 float
500ms touch A4
600ms untouch A4
700ms tilt 0 0 9.8
800ms tap
800ms tap 2
900ms shake
1s uart RX "hi\n\x41\"\\"
1s ir NEC 0x20DF10EF
2s turn A5 A6 +2
2s turn A5 A6 -1
EOF
"$copper" --board circuitplayground_express --virtual-time --stimulus all.txt prog.py > out 2> err; status=$?
check stim-all-events-status 0 "$status"
check stim-all-events-out "ran" "$(cat out)"
printf '1s joystick 0.5 -1\n' > joy.txt
"$copper" --board pygamer --virtual-time --stimulus joy.txt prog.py > out 2> err; status=$?
check stim-joystick-status 0 "$status"

# --- virtual time -------------------------------------------------------------
cat > blink.py <<'EOF'
import time
on = False
while True:
    on = not on
    time.sleep(0.5)
EOF
start=$(date +%s%N)
"$copper" --board circuitplayground_express --virtual-time --run-for 60s blink.py > out 2> err; status=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
check run-for-status 0 "$status"
check run-for-fast "yes" "$([ "$elapsed_ms" -lt 1000 ] && echo yes || echo "no (${elapsed_ms} ms)")"

# A busy loop reaches the end too (the VM's polls move the clock).
printf 'x = 0\nwhile True:\n    x += 1\n' > busy.py
timeout 10 "$copper" --virtual-time --run-for 2s busy.py > out 2> err; status=$?
check run-for-busy-status 0 "$status"

# The clock: sleeping jumps it exactly; a busy wait on it ends.
cat > clock.py <<'EOF'
import time
t0 = time.monotonic_ns()
time.sleep(1.5)
t1 = time.monotonic_ns()
print(round((t1 - t0) / 1e9, 3))
while time.monotonic() < 3:
    pass
print(3 <= time.monotonic() < 3.01)
print(time.time() // 60 == 946684800 // 60)
EOF
"$copper" --virtual-time clock.py > out 2> err
check monotonic-virtual "1.5
True
True" "$(cat out)"

# Same program, same stimulus: byte-identical output (time and random).
cat > det.py <<'EOF'
import random, time
for i in range(5):
    n = 0
    while n < random.randrange(1000, 5000):
        n += 1
    print(time.monotonic_ns(), random.random())
    time.sleep(random.random() / 10)
print(time.monotonic_ns())
EOF
"$copper" --board circuitplayground_express --virtual-time det.py > out1 2>&1
"$copper" --board circuitplayground_express --virtual-time det.py > out2 2>&1
check deterministic-lines 6 "$(wc -l < out1)"
check deterministic "$(cat out1)" "$(cat out2)"

# A program that raises before --run-for's end fails as usual.
printf 'import time\ntime.sleep(1)\nraise ValueError("boom")\n' > raise.py
"$copper" --board circuitplayground_express --virtual-time --run-for 10s raise.py > out 2> err; status=$?
check run-for-raise-status 1 "$status"
check run-for-raise-text "ValueError: boom" "$(tail -1 err)"

# A program that ends before --run-for's end ends then.
printf 'print("done")\n' > short.py
"$copper" --virtual-time --run-for 10s short.py > out 2> err; status=$?
check run-for-short "0 done" "$status $(cat out)"

# --run-for in real time.
start=$(date +%s%N)
"$copper" --board circuitplayground_express --run-for 300ms blink.py > out 2> err; status=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
check run-for-real-status 0 "$status"
check run-for-real-time "yes" "$([ "$elapsed_ms" -ge 280 ] && [ "$elapsed_ms" -lt 3000 ] && echo yes || echo "no (${elapsed_ms} ms)")"

# Ctrl-C still works under virtual time (sleeping and busy loops).
timeout --preserve-status -s INT 0.5 "$copper" --virtual-time blink.py 2> err; status=$?
check ctrl-c-virtual-sleep 130 "$status"
timeout --preserve-status -s INT 0.5 "$copper" --virtual-time busy.py 2> err; status=$?
check ctrl-c-virtual-busy 130 "$status"
check ctrl-c-virtual-text "KeyboardInterrupt" "$(tail -1 err)"

# Without --board: the host's sys.platform and the real clock.
out=$("$copper" -c 'import sys; print(sys.platform)')
check host-platform linux "$out"

# --- stimulus events reach the pins (needs digitalio) ---------------------------
if has_module digitalio && has_module board; then
    cat > buttons.py <<'EOF'
import board, digitalio, time
a = digitalio.DigitalInOut(board.BUTTON_A)
a.pull = digitalio.Pull.DOWN
seen = []
for i in range(8):
    seen.append(a.value)
    time.sleep(0.25)
print(seen)
EOF
    printf '0.3s press BUTTON_A\n1.1s release BUTTON_A\n' > buttons.txt
    "$copper" --board circuitplayground_express --virtual-time --stimulus buttons.txt buttons.py > out 2> err
    check stim-press-cpx "[False, False, True, True, True, False, False, False]" "$(cat out)"
    # CLUE buttons are active-low: pressed reads False with Pull.UP.
    sed -e 's/Pull.DOWN/Pull.UP/' buttons.py > clue.py
    "$copper" --board clue_nrf52840_express --virtual-time --stimulus buttons.txt clue.py > out 2> err
    check stim-press-clue "[True, True, False, False, False, True, True, True]" "$(cat out)"
else
    skip=$((skip + 2))
fi

# --- microcontroller.nvm persists in .copper-nvm-<board>.bin ------------------------
if has_module microcontroller; then
    printf 'import microcontroller\nprint(microcontroller.nvm[0:3])\n' > nvm_read.py
    "$copper" --board metro_m4_express nvm_read.py > out 2> err
    check nvm-erased "bytearray(b'\\xff\\xff\\xff')" "$(cat out)"
    check nvm-no-file-on-read "no" "$([ -e .copper-nvm-metro_m4_express.bin ] && echo yes || echo no)"
    printf 'import microcontroller\nmicrocontroller.nvm[0:3] = b"abc"\n' > nvm_write.py
    "$copper" --board metro_m4_express nvm_write.py > out 2> err
    check nvm-file-size 8192 "$(stat -c %s .copper-nvm-metro_m4_express.bin 2> /dev/null)"
    "$copper" --board metro_m4_express nvm_read.py > out 2> err
    check nvm-persists "bytearray(b'abc')" "$(cat out)"
    "$copper" --board circuitplayground_express nvm_read.py > out 2> err
    check nvm-per-board "bytearray(b'\\xff\\xff\\xff')" "$(cat out)"
else
    skip=$((skip + 5))
fi

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
