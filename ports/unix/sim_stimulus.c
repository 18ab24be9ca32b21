// The --stimulus script: what the outside world does to the board and
// when. One event per line, `TIME EVENT ARGS...`, `#` starts a comment:
//   1.5s press BUTTON_A        200ms set A1 1.2V       2m set D2 high
//   +100ms release BUTTON_A    (a `+` time counts from the previous line)
// The whole file is parsed before the program runs; an error stops the run
// with "copper: FILE:LINE: message" and status 2. Events fire when board
// time passes their time (sim.c calls sim_stimulus_fire_due). The format
// is described in docs/simulation.md.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "sim.h"

typedef enum {
    EV_DRIVE,      // pin driven to level (-1: let go)
    EV_VOLTS,      // pin held at x volts
    EV_TOUCH,      // n: touched or not
    EV_PULL,       // n: HalPull of an external resistor
    EV_TILT,       // x, y, z in m/s^2
    EV_TAP,        // n taps
    EV_SHAKE,
    EV_UART,       // data into the UART receiving on pin
    EV_IR,         // NEC code to pin
    EV_SHIFT,      // shift-register button `pin` (its index) pressed (level 1) or not
    EV_JOIN,       // a key-matrix switch between `pin` and `code` closed (level 1) or open
} EventKind;

typedef struct {
    uint64_t t;
    uint8_t kind;
    uint8_t pin;
    int level;
    float x, y, z;
    uint32_t code;
    uint8_t *data;
    size_t len;
} Event;

static Event *events;
static size_t nevents, cap_events, next_event;

static const char *file_name;
static int line_no;

static _Noreturn void fail(const char *fmt, const char *arg) {
    fprintf(stderr, "copper: %s:%d: ", file_name, line_no);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(2);
}

static Event *add(uint64_t t, EventKind kind) {
    if (nevents == cap_events) {
        cap_events = cap_events ? cap_events * 2 : 32;
        events = realloc(events, cap_events * sizeof(Event));
        if (events == NULL) {
            fprintf(stderr, "copper: out of memory reading the stimulus\n");
            exit(2);
        }
    }
    Event *e = &events[nevents++];
    memset(e, 0, sizeof(*e));
    e->t = t;
    e->kind = (uint8_t)kind;
    return e;
}

// --- tokens ------------------------------------------------------------------

#define MAX_TOKENS 8

// Splits a line into words; a "quoted string" is one word (quotes kept,
// escapes decoded later). Cuts the line at a '#' outside quotes.
static int tokenize(char *s, char **tok) {
    int n = 0;
    for (;;) {
        while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') {
            s++;
        }
        if (*s == '\0' || *s == '#') {
            return n;
        }
        if (n == MAX_TOKENS) {
            fail("too many words%s", "");
        }
        tok[n++] = s;
        if (*s == '"') {
            s++;
            while (*s != '"') {
                if (*s == '\0') {
                    fail("unterminated string%s", "");
                }
                if (*s == '\\' && s[1] != '\0') {
                    s++;
                }
                s++;
            }
            s++;
            if (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') {
                fail("expected a space after the string%s", "");
            }
        } else {
            while (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') {
                s++;
            }
        }
        if (*s == '\0') {
            return n;
        }
        *s++ = '\0';
    }
}

static uint8_t pin_arg(const char *name) {
    int p = sim_pin_by_name(name);
    if (p < 0) {
        fprintf(stderr, "copper: %s:%d: unknown pin '%s' on %s\n", file_name, line_no, name, hal_board()->id);
        exit(2);
    }
    return (uint8_t)p;
}

static float number_arg(const char *s, const char *what) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end != '\0') {
        fail(what, s);
    }
    return (float)v;
}

// "hello\n" -> bytes, with \n \r \t \0 \\ \" \xHH.
static uint8_t *string_arg(const char *s, size_t *len) {
    size_t n = strlen(s);
    if (n < 2 || s[0] != '"' || s[n - 1] != '"') {
        fail("expected a \"quoted string\", not '%s'", s);
    }
    uint8_t *out = malloc(n);
    size_t k = 0;
    for (size_t i = 1; i < n - 1; i++) {
        char c = s[i];
        if (c == '\\') {
            c = s[++i];
            switch (c) {
            case 'n': out[k++] = '\n'; break;
            case 'r': out[k++] = '\r'; break;
            case 't': out[k++] = '\t'; break;
            case '0': out[k++] = 0; break;
            case '\\': out[k++] = '\\'; break;
            case '"': out[k++] = '"'; break;
            case 'x': {
                char hex[3] = {s[i + 1], s[i + 1] ? s[i + 2] : 0, 0};
                char *end;
                long v = strtol(hex, &end, 16);
                if (end != hex + 2) {
                    fail("bad \\x escape in %s", s);
                }
                out[k++] = (uint8_t)v;
                i += 2;
                break;
            }
            default: {
                char esc[3] = {'\\', c, 0};
                fail("unknown escape '%s'", esc);
            }
            }
        } else {
            out[k++] = (uint8_t)c;
        }
    }
    *len = k;
    return out;
}

static void need_args(int ntok, int min, int max, const char *usage) {
    if (ntok < min || ntok > max) {
        fail("usage: TIME %s", usage);
    }
}

// --- events ------------------------------------------------------------------

// `press` on a pin: PRESS_BY_PULL when the board has no button there.
#define PRESS_BY_PULL 2

// The level a pin sits at while "pressed": its board button's own sense.
static int pressed_level(uint8_t pin) {
    const SimBoard *sb = sim_board();
    for (uint8_t i = 0; i < sb->nparts; i++) {
        const SimPart *part = &sb->parts[i];
        if ((part->kind == SIM_PART_BUTTON || part->kind == SIM_PART_SWITCH) && sim_part_pin(part) == pin) {
            return part->active_high;
        }
    }
    return PRESS_BY_PULL;
}

// A button the user wired to a pin closes against the pull the pin has
// when it is pressed: to ground against a pull-up, else to 3.3 V (a
// floating pin reads 0).
static int level_against_pull(uint8_t pin) {
    HalPull pull = sim_pin_pull(pin);
    if (pull == HAL_PULL_NONE) {
        pull = sim_pin_external_pull(pin);
    }
    return pull != HAL_PULL_UP;
}

static uint8_t ir_receiver(void) {
    const SimBoard *sb = sim_board();
    for (uint8_t i = 0; i < sb->nparts; i++) {
        if (sb->parts[i].kind == SIM_PART_IR_RX) {
            return sim_part_pin(&sb->parts[i]);
        }
    }
    int p = sim_pin_by_name("REMOTEIN");
    if (p < 0) {
        fail("%s has no IR receiver; name the pin: ir NEC CODE PIN", hal_board()->id);
    }
    return (uint8_t)p;
}

// Quadrature steps for `turn`: each quarter step changes one pin, 250 us
// apart. Clockwise (+) from rest (both high): A falls first.
static void add_turn(uint64_t t, uint8_t a, uint8_t b, long steps) {
    static const uint8_t cw[4] = {1, 0, 2, 3};    // (A << 1) | B after each quarter step
    static const uint8_t ccw[4] = {2, 0, 1, 3};
    const uint8_t *seq = steps >= 0 ? cw : ccw;
    long n = steps >= 0 ? steps : -steps;
    Event *e = add(t, EV_DRIVE);
    e->pin = a;
    e->level = 1;
    e = add(t, EV_DRIVE);
    e->pin = b;
    e->level = 1;
    uint8_t state = 3;
    for (long i = 0; i < n * 4; i++) {
        t += 250000;
        uint8_t s = seq[i % 4];
        bool a_changes = ((s ^ state) & 2) != 0;
        e = add(t, EV_DRIVE);
        e->pin = a_changes ? a : b;
        e->level = a_changes ? (s >> 1) & 1 : s & 1;
        state = s;
    }
}

static void parse_line(char *line, uint64_t *last_t) {
    char *tok[MAX_TOKENS];
    int n = tokenize(line, tok);
    if (n == 0) {
        return;
    }
    uint64_t t;
    const char *ts = tok[0][0] == '+' ? tok[0] + 1 : tok[0];
    if (!sim_parse_duration(ts, &t)) {
        fail("bad time '%s' (e.g. 1.5s, 200ms, 2m)", tok[0]);
    }
    if (tok[0][0] == '+') {
        t += *last_t;
    }
    *last_t = t;
    if (n < 2) {
        fail("missing event after '%s'", tok[0]);
    }
    const char *ev = tok[1];
    int na = n - 2;
    char **arg = tok + 2;
    if (strcmp(ev, "press") == 0 || strcmp(ev, "release") == 0) {
        need_args(na, 1, 1, strcmp(ev, "press") == 0 ? "press PIN" : "release PIN");
        const char *plus = strchr(arg[0], '+');
        if (plus != NULL) {
            // A key of a matrix: the switch joining a row and a column pin.
            char row[64];
            snprintf(row, sizeof row, "%.*s", (int)(plus - arg[0]), arg[0]);
            Event *e = add(t, EV_JOIN);
            e->pin = pin_arg(row);
            e->code = pin_arg(plus + 1);
            e->level = ev[0] == 'p';
            return;
        }
        int shift = sim_shift_button_by_name(arg[0]);
        if (shift >= 0) {
            Event *e = add(t, EV_SHIFT);
            e->pin = (uint8_t)shift;
            e->level = ev[0] == 'p';
            return;
        }
        Event *e = add(t, EV_DRIVE);
        e->pin = pin_arg(arg[0]);
        e->level = ev[0] == 'p' ? pressed_level(e->pin) : -1;
    } else if (strcmp(ev, "set") == 0) {
        need_args(na, 2, 2, "set PIN high|low|float|VOLTSV");
        uint8_t pin = pin_arg(arg[0]);
        const char *v = arg[1];
        if (strcasecmp(v, "high") == 0 || strcasecmp(v, "low") == 0 || strcasecmp(v, "float") == 0) {
            Event *e = add(t, EV_DRIVE);
            e->pin = pin;
            e->level = strcasecmp(v, "high") == 0 ? 1 : strcasecmp(v, "low") == 0 ? 0 : -1;
        } else {
            char *end;
            double volts = strtod(v, &end);
            if (end != v && strcasecmp(end, "mv") == 0) {
                volts /= 1000;
            } else if (end == v || strcasecmp(end, "v") != 0) {
                fail("bad level '%s' (high, low, float or a voltage like 1.2V)", v);
            }
            if (volts < 0 || volts > 3.3) {
                fail("voltage '%s' outside 0-3.3V", v);
            }
            Event *e = add(t, EV_VOLTS);
            e->pin = pin;
            e->x = (float)volts;
        }
    } else if (strcmp(ev, "touch") == 0 || strcmp(ev, "untouch") == 0) {
        need_args(na, 1, 1, ev[0] == 't' ? "touch PIN" : "untouch PIN");
        Event *e = add(t, EV_TOUCH);
        e->pin = pin_arg(arg[0]);
        e->level = ev[0] == 't';
    } else if (strcmp(ev, "pull") == 0) {
        need_args(na, 2, 2, "pull PIN up|down|none");
        Event *e = add(t, EV_PULL);
        e->pin = pin_arg(arg[0]);
        if (strcmp(arg[1], "up") == 0) {
            e->level = HAL_PULL_UP;
        } else if (strcmp(arg[1], "down") == 0) {
            e->level = HAL_PULL_DOWN;
        } else if (strcmp(arg[1], "none") == 0) {
            e->level = HAL_PULL_NONE;
        } else {
            fail("bad pull '%s' (up, down or none)", arg[1]);
        }
    } else if (strcmp(ev, "tilt") == 0) {
        need_args(na, 3, 3, "tilt X Y Z");
        Event *e = add(t, EV_TILT);
        e->x = number_arg(arg[0], "bad number '%s'");
        e->y = number_arg(arg[1], "bad number '%s'");
        e->z = number_arg(arg[2], "bad number '%s'");
    } else if (strcmp(ev, "tap") == 0) {
        need_args(na, 0, 1, "tap [COUNT]");
        Event *e = add(t, EV_TAP);
        e->level = 1;
        if (na == 1) {
            float c = number_arg(arg[0], "bad tap count '%s'");
            if (c != 1 && c != 2) {
                fail("bad tap count '%s' (1 or 2)", arg[0]);
            }
            e->level = (int)c;
        }
    } else if (strcmp(ev, "shake") == 0) {
        need_args(na, 0, 0, "shake");
        add(t, EV_SHAKE);
    } else if (strcmp(ev, "uart") == 0) {
        need_args(na, 2, 2, "uart RX_PIN \"text\"");
        Event *e = add(t, EV_UART);
        e->pin = pin_arg(arg[0]);
        e->data = string_arg(arg[1], &e->len);
    } else if (strcmp(ev, "ir") == 0) {
        need_args(na, 2, 3, "ir NEC CODE [PIN]");
        if (strcmp(arg[0], "NEC") != 0) {
            fail("unknown IR protocol '%s' (NEC)", arg[0]);
        }
        char *end;
        errno = 0;
        unsigned long code = strtoul(arg[1], &end, 0);
        if (end == arg[1] || *end != '\0' || errno != 0 || code > 0xFFFFFFFFul) {
            fail("bad IR code '%s' (e.g. 0x20DF10EF)", arg[1]);
        }
        uint8_t pin = na == 3 ? pin_arg(arg[2]) : ir_receiver();
        Event *e = add(t, EV_IR);
        e->pin = pin;
        e->code = (uint32_t)code;
    } else if (strcmp(ev, "turn") == 0) {
        need_args(na, 3, 3, "turn PIN_A PIN_B +STEPS|-STEPS");
        uint8_t a = pin_arg(arg[0]), b = pin_arg(arg[1]);
        char *end;
        long steps = strtol(arg[2], &end, 10);
        if (end == arg[2] || *end != '\0' || steps < -10000 || steps > 10000) {
            fail("bad step count '%s' (e.g. +3, -1)", arg[2]);
        }
        add_turn(t, a, b, steps);
    } else if (strcmp(ev, "joystick") == 0) {
        need_args(na, 2, 2, "joystick X Y");
        int px = sim_pin_by_name("JOYSTICK_X"), py = sim_pin_by_name("JOYSTICK_Y");
        if (px < 0 || py < 0) {
            fail("%s has no joystick", hal_board()->id);
        }
        float x = number_arg(arg[0], "bad joystick position '%s'");
        float y = number_arg(arg[1], "bad joystick position '%s'");
        if (x < -1 || x > 1 || y < -1 || y > 1) {
            fail("joystick position outside -1..1%s", "");
        }
        // Centre is mid-supply; +1 is 3.3 V.
        Event *e = add(t, EV_VOLTS);
        e->pin = (uint8_t)px;
        e->x = 1.65f + 1.65f * x;
        e = add(t, EV_VOLTS);
        e->pin = (uint8_t)py;
        e->x = 1.65f + 1.65f * y;
    } else {
        fail("unknown event '%s'", ev);
    }
}

void sim_stimulus_load(const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fprintf(stderr, "copper: can't open stimulus file '%s': %s\n", path, strerror(errno));
        exit(2);
    }
    file_name = path;
    char line[4096];
    uint64_t last_t = 0;
    while (fgets(line, sizeof(line), f) != NULL) {
        line_no++;
        size_t n = strlen(line);
        if (n == sizeof(line) - 1 && line[n - 1] != '\n') {
            fail("line too long%s", "");
        }
        parse_line(line, &last_t);
    }
    fclose(f);
    size_t *order = malloc((nevents + 1) * sizeof(size_t));
    Event *sorted = malloc((nevents + 1) * sizeof(Event));
    for (size_t i = 0; i < nevents; i++) {
        order[i] = i;
    }
    // Insertion sort on time keeps equal times in file order; stimulus
    // files are short and mostly in order already.
    for (size_t i = 1; i < nevents; i++) {
        size_t k = order[i], j = i;
        while (j > 0 && events[order[j - 1]].t > events[k].t) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = k;
    }
    for (size_t i = 0; i < nevents; i++) {
        sorted[i] = events[order[i]];
    }
    free(events);
    free(order);
    events = sorted;
}

uint64_t sim_stimulus_next_ns(void) { return next_event < nevents ? events[next_event].t : UINT64_MAX; }

static void fire(const Event *e) {
    switch (e->kind) {
    case EV_DRIVE:
        sim_pin_drive_external(e->pin, e->level == PRESS_BY_PULL ? level_against_pull(e->pin) : e->level);
        break;
    case EV_VOLTS:
        sim_pin_set_voltage(e->pin, e->x);
        break;
    case EV_TOUCH:
        sim_pin_set_touched(e->pin, e->level != 0);
        break;
    case EV_PULL:
        sim_pin_set_external_pull(e->pin, (HalPull)e->level);
        break;
    case EV_TILT:
        sim_accel_set(e->x, e->y, e->z);
        break;
    case EV_TAP:
        sim_accel_tap(e->level);
        break;
    case EV_SHAKE:
        sim_accel_shake();
        break;
    case EV_UART:
        sim_uart_inject(e->pin, e->data, e->len);
        break;
    case EV_IR:
        sim_ir_send(e->pin, "NEC", e->code);
        break;
    case EV_SHIFT:
        sim_shift_button_set(e->pin, e->level != 0);
        break;
    case EV_JOIN:
        sim_pin_join(e->pin, (uint8_t)e->code, e->level != 0);
        break;
    default:
        break;
    }
}

void sim_stimulus_fire_due(uint64_t now_ns) {
    while (next_event < nevents && events[next_event].t <= now_ns) {
        // Advance first: an event may read the clock or fire nested work.
        const Event *e = &events[next_event++];
        fire(e);
    }
}
