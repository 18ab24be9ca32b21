// Pulse timing on the simulated board: hal_pulsein_* (pulseio.PulseIn)
// timing the levels of a pin, hal_pulseout_send (pulseio.PulseOut) putting
// a modulated carrier on a pin, and the IR remote stimulus (`ir NEC 0x...`)
// that plays a remote's frame on the receiver's output.
//
// PulseIn watches pin changes (sim_on_pin_change), whoever makes them: an
// IR frame, a button of the stimulus, the program. An IR frame is a list of
// timed edges that sim_advance_to applies at their own time
// (sim_pulse_next_ns / sim_pulse_fire_due), so the durations PulseIn
// records are the frame's, to the nanosecond, however the clock jumps.
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "hal.h"
#include "sim.h"

// --- scheduled edges (IR frames) --------------------------------------------------

typedef struct {
    uint64_t t;
    uint8_t pin;
    uint8_t level;
} Edge;

static Edge *edges;
static size_t nedges, edges_cap, edges_head;
static uint64_t ir_busy_until[256];

// When edges are applied after their time (a clock that did not stop at
// them), PulseIn still times them where they belong.
static uint64_t edge_time;
static bool edge_time_set;

static void on_pin_change(uint8_t pin, bool level);
static void on_tick(uint64_t now);

static void hooks_install(void) {
    static bool installed;
    if (!installed) {
        installed = true;
        sim_on_pin_change(on_pin_change);
        sim_on_tick(on_tick);
    }
}

// Appends an edge; frames are scheduled in time order per pin, and a later
// frame on another pin may interleave, so insert in place.
static void edge_add(uint64_t t, uint8_t pin, int level) {
    if (nedges == edges_cap) {
        // Drop the edges already applied before growing.
        if (edges_head > 0) {
            memmove(edges, edges + edges_head, (nedges - edges_head) * sizeof(Edge));
            nedges -= edges_head;
            edges_head = 0;
        }
        if (nedges == edges_cap) {
            size_t cap = edges_cap ? edges_cap * 2 : 256;
            Edge *e = realloc(edges, cap * sizeof(Edge));
            if (e == NULL) {
                return;
            }
            edges = e;
            edges_cap = cap;
        }
    }
    size_t i = nedges;
    while (i > edges_head && edges[i - 1].t > t) {
        edges[i] = edges[i - 1];
        i--;
    }
    edges[i] = (Edge){t, pin, (uint8_t)(level != 0)};
    nedges++;
}

uint64_t sim_pulse_next_ns(void) { return edges_head < nedges ? edges[edges_head].t : UINT64_MAX; }

void sim_pulse_fire_due(uint64_t now_ns) {
    while (edges_head < nedges && edges[edges_head].t <= now_ns) {
        Edge e = edges[edges_head++];
        edge_time = e.t;
        edge_time_set = true;
        sim_pin_drive_external(e.pin, e.level);
        edge_time_set = false;
    }
    if (edges_head == nedges) {
        edges_head = nedges = 0;
    }
}

// The frame of an NEC remote as the receiver puts it out (active low: a
// burst of carrier reads low). 9 ms mark, 4.5 ms space, 32 bits each a
// 562.5 us mark then a 562.5 us (0) or 1687.5 us (1) space, a final mark.
// The bits go out in the order of the code's written form, most significant
// first: 0x20DF10EF is address 0x04 (0x20 sent LSB first), ~address 0xFB,
// command 0x08, ~command 0xF7.
static uint64_t nec_frame(uint8_t pin, uint64_t t, uint32_t code) {
    const uint64_t unit = 562500;
    edge_add(t, pin, 0);
    t += 16 * unit;
    edge_add(t, pin, 1);
    t += 8 * unit;
    for (int i = 31; i >= 0; i--) {
        edge_add(t, pin, 0);
        t += unit;
        edge_add(t, pin, 1);
        t += ((code >> i) & 1) ? 3 * unit : unit;
    }
    edge_add(t, pin, 0);
    t += unit;
    edge_add(t, pin, 1);
    return t;
}

void sim_ir_send(uint8_t pin, const char *protocol, uint32_t code) {
    if (pin >= hal_board()->npins || protocol == NULL || strcasecmp(protocol, "NEC") != 0) {
        return;
    }
    hooks_install();
    uint64_t t = sim_now_ns();
    if (ir_busy_until[pin] > t) {
        t = ir_busy_until[pin];
    }
    if (!sim_pin_level(pin) && t == sim_now_ns()) {
        // A receiver idles high: bring the line there before the frame.
        edge_add(t, pin, 1);
        t += 10000000;
    }
    // Remotes leave at least 40 ms between frames.
    ir_busy_until[pin] = nec_frame(pin, t, code) + 40000000;
}

// --- PulseIn ------------------------------------------------------------------------

#define MAX_PULSEIN 8
#define PULSEIN_BUF 4096

typedef struct {
    bool used;
    uint8_t pin;
    bool idle_state;
    bool paused;
    bool first_edge;      // timing starts at the first edge away from idle
    uint64_t last_t;
    uint16_t buf[PULSEIN_BUF];
    size_t start, len;
} PulseIn;

static PulseIn pulseins[MAX_PULSEIN];

static void pulsein_edge(PulseIn *p, bool level, uint64_t t) {
    if (p->paused) {
        return;
    }
    if (p->first_edge) {
        if (level != p->idle_state) {
            p->first_edge = false;
            p->last_t = t;
        }
        return;
    }
    uint64_t us = (t - p->last_t) / 1000;
    p->last_t = t;
    uint16_t d = us > 65535 ? 65535 : (uint16_t)us;
    if (p->len == PULSEIN_BUF) {
        // Full: the oldest duration makes room, as PulseIn's own buffer does.
        p->start = (p->start + 1) % PULSEIN_BUF;
        p->len--;
    }
    p->buf[(p->start + p->len) % PULSEIN_BUF] = d;
    p->len++;
}

static void on_pin_change(uint8_t pin, bool level) {
    uint64_t t = edge_time_set ? edge_time : sim_now_ns();
    for (int i = 0; i < MAX_PULSEIN; i++) {
        if (pulseins[i].used && pulseins[i].pin == pin) {
            pulsein_edge(&pulseins[i], level, t);
        }
    }
}

// If the clock's owner does not stop at our edges, apply them as time
// passes (late, but PulseIn still times them exactly).
static void on_tick(uint64_t now) { sim_pulse_fire_due(now); }

static PulseIn *pulsein_get(int handle) {
    if (handle < 0 || handle >= MAX_PULSEIN || !pulseins[handle].used) {
        return NULL;
    }
    return &pulseins[handle];
}

int hal_pulsein_init(uint8_t pin, bool idle_state) {
    if (pin >= hal_board()->npins || !(hal_board()->pins[pin].caps & HAL_CAP_PULSE)) {
        return -HAL_EINVAL;
    }
    hooks_install();
    // Pins are claimed one user at a time, so a capture still on this pin
    // was left behind by a program that ended without deinit: reuse it.
    for (int i = 0; i < MAX_PULSEIN; i++) {
        if (pulseins[i].used && pulseins[i].pin == pin) {
            pulseins[i].used = false;
        }
    }
    for (int i = 0; i < MAX_PULSEIN; i++) {
        if (!pulseins[i].used) {
            PulseIn *p = &pulseins[i];
            memset(p, 0, sizeof(*p));
            p->used = true;
            p->pin = pin;
            p->idle_state = idle_state;
            p->first_edge = true;
            // The trace shows the line from now on.
            sim_trace_digital(pin, sim_pin_level(pin));
            return i;
        }
    }
    return -HAL_EBUSY;
}

size_t hal_pulsein_read(int handle, uint16_t *durations, size_t max) {
    (void)sim_now_ns();   // with a real clock, lets due edges arrive first
    PulseIn *p = pulsein_get(handle);
    if (p == NULL) {
        return 0;
    }
    size_t n = 0;
    while (n < max && p->len > 0) {
        durations[n++] = p->buf[p->start];
        p->start = (p->start + 1) % PULSEIN_BUF;
        p->len--;
    }
    return n;
}

void hal_pulsein_pause(int handle) {
    PulseIn *p = pulsein_get(handle);
    if (p != NULL) {
        p->paused = true;
    }
}

void hal_pulsein_resume(int handle, uint16_t trigger_us) {
    PulseIn *p = pulsein_get(handle);
    if (p == NULL) {
        return;
    }
    if (trigger_us > 0) {
        // The trigger pulse (DHT sensors): drive the line away from idle,
        // wait, let go. The pin is not recording while it drives itself.
        p->paused = true;
        sim_pin_drive_program(p->pin, !p->idle_state);
        hal_sleep_until_ns(sim_now_ns() + (uint64_t)trigger_us * 1000u);
        sim_pin_drive_program(p->pin, -1);
    }
    // What was captured stays; timing restarts at the next edge away from idle.
    p->first_edge = true;
    p->paused = false;
}

void hal_pulsein_deinit(int handle) {
    PulseIn *p = pulsein_get(handle);
    if (p != NULL) {
        p->used = false;
    }
}

// --- PulseOut -----------------------------------------------------------------------

int hal_pulseout_send(uint8_t pin, uint32_t carrier_hz, uint16_t duty, const uint16_t *pulses, size_t n) {
    if (pin >= hal_board()->npins) {
        return -HAL_EINVAL;
    }
    uint64_t t = sim_now_ns();
    uint64_t start = t;
    if (n == 0 || pulses[0] == 0 || duty == 0) {
        sim_trace_digital_at(pin, t, false);   // the LED is off (else the first mark starts now)
    }
    double period = carrier_hz ? 1e9 / carrier_hz : 0;
    double high = period * duty / 65536.0;
    for (size_t i = 0; i < n; i++) {
        uint64_t end = t + (uint64_t)pulses[i] * 1000u;
        if (i % 2 == 0 && duty > 0) {
            // A mark: the carrier, or a steady high without one.
            if (carrier_hz == 0 || duty == 0xFFFF) {
                sim_trace_digital_at(pin, t, true);
                sim_trace_digital_at(pin, end, false);
            } else {
                for (double c = 0;; c += 1) {
                    uint64_t on = t + (uint64_t)(c * period + 0.5);
                    if (on >= end) {
                        break;
                    }
                    uint64_t off = t + (uint64_t)(c * period + high + 0.5);
                    sim_trace_digital_at(pin, on, true);
                    sim_trace_digital_at(pin, off < end ? off : end, false);
                }
            }
        }
        t = end;
    }
    // send() returns once the last pulse is out.
    if (t > start) {
        hal_sleep_until_ns(t);
    }
    return 0;
}
