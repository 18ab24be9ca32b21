// The --trace writer: a Value Change Dump (IEEE 1364 VCD, 1 ns timescale)
// of the board's pins that GTKWave and sigrok (`sigrok-cli -I vcd`) read.
//
// A pin appears in the dump once the program uses it (or something drives
// it): a 1-bit wire named by its first board name (board.D13 -> "D13"),
// 'x' before that. Analog outputs are reals in the "analog" scope (volts
// for a DAC, duty 0..1 for PWM). NeoPixel and DotStar colours are one
// string per pixel ("#rrggbb", scope "pixels"): sigrok 0.5 stops reading
// at a multi-bit vector, but skips strings, which GTKWave shows as text.
// Buses are drawn bit by bit on their pins at their configured speed (I2C,
// UART, SPI, the NeoPixel 800 kHz line), so a logic analyser's protocol
// decoders read them.
//
// Bus waveforms lie in the future when they are drawn: the bus code asks
// for the waveform, then moves board time over its duration. Events
// therefore go through a queue ordered by time and are written once board
// time has passed them. A waveform on a pin starts after the previous one
// on the same pin has ended (with a real clock the program may write again
// before the last byte is out, as a UART's FIFO would let it).
//
// Since pins are declared as they are met, the value changes go to a
// temporary file and the header is written in front of them at the end
// (sim_finish, at exit, on Ctrl-C and at --run-for's end).
//
// sigrok takes its sample rate from the timescale (1 GHz): tell it to
// downsample, e.g. `sigrok-cli -I vcd:downsample=100 -i t.vcd -P
// i2c:scl=SCL:sda=SDA` (tests/sim/trace.sh decodes each bus this way).
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sim.h"

#define NPINS 256

enum { VAR_WIRE, VAR_REAL, VAR_PIXEL };

typedef struct {
    uint8_t kind;      // VAR_*
    uint8_t pin;
    uint16_t index;    // pixel number
    bool set;          // a value was written
    double value;      // last written: level, real, or colour 0xRRGGBB
} TraceVar;

typedef struct {
    uint64_t t;
    uint32_t seq;      // insertion order among equal times
    uint32_t var;
    double value;
} TraceEvent;

static FILE *out;                        // the .vcd (written at the end)
static FILE *body;                       // value changes, in time order
static bool started, finished;

static TraceVar *vars;
static uint32_t nvars, vars_cap;
static int32_t wire_var[NPINS], real_var[NPINS];
static int32_t *pixel_vars[NPINS];       // per pin: var of each pixel
static uint16_t npixel_vars[NPINS];

// The queue: a binary min-heap on (t, seq).
static TraceEvent *heap;
static size_t heap_len, heap_cap;
static uint32_t next_seq;
static uint64_t last_t;                  // time of the last '#' line

// Per pin: the level the last waveform left it at, when a queued waveform
// ends, and whether an I2C transaction on this SCL awaits its STOP. Kept
// with or without --trace and from waveforms only, so a bus takes the same
// board time either way.
static int8_t sched_level[NPINS];
static bool sched_known[NPINS];
static uint64_t busy_until[NPINS];
static bool i2c_open[NPINS];

static uint8_t npins;

static bool enabled(void) { return body != NULL && !finished; }

// The board's pin count (waveforms are timed with or without a trace).
static uint8_t bus_npins(void) { return hal_board()->npins; }

// --- variables ---------------------------------------------------------------

static int32_t var_new(uint8_t kind, uint8_t pin, uint16_t index) {
    if (nvars == vars_cap) {
        uint32_t cap = vars_cap ? vars_cap * 2 : 64;
        TraceVar *v = realloc(vars, cap * sizeof(TraceVar));
        if (v == NULL) {
            return -1;
        }
        vars = v;
        vars_cap = cap;
    }
    // As $dumpvars starts it: wires unknown, reals 0, pixels dark.
    vars[nvars] = (TraceVar){kind, pin, index, true, kind == VAR_WIRE ? -1 : 0};
    return (int32_t)nvars++;
}

static int32_t wire_of(uint8_t pin) {
    if (pin >= npins) {
        return -1;
    }
    if (wire_var[pin] < 0) {
        wire_var[pin] = var_new(VAR_WIRE, pin, 0);
    }
    return wire_var[pin];
}

static int32_t real_of(uint8_t pin) {
    if (pin >= npins) {
        return -1;
    }
    if (real_var[pin] < 0) {
        real_var[pin] = var_new(VAR_REAL, pin, 0);
    }
    return real_var[pin];
}

static int32_t pixel_of(uint8_t pin, uint16_t k) {
    if (k >= npixel_vars[pin]) {
        int32_t *a = realloc(pixel_vars[pin], ((size_t)k + 1) * sizeof(int32_t));
        if (a == NULL) {
            return -1;
        }
        pixel_vars[pin] = a;
        while (npixel_vars[pin] <= k) {
            a[npixel_vars[pin]] = var_new(VAR_PIXEL, pin, npixel_vars[pin]);
            npixel_vars[pin]++;
        }
    }
    return pixel_vars[pin][k];
}

// --- the queue ---------------------------------------------------------------

static bool ev_less(const TraceEvent *a, const TraceEvent *b) {
    return a->t < b->t || (a->t == b->t && a->seq < b->seq);
}

static void heap_push(uint64_t t, int32_t var, double value) {
    if (var < 0) {
        return;
    }
    if (heap_len == heap_cap) {
        size_t cap = heap_cap ? heap_cap * 2 : 1024;
        TraceEvent *h = realloc(heap, cap * sizeof(TraceEvent));
        if (h == NULL) {
            return;   // out of host memory: drop the event rather than stop the program
        }
        heap = h;
        heap_cap = cap;
    }
    TraceEvent e = {t, next_seq++, (uint32_t)var, value};
    size_t i = heap_len++;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!ev_less(&e, &heap[parent])) {
            break;
        }
        heap[i] = heap[parent];
        i = parent;
    }
    heap[i] = e;
}

static TraceEvent heap_pop(void) {
    TraceEvent top = heap[0];
    TraceEvent last = heap[--heap_len];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= heap_len) {
            break;
        }
        if (c + 1 < heap_len && ev_less(&heap[c + 1], &heap[c])) {
            c++;
        }
        if (!ev_less(&heap[c], &last)) {
            break;
        }
        heap[i] = heap[c];
        i = c;
    }
    if (heap_len > 0) {
        heap[i] = last;
    }
    return top;
}

// --- writing -----------------------------------------------------------------

// Short identifiers from printable characters. '#' (a timestamp to sigrok)
// and '$' (keywords) are left out.
static const char id_chars[] = "!%&'()*+,-./:;<=>?@ACDEFGHIJKLMNOPQSTUVWYacdefghijklmnopqstuvwy";

static void write_id(FILE *f, uint32_t var) {
    const unsigned n = sizeof(id_chars) - 1;
    do {
        fputc(id_chars[var % n], f);
        var /= n;
    } while (var != 0);
}

static void write_value(FILE *f, const TraceVar *v, double value) {
    switch (v->kind) {
    case VAR_WIRE:
        fputc(value < 0 ? 'x' : value != 0 ? '1' : '0', f);
        break;
    case VAR_REAL:
        fprintf(f, "r%.10g ", value);
        break;
    default:
        fprintf(f, "s#%06x ", (unsigned)value);
        break;
    }
}

static void write_event(const TraceEvent *e) {
    TraceVar *v = &vars[e->var];
    if (v->set && v->value == e->value) {
        return;
    }
    v->set = true;
    v->value = e->value;
    // Late events (a clock that moved past them) are drawn at the latest time.
    uint64_t t = e->t < last_t ? last_t : e->t;
    if (t != last_t) {
        fprintf(body, "#%" PRIu64 "\n", t);
        last_t = t;
    }
    write_value(body, v, e->value);
    write_id(body, e->var);
    fputc('\n', body);
}

// Writes every queued event up to time t.
static void flush_until(uint64_t t) {
    while (heap_len > 0 && heap[0].t <= t) {
        TraceEvent e = heap_pop();
        write_event(&e);
    }
}

static void flush_now(void) {
    if (heap_len > 0) {
        flush_until(sim_now_ns());
    }
}

// --- start and finish ---------------------------------------------------------------

static void write_scope(const char *scope, uint8_t kind) {
    bool open = false;
    for (uint8_t p = 0; p < npins; p++) {
        for (uint32_t i = 0; i < nvars; i++) {
            const TraceVar *v = &vars[i];
            if (v->kind != kind || v->pin != p) {
                continue;
            }
            if (!open && scope != NULL) {
                fprintf(out, "$scope module %s $end\n", scope);
            }
            open = true;
            if (kind == VAR_WIRE) {
                fprintf(out, "$var wire 1 ");
            } else if (kind == VAR_REAL) {
                fprintf(out, "$var real 64 ");
            } else {
                fprintf(out, "$var string 1 ");
            }
            write_id(out, i);
            if (kind == VAR_PIXEL) {
                fprintf(out, " %s_%u $end\n", sim_pin_name(p), v->index);
            } else {
                fprintf(out, " %s $end\n", sim_pin_name(p));
            }
        }
    }
    if (open && scope != NULL) {
        fprintf(out, "$upscope $end\n");
    }
}

static void write_header(void) {
    const HalBoard *b = hal_board();
    fprintf(out, "$version Copper board simulator $end\n");
    fprintf(out, "$comment %s $end\n", b->name);
    fprintf(out, "$timescale 1 ns $end\n");
    fprintf(out, "$scope module %s $end\n", b->id);
    write_scope(NULL, VAR_WIRE);
    write_scope("analog", VAR_REAL);
    write_scope("pixels", VAR_PIXEL);
    fprintf(out, "$upscope $end\n$enddefinitions $end\n");
    // sigrok reads samples from the first timestamp: the initial values go at #0.
    fprintf(out, "#0\n$dumpvars\n");
    for (uint32_t i = 0; i < nvars; i++) {
        // Pins are unknown until used, analog outputs at 0, pixels dark.
        write_value(out, &vars[i], vars[i].kind == VAR_WIRE ? -1 : 0);
        write_id(out, i);
        fputc('\n', out);
    }
    fprintf(out, "$end\n");
}

// A pin the program has started to use as a digital pin gets its level
// drawn, even when using it did not change the level the simulator reads.
// (An analog or PWM pin's level says nothing: its real does.)
static void note_used_pins(uint64_t now) {
    for (uint8_t p = 0; p < npins; p++) {
        SimPinUse use = sim_pin_use(p);
        if (wire_var[p] < 0 && (use == SIM_USE_INPUT || use == SIM_USE_OUTPUT || use == SIM_USE_BUS)) {
            heap_push(now, wire_of(p), sim_pin_level(p));
        }
    }
}

static void on_pin_change(uint8_t pin, bool level) { sim_trace_digital(pin, level); }

static void on_tick(uint64_t now) {
    if (enabled()) {
        note_used_pins(now);
        flush_until(now);
    }
}

static void at_exit(void) { sim_trace_finish(); }

void sim_trace_start(void) {
    if (started || sim_options.trace == NULL) {
        return;
    }
    started = true;
    out = fopen(sim_options.trace, "w");
    body = tmpfile();
    if (out == NULL || body == NULL) {
        fprintf(stderr, "copper: cannot write trace file '%s'\n", sim_options.trace);
        exit(2);
    }
    npins = hal_board()->npins;
    for (int p = 0; p < NPINS; p++) {
        wire_var[p] = real_var[p] = -1;
    }
    sim_on_pin_change(on_pin_change);
    sim_on_tick(on_tick);
    atexit(at_exit);
}

void sim_trace_finish(void) {
    if (!enabled()) {
        return;
    }
    // Whatever is queued belongs to the run (a waveform's tail past the
    // last clock move): write it all, then mark the end of the run.
    uint64_t end = sim_now_ns();
    note_used_pins(end);
    while (heap_len > 0) {
        TraceEvent e = heap_pop();
        if (e.t > end) {
            end = e.t;
        }
        write_event(&e);
    }
    if (end > last_t) {
        fprintf(body, "#%" PRIu64 "\n", end);
    }
    finished = true;
    write_header();
    rewind(body);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), body)) > 0) {
        fwrite(buf, 1, n, out);
    }
    fclose(body);
    body = NULL;
    if (fclose(out) != 0) {
        fprintf(stderr, "copper: error writing trace file '%s'\n", sim_options.trace);
    }
    out = NULL;
    free(heap);
    heap = NULL;
    heap_len = heap_cap = 0;
}

// --- levels --------------------------------------------------------------------

// A level a waveform puts on a pin.
static void push_level(uint8_t pin, uint64_t t, int level) {
    if (pin >= bus_npins()) {
        return;
    }
    if (enabled()) {
        heap_push(t, wire_of(pin), level ? 1.0 : 0.0);
    }
    sched_level[pin] = (int8_t)(level != 0);
    sched_known[pin] = true;
}

void sim_trace_digital_at(uint8_t pin, uint64_t t, bool level) {
    if (!enabled() || pin >= npins) {
        return;
    }
    flush_now();
    uint64_t now = sim_now_ns();
    heap_push(t < now ? now : t, wire_of(pin), level);
}

void sim_trace_digital(uint8_t pin, bool level) {
    if (!enabled() || pin >= npins) {
        return;
    }
    flush_now();
    heap_push(sim_now_ns(), wire_of(pin), level);
}

void sim_trace_real(uint8_t pin, double value) {
    if (!enabled() || pin >= npins) {
        return;
    }
    flush_now();
    heap_push(sim_now_ns(), real_of(pin), value);
}

// --- waveforms -------------------------------------------------------------------

// When a waveform on these pins may start: now, or when the last one ends.
static uint64_t start_time(const uint8_t *pins, int n) {
    uint64_t t = sim_now_ns();
    for (int i = 0; i < n; i++) {
        if (pins[i] < bus_npins() && busy_until[pins[i]] > t) {
            t = busy_until[pins[i]];
        }
    }
    return t;
}

static void end_waveform(const uint8_t *pins, int n, uint64_t end) {
    for (int i = 0; i < n; i++) {
        if (pins[i] < bus_npins()) {
            busy_until[pins[i]] = end;
        }
    }
}

// Puts a line at its idle level before a waveform; returns the time the
// waveform can start (`settle` later when the line was elsewhere, so a
// decoder sees the idle level first).
static uint64_t idle_line(uint8_t pin, int level, uint64_t t, uint64_t settle) {
    if (pin >= bus_npins() || (sched_known[pin] && sched_level[pin] == level)) {
        return t;
    }
    push_level(pin, t, level);
    return t + settle;
}

// Time of the i-th step of `period_ns` (a double, so fractions don't drift).
static uint64_t step(uint64_t t0, double period_ns, double i) { return t0 + (uint64_t)(period_ns * i + 0.5); }

// --- I2C: START, address + R/W, ACK, data with ACKs, repeated START / STOP.
// SDA changes a quarter period after SCL falls; SCL is high for half a
// period; START and STOP move SDA while SCL is high.

typedef struct {
    uint8_t scl, sda;
    uint64_t t0;
    double period;
    double pos;        // in periods from t0
} I2CDraw;

static uint64_t i2c_at(const I2CDraw *d, double periods) { return step(d->t0, d->period, periods); }

static void i2c_bit(I2CDraw *d, int bit) {
    push_level(d->sda, i2c_at(d, d->pos + 0.25), bit);
    push_level(d->scl, i2c_at(d, d->pos + 0.5), 1);
    push_level(d->scl, i2c_at(d, d->pos + 1.0), 0);
    d->pos += 1.0;
}

static void i2c_byte(I2CDraw *d, uint8_t byte, int ack) {
    for (int b = 7; b >= 0; b--) {
        i2c_bit(d, (byte >> b) & 1);
    }
    i2c_bit(d, ack ? 0 : 1);   // SDA low is ACK
}

uint64_t sim_trace_i2c(uint8_t scl, uint8_t sda, uint32_t hz, uint8_t addr, bool read, const uint8_t *data,
                       size_t len, bool acked, bool stop) {
    if (scl >= bus_npins() || sda >= bus_npins() || hz == 0) {
        return hz ? (uint64_t)(len + 1) * 9u * 1000000000u / hz : 0;
    }
    flush_now();
    uint64_t now = sim_now_ns();
    uint8_t pins[2] = {scl, sda};
    I2CDraw d = {scl, sda, start_time(pins, 2), 1e9 / hz, 0};
    if (!i2c_open[scl]) {
        // START from an idle bus: both lines high, then SDA falls while SCL is high.
        uint64_t t = idle_line(scl, 1, d.t0, 0);
        t = idle_line(sda, 1, t, (uint64_t)d.period);
        d.t0 = t > d.t0 ? t : d.t0;
        push_level(sda, i2c_at(&d, 0.25), 0);
        push_level(scl, i2c_at(&d, 0.5), 0);
        d.pos = 0.5;
    } else {
        // Repeated START: release SDA while SCL is low, raise SCL, pull SDA low.
        push_level(sda, i2c_at(&d, 0.25), 1);
        push_level(scl, i2c_at(&d, 0.5), 1);
        push_level(sda, i2c_at(&d, 0.75), 0);
        push_level(scl, i2c_at(&d, 1.0), 0);
        d.pos = 1.0;
    }
    i2c_byte(&d, (uint8_t)(addr << 1 | (read ? 1 : 0)), acked);
    if (acked) {
        for (size_t i = 0; i < len; i++) {
            // The device ACKs what it is written; the master ACKs each byte
            // it reads except the last.
            i2c_byte(&d, data != NULL ? data[i] : 0xFF, read ? i + 1 < len : 1);
        }
    }
    if (stop || !acked) {
        // STOP: SDA low while SCL is low, SCL rises, then SDA rises; the
        // bus then stays free a quarter period before the next START.
        push_level(sda, i2c_at(&d, d.pos + 0.25), 0);
        push_level(scl, i2c_at(&d, d.pos + 0.5), 1);
        push_level(sda, i2c_at(&d, d.pos + 0.75), 1);
        d.pos += 1.0;
        i2c_open[scl] = false;
    } else {
        i2c_open[scl] = true;
    }
    uint64_t end = i2c_at(&d, d.pos);
    end_waveform(pins, 2, end);
    return end - now;
}

// --- UART: idle high, start bit, data LSB first, parity, stop bits.

uint64_t sim_trace_uart(uint8_t tx, uint32_t baud, uint8_t bits, uint8_t parity, uint8_t stop, const uint8_t *data,
                        size_t len) {
    if (bits < 5 || bits > 9) {
        bits = 8;
    }
    if (stop < 1 || stop > 2) {
        stop = 1;
    }
    unsigned frame = 1u + bits + (parity ? 1u : 0u) + stop;
    if (tx >= bus_npins() || baud == 0) {
        return baud ? (uint64_t)len * frame * 1000000000u / baud : 0;
    }
    flush_now();
    uint64_t now = sim_now_ns();
    double bit_ns = 1e9 / baud;
    uint64_t t0 = idle_line(tx, 1, start_time(&tx, 1), (uint64_t)(bit_ns * frame));
    double pos = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned v = data != NULL ? data[i] : 0;
        push_level(tx, step(t0, bit_ns, pos++), 0);
        unsigned ones = 0;
        for (unsigned b = 0; b < bits; b++) {
            unsigned bit = (v >> b) & 1;
            ones += bit;
            push_level(tx, step(t0, bit_ns, pos++), (int)bit);
        }
        if (parity) {
            // 1 even: the parity bit makes the count of ones even; 2 odd.
            unsigned p = parity == 1 ? (ones & 1) : !(ones & 1);
            push_level(tx, step(t0, bit_ns, pos++), (int)p);
        }
        push_level(tx, step(t0, bit_ns, pos), 1);
        pos += stop;
    }
    uint64_t end = step(t0, bit_ns, pos);
    end_waveform(&tx, 1, end);
    return end - now;
}

// --- SPI: MSB first; CPOL is SCK's idle level; CPHA 0 samples on the leading
// edge (data set half a period before it), CPHA 1 on the trailing edge (data
// set at the leading edge).

uint64_t sim_trace_spi(uint8_t sck, uint8_t mosi, uint8_t miso, uint32_t hz, uint8_t polarity, uint8_t phase,
                       const uint8_t *out_bytes, const uint8_t *in_bytes, size_t len) {
    if (sck >= bus_npins() || hz == 0) {
        return hz ? (uint64_t)len * 8u * 1000000000u / hz : 0;
    }
    flush_now();
    uint64_t now = sim_now_ns();
    uint8_t pins[3] = {sck, mosi, miso};
    double period = 1e9 / hz;
    int idle = polarity ? 1 : 0;
    uint64_t t0 = idle_line(sck, idle, start_time(pins, 3), (uint64_t)period);
    double pos = 0;
    if (!enabled() && len > 0) {
        // Nothing is drawn: only the time taken and the lines' last levels
        // matter (a display frame is tens of kilobytes).
        pos = 8.0 * (double)len;
        push_level(mosi, step(t0, period, pos - 1.0), out_bytes != NULL ? out_bytes[len - 1] & 1 : 0);
        push_level(miso, step(t0, period, pos - 1.0), in_bytes != NULL ? in_bytes[len - 1] & 1 : 0);
        push_level(sck, step(t0, period, pos), idle);
    }
    for (size_t i = 0; i < len && enabled(); i++) {
        uint8_t o = out_bytes != NULL ? out_bytes[i] : 0;
        uint8_t n = in_bytes != NULL ? in_bytes[i] : 0;
        for (int b = 7; b >= 0; b--) {
            // Both phases put the bit out at the start of its period.
            push_level(mosi, step(t0, period, pos), (o >> b) & 1);
            push_level(miso, step(t0, period, pos), (n >> b) & 1);
            if (phase) {
                push_level(sck, step(t0, period, pos), !idle);
                push_level(sck, step(t0, period, pos + 0.5), idle);
            } else {
                push_level(sck, step(t0, period, pos + 0.5), !idle);
                push_level(sck, step(t0, period, pos + 1.0), idle);
            }
            pos += 1.0;
        }
    }
    uint64_t end = step(t0, period, pos);
    end_waveform(pins, 3, end);
    return end - now;
}

// --- Pixels. The colour of each pixel is a string "#rrggbb". NeoPixel bytes
// are in the order the pixels take them (GRB, or GRBW when a board's
// pixels get 4 bytes each); DotStar colours come decoded (RGB, sim_bus.c).
// A NeoPixel line also gets its 800 kHz WS2812 bit stream: a 1 is 800 ns
// high then 450 ns low, a 0 is 400 ns high then 850 ns low; a low of more
// than 50 us latches.

#define WS_RESET_NS 80000u

// The board part on a pin (NULL: none).
static const SimPart *part_on(uint8_t pin) {
    const SimBoard *sb = sim_board();
    for (uint8_t i = 0; i < sb->nparts; i++) {
        if (sim_part_pin(&sb->parts[i]) == pin) {
            return &sb->parts[i];
        }
    }
    return NULL;
}

static uint64_t ws2812_waveform(uint8_t pin, const uint8_t *bytes, size_t len) {
    uint64_t t = idle_line(pin, 0, start_time(&pin, 1), WS_RESET_NS);
    for (size_t i = 0; i < len; i++) {
        for (int b = 7; b >= 0; b--) {
            int one = (bytes[i] >> b) & 1;
            push_level(pin, t, 1);
            push_level(pin, t + (one ? 800u : 400u), 0);
            t += 1250;
        }
    }
    // The latch time belongs to the waveform: the next write starts after it.
    end_waveform(&pin, 1, t + WS_RESET_NS);
    return t;
}

void sim_trace_vector(const char *signal, const uint8_t *bytes, size_t len) {
    if (!enabled() || signal == NULL || (bytes == NULL && len > 0)) {
        return;
    }
    int p = sim_pin_by_name(signal);
    if (p < 0 || p >= npins) {
        return;
    }
    uint8_t pin = (uint8_t)p;
    flush_now();
    const SimPart *part = part_on(pin);
    bool dotstar = part != NULL && part->kind == SIM_PART_DOTSTAR;
    size_t bpp = 3;
    uint64_t t = sim_now_ns();
    if (!dotstar) {
        if (part != NULL && part->kind == SIM_PART_NEOPIXEL && len == (size_t)part->count * 4) {
            bpp = 4;
        }
        // The colours change as the bytes arrive: at the end of the stream.
        t = ws2812_waveform(pin, bytes, len);
    }
    for (size_t k = 0; (k + 1) * bpp <= len && k < 0xFFFF; k++) {
        const uint8_t *px = bytes + k * bpp;
        unsigned r = dotstar ? px[0] : px[1], g = dotstar ? px[1] : px[0], b = px[2];
        if (bpp == 4) {
            // The white LED adds to all three (as the view draws it).
            unsigned w = px[3];
            r = r + w > 255 ? 255 : r + w;
            g = g + w > 255 ? 255 : g + w;
            b = b + w > 255 ? 255 : b + w;
        }
        heap_push(t, pixel_of(pin, (uint16_t)k), (double)(r << 16 | g << 8 | b));
    }
}
