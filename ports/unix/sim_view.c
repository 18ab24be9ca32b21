// The live view: one status line under the program's output, showing the
// board, its time, the LEDs and pixels as coloured blocks (24-bit ANSI)
// and the buttons. Drawn only when stdout is a terminal, a board was
// chosen (--board) and --no-view was not given; never into a pipe or a
// file. The line is lifted before the program writes (console.c calls
// sim_view_before_output) and redrawn at most ~30 times a second of host
// time, and only while the program's output sits at the start of a line,
// so it never splits a line the program is writing.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include "sim.h"

static bool enabled;
static bool drawn;            // the line is on the screen now
static bool at_line_start = true;
static uint64_t last_draw_host_ns;
static char last_line[2048];

#define REDRAW_NS 33000000u   // ~30 Hz

static uint64_t host_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void sim_view_start(void) { enabled = hal_board_mode() && !sim_options.no_view && isatty(1); }

typedef struct {
    char *p;
    size_t left;
    int cols, width;   // columns used, columns the terminal has
} Out;

// Whether `n` more columns fit on the terminal's line; a line that
// wrapped could not be lifted again.
static bool fits(Out *o, int n) {
    if (o->cols + n > o->width) {
        return false;
    }
    o->cols += n;
    return true;
}

static void put(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(Out *o, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(o->p, o->left, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= o->left) {
        o->p += o->left > 0 ? o->left - 1 : 0;
        o->left = o->left > 0 ? 1 : 0;
        return;
    }
    o->p += n;
    o->left -= (size_t)n;
}

// A block in colour r, g, b; black shows as dark grey so it stays visible.
static void block(Out *o, const char *glyph, unsigned r, unsigned g, unsigned b) {
    if (!fits(o, 1)) {
        return;
    }
    if (r + g + b == 0) {
        r = g = b = 0x30;
    }
    put(o, "\x1b[38;2;%u;%u;%um%s\x1b[0m", r, g, b, glyph);
}

static void led_colour(const char *label, unsigned *r, unsigned *g, unsigned *b) {
    *r = 255, *g = 0, *b = 0;   // red status LEDs by default
    if (strcmp(label, "BLUE") == 0) {
        *r = 0, *g = 80, *b = 255;
    } else if (strcmp(label, "WHITE") == 0) {
        *r = *g = *b = 255;
    } else if (strcmp(label, "RX") == 0 || strcmp(label, "TX") == 0) {
        *r = 255, *g = 200, *b = 0;
    }
}

static void compose(char *buf, size_t len) {
    Out o = {buf, len, 0, 80};
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
        o.width = ws.ws_col - 1;
    }
    const SimBoard *sb = sim_board();
    char t[32];
    sim_format_time(sim_now_ns(), t, sizeof(t));
    if (!fits(&o, (int)(strlen(sb->hal->id) + strlen(t) + 3))) {
        put(&o, "%s", t);
        return;
    }
    put(&o, "\x1b[7m %s %s \x1b[0m", sb->hal->id, t);
    for (uint8_t i = 0; i < sb->nparts; i++) {
        const SimPart *part = &sb->parts[i];
        uint8_t pin = sim_part_pin(part);
        if (pin == HAL_NO_PIN) {
            continue;
        }
        switch (part->kind) {
        case SIM_PART_LED: {
            double on;
            if (sim_pin_use(pin) == SIM_USE_PWM) {
                on = sim_pwm_duty(pin);
            } else {
                on = sim_pin_use(pin) == SIM_USE_OUTPUT && sim_pin_level(pin) == part->active_high ? 1.0 : 0.0;
            }
            unsigned r, g, b;
            led_colour(part->label, &r, &g, &b);
            if (!fits(&o, (int)strlen(part->label) + 2)) {
                return;
            }
            put(&o, " %s ", part->label);
            block(&o, "\xe2\x97\x8f", (unsigned)(r * on), (unsigned)(g * on), (unsigned)(b * on));   // ●
            break;
        }
        case SIM_PART_NEOPIXEL: {
            size_t n;
            const uint8_t *d = sim_neopixel_data(pin, &n);
            // GRB, or GRBW when the bytes fit 4 per pixel.
            size_t bpp = n == (size_t)part->count * 4 ? 4 : 3;
            if (!fits(&o, 1)) {
                return;
            }
            put(&o, " ");
            for (size_t k = 0; k < part->count; k++) {
                unsigned r = 0, g = 0, b = 0;
                if (d != NULL && (k + 1) * bpp <= n) {
                    g = d[k * bpp], r = d[k * bpp + 1], b = d[k * bpp + 2];
                    if (bpp == 4) {
                        unsigned w = d[k * bpp + 3];
                        r = r + w > 255 ? 255 : r + w;
                        g = g + w > 255 ? 255 : g + w;
                        b = b + w > 255 ? 255 : b + w;
                    }
                }
                block(&o, "\xe2\x96\xa0", r, g, b);   // ■
            }
            break;
        }
        case SIM_PART_DOTSTAR: {
            size_t n;
            const uint8_t *d = sim_dotstar_data(pin, &n);   // R, G, B per LED
            if (!fits(&o, 1)) {
                return;
            }
            put(&o, " ");
            for (size_t k = 0; k < part->count; k++) {
                if (d != NULL && (k + 1) * 3 <= n) {
                    block(&o, "\xe2\x96\xa0", d[k * 3], d[k * 3 + 1], d[k * 3 + 2]);
                } else {
                    block(&o, "\xe2\x96\xa0", 0, 0, 0);
                }
            }
            break;
        }
        case SIM_PART_BUTTON:
        case SIM_PART_SWITCH: {
            bool pressed = sim_pin_external_level(pin) == (int)part->active_high;
            if (!fits(&o, (int)strlen(part->label) + 2)) {
                return;
            }
            put(&o, " %s%s", part->label, pressed ? "\xe2\x96\xa3" : "\xe2\x96\xa1");   // ▣ □
            break;
        }
        default:
            break;
        }
    }
    for (int i = 0; i < sb->nshift_buttons; i++) {
        const char *label = sb->shift_buttons[i] + strlen("BUTTON_");
        if (!fits(&o, (int)strlen(label) + 2)) {
            return;
        }
        put(&o, " %s%s", label, sim_shift_button_pressed(i) ? "\xe2\x96\xa3" : "\xe2\x96\xa1");
    }
}

static void draw(void) {
    fputs("\r\x1b[2K", stdout);
    fputs(last_line, stdout);
    fflush(stdout);
    drawn = true;
}

void sim_view_update(void) {
    static bool composing;   // compose reads the clock, which may call back here
    if (!enabled || !at_line_start || composing) {
        return;
    }
    uint64_t now = host_ns();
    if (drawn && now - last_draw_host_ns < REDRAW_NS) {
        return;
    }
    char line[sizeof(last_line)];
    composing = true;
    compose(line, sizeof(line));
    composing = false;
    if (drawn && strcmp(line, last_line) == 0) {
        return;
    }
    memcpy(last_line, line, sizeof(line));
    last_draw_host_ns = now;
    draw();
}

void sim_view_before_output(void) {
    if (drawn) {
        fputs("\r\x1b[2K", stdout);
        drawn = false;
    }
}

void sim_view_after_output(const char *data, size_t len) {
    if (len > 0) {
        at_line_start = data[len - 1] == '\n';
    }
}

void sim_view_finish(void) {
    sim_view_before_output();
    fflush(stdout);
    enabled = false;
}
