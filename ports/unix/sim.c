// The simulated board: board selection, command-line options, the clock
// (real or virtual, --run-for) and the electrical state of every pin (who
// drives it, pulls, analog voltages, touch). What the program does with a
// pin is sim_gpio.c's business; this file only answers "what level is on
// the wire" and tells the watchers (trace, view, counters) when it changes.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "hal.h"
#include "hal_unix.h"
#include "options.h"
#include "sim.h"

SimOptions sim_options;

const char sim_usage[] =
    "       copper --board ID [--virtual-time] [--run-for 10s] [--stimulus FILE] [--trace FILE.vcd]\n"
    "              [--audio FILE.wav] [--i2c NAME@ADDR] [--display MODEL@CS,DC[,RST]]\n"
    "              [--screen FILE.png [--snapshot T1,T2,...]] [--no-view] FILE.py\n";

static const SimBoard *board;

// --- options -----------------------------------------------------------------

// "10s", "500ms", "2m", "250us", "1.5s" -> ns; false when malformed. A bare
// number means seconds.
bool sim_parse_duration(const char *s, uint64_t *ns) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || v < 0) {
        return false;
    }
    double scale;
    if (strcmp(end, "") == 0 || strcmp(end, "s") == 0) {
        scale = 1e9;
    } else if (strcmp(end, "ms") == 0) {
        scale = 1e6;
    } else if (strcmp(end, "us") == 0) {
        scale = 1e3;
    } else if (strcmp(end, "ns") == 0) {
        scale = 1;
    } else if (strcmp(end, "m") == 0 || strcmp(end, "min") == 0) {
        scale = 60e9;
    } else if (strcmp(end, "h") == 0) {
        scale = 3600e9;
    } else {
        return false;
    }
    double t = v * scale + 0.5;
    if (t >= 1.8e19) {
        return false;
    }
    *ns = (uint64_t)t;
    return true;
}

static void unknown_board(const char *id) {
    fprintf(stderr, "copper: unknown board '%s'; known boards:", id);
    for (const char *const *b = sim_board_ids(); *b != NULL; b++) {
        fprintf(stderr, " %s", *b);
    }
    fputc('\n', stderr);
    exit(2);
}

static const char *option_value(int argc, char **argv, int *i) {
    if (*i + 1 >= argc) {
        fprintf(stderr, "copper: %s needs a value\n", argv[*i]);
        exit(2);
    }
    return argv[++*i];
}

// A file the simulator writes at the end of the run: made absolute now,
// because with --drive the program runs inside the drive, and a file
// written there would be a change to the drive (and reload the program).
static const char *output_path_value(int argc, char **argv, int *i) {
    const char *path = option_value(argc, argv, i);
    char cwd[4096];
    if (path[0] == '/' || getcwd(cwd, sizeof cwd) == NULL) {
        return path;
    }
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *abs = malloc(n);
    if (abs == NULL) {
        return path;
    }
    snprintf(abs, n, "%s/%s", cwd, path);
    return abs;
}

bool sim_parse_option(int argc, char **argv, int *i) {
    const char *a = argv[*i];
    if (strcmp(a, "--board") == 0) {
        const char *id = option_value(argc, argv, i);
        if (sim_find_sim_board(id) == NULL) {
            unknown_board(id);
        }
        sim_options.board = id;
        sim_options.board_given = true;
    } else if (strcmp(a, "--virtual-time") == 0) {
        sim_options.virtual_time = true;
    } else if (strcmp(a, "--run-for") == 0) {
        const char *v = option_value(argc, argv, i);
        if (!sim_parse_duration(v, &sim_options.run_for_ns) || sim_options.run_for_ns == 0) {
            fprintf(stderr, "copper: bad duration '%s' for --run-for (e.g. 10s, 500ms, 2m)\n", v);
            exit(2);
        }
    } else if (strcmp(a, "--stimulus") == 0) {
        sim_options.stimulus = option_value(argc, argv, i);
    } else if (strcmp(a, "--trace") == 0) {
        sim_options.trace = output_path_value(argc, argv, i);
    } else if (strcmp(a, "--audio") == 0) {
        sim_options.audio = output_path_value(argc, argv, i);
    } else if (strcmp(a, "--i2c") == 0) {
        const char *v = option_value(argc, argv, i);
        if (sim_options.ni2c >= (int)(sizeof(sim_options.i2c_devices) / sizeof(sim_options.i2c_devices[0]))) {
            fprintf(stderr, "copper: too many --i2c devices\n");
            exit(2);
        }
        sim_options.i2c_devices[sim_options.ni2c++] = v;
    } else if (strcmp(a, "--display") == 0) {
        const char *v = option_value(argc, argv, i);
        if (sim_options.ndisplays >= (int)(sizeof(sim_options.displays) / sizeof(sim_options.displays[0]))) {
            fprintf(stderr, "copper: too many --display panels\n");
            exit(2);
        }
        sim_options.displays[sim_options.ndisplays++] = v;
    } else if (strcmp(a, "--screen") == 0) {
        sim_options.screen = output_path_value(argc, argv, i);
    } else if (strcmp(a, "--snapshot") == 0) {
        sim_options.snapshots = option_value(argc, argv, i);
    } else if (strcmp(a, "--no-view") == 0) {
        sim_options.no_view = true;
    } else {
        return false;
    }
    return true;
}

// --- the board -----------------------------------------------------------------

const SimBoard *sim_board(void) {
    if (board == NULL) {
        board = sim_find_sim_board(sim_options.board != NULL ? sim_options.board : "circuitplayground_express");
    }
    return board;
}

const HalBoard *hal_board(void) { return sim_board()->hal; }

bool hal_board_mode(void) { return sim_options.board_given; }

int sim_pin_by_name(const char *name) {
    const HalBoard *b = hal_board();
    for (uint8_t i = 0; i < b->nnames; i++) {
        if (strcmp(b->names[i].name, name) == 0) {
            return b->names[i].pin;
        }
    }
    for (uint8_t i = 0; i < b->npins; i++) {
        if (strcmp(b->pins[i].mcu_name, name) == 0) {
            return i;
        }
    }
    return -1;
}

uint8_t sim_part_pin(const SimPart *part) {
    int p = part->mcu != NULL ? sim_pin_by_name(part->mcu) : -1;
    return p < 0 ? HAL_NO_PIN : (uint8_t)p;
}

uint8_t sim_part_pin2(const SimPart *part) {
    int p = part->mcu2 != NULL ? sim_pin_by_name(part->mcu2) : -1;
    return p < 0 ? HAL_NO_PIN : (uint8_t)p;
}

const char *sim_pin_name(uint8_t pin) {
    const HalBoard *b = hal_board();
    for (uint8_t i = 0; i < b->nnames; i++) {
        if (b->names[i].pin == pin) {
            return b->names[i].name;
        }
    }
    return pin < b->npins ? b->pins[pin].mcu_name : "?";
}

// --- pin state -----------------------------------------------------------------

#define MAX_PINS 64

// What the outside world does to a pin.
enum { EXT_NONE, EXT_DIGITAL, EXT_ANALOG };

typedef struct {
    int8_t program;        // the program drives 0/1, or -1 (input, open-drain released)
    uint8_t pull;          // the program's pull (HalPull)
    uint8_t ext;           // EXT_*
    bool ext_level;        // EXT_DIGITAL
    float volts;           // EXT_ANALOG, else the part's resting voltage when part_volts
    bool part_volts;       // a sensor sets the resting voltage
    uint8_t board_pull;    // resistors on the board or wired by the stimulus (HalPull)
    bool touched;
    bool last;             // the level the watchers last saw
} PinState;

static PinState pins[MAX_PINS];

#define MAX_WATCHERS 8
static SimPinWatchFn watchers[MAX_WATCHERS];
static int nwatchers;

static void pins_init(void) {
    const SimBoard *sb = sim_board();
    for (int i = 0; i < MAX_PINS; i++) {
        pins[i].program = -1;
    }
    for (uint8_t i = 0; i < sb->nparts; i++) {
        const SimPart *part = &sb->parts[i];
        uint8_t p = sim_part_pin(part);
        if (p == HAL_NO_PIN) {
            continue;
        }
        switch (part->kind) {
        case SIM_PART_ANALOG:
            pins[p].volts = part->volts;
            pins[p].part_volts = true;
            break;
        case SIM_PART_PULLUP:
            pins[p].board_pull = HAL_PULL_UP;
            break;
        case SIM_PART_PULLDOWN:
            pins[p].board_pull = HAL_PULL_DOWN;
            break;
        case SIM_PART_IR_RX:
            // The receiver drives its output high while no IR arrives.
            pins[p].ext = EXT_DIGITAL;
            pins[p].ext_level = true;
            break;
        default:
            break;
        }
    }
    for (uint8_t i = 0; i < hal_board()->npins && i < MAX_PINS; i++) {
        pins[i].last = sim_pin_level(i);
    }
}

static bool valid_pin(uint8_t pin) { return pin < hal_board()->npins && pin < MAX_PINS; }

// The closed key-matrix switches, as pairs of pins.
#define MAX_JOINS 16
static uint8_t joins[MAX_JOINS][2];
static int njoins;

void sim_pin_join(uint8_t a, uint8_t b, bool closed) {
    for (int i = 0; i < njoins; i++) {
        if ((joins[i][0] == a && joins[i][1] == b) || (joins[i][0] == b && joins[i][1] == a)) {
            if (!closed) {
                joins[i][0] = joins[--njoins][0];
                joins[i][1] = joins[njoins][1];
            }
            return;
        }
    }
    if (closed && njoins < MAX_JOINS) {
        joins[njoins][0] = a;
        joins[njoins][1] = b;
        njoins++;
    }
}

bool sim_pin_level(uint8_t pin) {
    if (!valid_pin(pin)) {
        return false;
    }
    const PinState *p = &pins[pin];
    if (p->program >= 0) {
        return p->program != 0;
    }
    for (int i = 0; i < njoins; i++) {
        uint8_t other = joins[i][0] == pin ? joins[i][1] : joins[i][1] == pin ? joins[i][0] : HAL_NO_PIN;
        if (other != HAL_NO_PIN && pins[other].program >= 0) {
            return pins[other].program != 0;   // a closed switch to a driven pin
        }
    }
    if (p->ext == EXT_DIGITAL) {
        return p->ext_level;
    }
    if (p->ext == EXT_ANALOG) {
        return p->volts >= 1.65f;
    }
    if (p->pull != HAL_PULL_NONE) {
        return p->pull == HAL_PULL_UP;
    }
    if (p->board_pull != HAL_PULL_NONE) {
        return p->board_pull == HAL_PULL_UP;
    }
    if (p->part_volts) {
        return p->volts >= 1.65f;
    }
    return false;   // floating: a real pin reads noise; the simulator reads 0
}

void sim_on_pin_change(SimPinWatchFn fn) {
    for (int i = 0; i < nwatchers; i++) {
        if (watchers[i] == fn) {
            return;
        }
    }
    if (nwatchers < MAX_WATCHERS) {
        watchers[nwatchers++] = fn;
    }
}

void sim_pin_level_maybe_changed(uint8_t pin) {
    if (!valid_pin(pin)) {
        return;
    }
    bool level = sim_pin_level(pin);
    if (level == pins[pin].last) {
        return;
    }
    pins[pin].last = level;
    for (int i = 0; i < nwatchers; i++) {
        watchers[i](pin, level);
    }
}

void sim_pin_drive_program(uint8_t pin, int level) {
    if (valid_pin(pin)) {
        pins[pin].program = (int8_t)(level < 0 ? -1 : level != 0);
        sim_pin_level_maybe_changed(pin);
    }
}

void sim_pin_set_pull(uint8_t pin, HalPull pull) {
    if (valid_pin(pin)) {
        pins[pin].pull = (uint8_t)pull;
        sim_pin_level_maybe_changed(pin);
    }
}

HalPull sim_pin_pull(uint8_t pin) { return valid_pin(pin) ? (HalPull)pins[pin].pull : HAL_PULL_NONE; }

int sim_pin_external_level(uint8_t pin) {
    if (!valid_pin(pin) || pins[pin].ext != EXT_DIGITAL) {
        return -1;
    }
    return pins[pin].ext_level;
}

void sim_pin_drive_external(uint8_t pin, int level) {
    if (valid_pin(pin)) {
        pins[pin].ext = level < 0 ? EXT_NONE : EXT_DIGITAL;
        pins[pin].ext_level = level > 0;
        sim_pin_level_maybe_changed(pin);
    }
}

void sim_pin_set_voltage(uint8_t pin, float volts) {
    if (valid_pin(pin)) {
        pins[pin].ext = EXT_ANALOG;
        pins[pin].volts = volts;
        sim_pin_level_maybe_changed(pin);
    }
}

float sim_pin_voltage(uint8_t pin) {
    if (!valid_pin(pin)) {
        return 0;
    }
    const PinState *p = &pins[pin];
    if (p->ext == EXT_ANALOG || (p->ext == EXT_NONE && p->program < 0 && p->part_volts)) {
        return p->volts;
    }
    return sim_pin_level(pin) ? 3.3f : 0.0f;
}

void sim_pin_set_touched(uint8_t pin, bool touched) {
    if (valid_pin(pin)) {
        pins[pin].touched = touched;
    }
}

bool sim_pin_touched(uint8_t pin) { return valid_pin(pin) && pins[pin].touched; }

HalPull sim_pin_external_pull(uint8_t pin) { return valid_pin(pin) ? (HalPull)pins[pin].board_pull : HAL_PULL_NONE; }

void sim_pin_set_external_pull(uint8_t pin, HalPull pull) {
    if (valid_pin(pin)) {
        pins[pin].board_pull = (uint8_t)pull;
        sim_pin_level_maybe_changed(pin);
    }
}

// --- the clock -----------------------------------------------------------------

static uint64_t now_ns;        // board time (the latest value handed out)
static uint64_t host_start_ns; // host monotonic time at start-up
static bool clock_started;
static int advancing;          // sim_advance_to is running (events, ticks)
static bool finishing;

#define MAX_TICKS 16
static SimTickFn ticks[MAX_TICKS];
static int nticks;

void sim_on_tick(SimTickFn fn) {
    for (int i = 0; i < nticks; i++) {
        if (ticks[i] == fn) {
            return;
        }
    }
    if (nticks < MAX_TICKS) {
        ticks[nticks++] = fn;
    }
}

static uint64_t host_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void clock_start(void) {
    if (!clock_started) {
        clock_started = true;
        host_start_ns = host_ns();
    }
}

// --run-for reached: the program did not raise, so the run succeeded.
static _Noreturn void run_for_done(void) {
    sim_finish();
    fflush(stdout);
    exit(0);
}

void sim_advance_to(uint64_t t) {
    if (advancing) {
        // An event or a timed part reads the clock while we move it: time
        // stands at the event being handled.
        return;
    }
    advancing = 1;
    bool done = false;
    if (sim_options.run_for_ns != 0 && t >= sim_options.run_for_ns) {
        t = sim_options.run_for_ns;
        done = true;
    }
    // Events fire at their own time, so a trace shows them where the
    // stimulus put them even when the clock jumps over them.
    for (;;) {
        uint64_t next = sim_stimulus_next_ns();
        if (sim_pulse_next_ns() < next) {
            next = sim_pulse_next_ns();
        }
        if (next > t) {
            break;
        }
        if (next > now_ns) {
            now_ns = next;
        }
        sim_stimulus_fire_due(now_ns);
        sim_pulse_fire_due(now_ns);
    }
    if (t > now_ns) {
        now_ns = t;
    }
    for (int i = 0; i < nticks; i++) {
        ticks[i](now_ns);
    }
    advancing = 0;
    sim_view_update();
    if (done && !finishing) {
        run_for_done();
    }
}

uint64_t sim_now_ns(void) {
    clock_start();
    if (!sim_options.virtual_time && !advancing) {
        uint64_t t = host_ns() - host_start_ns;
        if (t > now_ns) {
            sim_advance_to(t);
        }
    }
    return now_ns;
}

void sim_poll(void) {
    if (sim_options.virtual_time) {
        sim_advance_to(now_ns + SIM_POLL_QUANTUM_NS);
    } else if (nticks > 0 || sim_options.run_for_ns != 0 || sim_stimulus_next_ns() != UINT64_MAX) {
        sim_now_ns();
    }
}

uint64_t sim_next_wakeup_ns(void) {
    uint64_t t = sim_stimulus_next_ns();
    if (sim_pulse_next_ns() < t) {
        t = sim_pulse_next_ns();
    }
    if (sim_options.run_for_ns != 0 && sim_options.run_for_ns < t) {
        t = sim_options.run_for_ns;
    }
    return t;
}

bool sim_virtual_time(void) { return sim_options.virtual_time; }

void sim_format_time(uint64_t ns, char *buf, size_t len) {
    snprintf(buf, len, "%llu.%03llus", (unsigned long long)(ns / 1000000000u),
             (unsigned long long)(ns / 1000000u % 1000u));
}

// --- start and finish ------------------------------------------------------------

void sim_start(void) {
    clock_start();
    pins_init();
    sim_shift_buttons_start();
    sim_bus_start();
    sim_screen_start();
    if (sim_options.stimulus != NULL) {
        sim_stimulus_load(sim_options.stimulus);
    }
    sim_view_start();
    sim_trace_start();
    // Events at time 0 take effect before the program's first line.
    sim_advance_to(0);
}

void sim_finish(void) {
    if (finishing) {
        return;
    }
    finishing = true;
    sim_screen_finish();
    sim_audio_finish();
    sim_trace_finish();
    sim_view_finish();
}
