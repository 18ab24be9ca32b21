// The live view: one status line under the program's output, showing the
// board, its time, the LEDs and pixels as coloured blocks (24-bit ANSI)
// and the buttons, and above it the board's screen (sim_screen), two
// pixels per character cell with the half block ▀ (foreground the upper
// pixel, background the lower), sampled down to fit the terminal. Drawn
// only when stdout is a terminal, a board was chosen (--board) and
// --no-view was not given; never into a pipe or a file. The view is lifted
// before the program writes (console.c calls sim_view_before_output) and
// redrawn at most ~30 times a second of host time (with a screen: at most
// its refresh rate, and the image only when it changed), and only while
// the program's output sits at the start of a line, so it never splits a
// line the program is writing.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include "sim.h"

static bool enabled;
static bool drawn;            // the view is on the terminal now
static int drawn_rows;        // the screen's rows above the status line
static bool at_line_start = true;
static uint64_t last_draw_host_ns;
static char last_line[2048];

#define REDRAW_NS 33000000u   // ~30 Hz

// The screen as last drawn: its pixels, the size it was drawn at, and the
// text that draws it.
static uint8_t *shown, *frame;
static int image_cols, image_rows;
static char *image;
static size_t image_cap;

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

// The terminal's columns and rows (80 x 24 when it doesn't say).
static void terminal_size(int *cols, int *rows) {
    struct winsize ws;
    *cols = 80;
    *rows = 24;
    if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0) {
        *cols = ws.ws_col;
        *rows = ws.ws_row;
    }
}

static void compose(char *buf, size_t len) {
    int cols, rows;
    terminal_size(&cols, &rows);
    Out o = {buf, len, 0, cols - 1};
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

// --- the screen ------------------------------------------------------------------

// Appends one cell's colours, skipping what the previous cell already set.
static char *cell(char *p, const uint8_t *top, const uint8_t *bottom, const uint8_t **last_top,
                  const uint8_t **last_bottom) {
    if (*last_top == NULL || memcmp(top, *last_top, 3) != 0 || memcmp(bottom, *last_bottom, 3) != 0) {
        p += sprintf(p, "\x1b[38;2;%u;%u;%u;48;2;%u;%u;%um", top[0], top[1], top[2], bottom[0], bottom[1],
                     bottom[2]);
    }
    *last_top = top;
    *last_bottom = bottom;
    memcpy(p, "\xe2\x96\x80", 3);   // ▀
    return p + 3;
}

// Renders the screen and, when it or the room for it changed since it was
// last drawn, composes its rows into `image`; true when they changed. The
// image keeps its shape, as large as fits in the terminal's width and
// all but four of its rows (the status line and a few of the program's).
static bool compose_image(const SimScreen *scr) {
    int term_cols, term_rows;
    terminal_size(&term_cols, &term_rows);
    size_t size = (size_t)scr->width * scr->height * 3;
    if (frame == NULL) {
        frame = malloc(size);
        shown = calloc(size, 1);
        if (frame == NULL || shown == NULL) {
            return false;
        }
    }
    scr->render(scr, frame);
    double fx = (double)(term_cols - 1) / scr->width, fy = 2.0 * (term_rows - 4) / scr->height;
    double f = fx < fy ? fx : fy;
    if (f > 1) {
        f = 1;
    }
    int cols = (int)(scr->width * f), px_rows = (int)(scr->height * f) & ~1;
    if (cols < 1 || px_rows < 2) {
        cols = px_rows = 0;   // no room: the status line alone
    }
    if (drawn && cols == image_cols && px_rows / 2 == image_rows && memcmp(frame, shown, size) == 0) {
        return false;
    }
    memcpy(shown, frame, size);
    image_cols = cols;
    image_rows = px_rows / 2;
    size_t need = (size_t)image_rows * ((size_t)cols * 44 + 8) + 1;
    if (need > image_cap) {
        char *grown = realloc(image, need);
        if (grown == NULL) {
            image_rows = 0;
            return true;
        }
        image = grown;
        image_cap = need;
    }
    char *p = image;
    for (int r = 0; r < image_rows; r++) {
        const uint8_t *last_top = NULL, *last_bottom = NULL;
        size_t top_y = (size_t)(2 * r) * scr->height / px_rows, bottom_y = (size_t)(2 * r + 1) * scr->height / px_rows;
        for (int c = 0; c < cols; c++) {
            size_t x = (size_t)c * scr->width / cols;
            p = cell(p, frame + (top_y * scr->width + x) * 3, frame + (bottom_y * scr->width + x) * 3, &last_top,
                     &last_bottom);
        }
        p += sprintf(p, "\x1b[0m\n");
    }
    *p = 0;
    return true;
}

// --- drawing ------------------------------------------------------------------------

static void lift(void) {
    if (drawn_rows > 0) {
        printf("\r\x1b[%dA\x1b[J", drawn_rows);
    } else {
        fputs("\r\x1b[2K", stdout);
    }
    drawn = false;
    drawn_rows = 0;
}

// Draws the whole view, or only the status line when the image on the
// terminal is still right.
static void draw(bool image_changed) {
    if (drawn && !image_changed) {
        fputs("\r\x1b[2K", stdout);
    } else {
        if (drawn) {
            lift();
        }
        if (image_rows > 0) {
            fputs(image, stdout);
        }
        drawn_rows = image_rows;
    }
    fputs(last_line, stdout);
    fflush(stdout);
    drawn = true;
}

void sim_view_update(void) {
    static bool composing;   // compose reads the clock, which may call back here
    if (!enabled || !at_line_start || composing) {
        return;
    }
    const SimScreen *scr = sim_screen();
    uint64_t now = host_ns();
    uint64_t interval = scr != NULL ? 1000000000u / scr->refresh_hz : REDRAW_NS;
    if (drawn && now - last_draw_host_ns < interval) {
        return;
    }
    char line[sizeof(last_line)];
    composing = true;
    compose(line, sizeof(line));
    bool image_changed = scr != NULL && compose_image(scr);
    composing = false;
    if (drawn && !image_changed && strcmp(line, last_line) == 0) {
        return;
    }
    memcpy(last_line, line, sizeof(line));
    last_draw_host_ns = now;
    draw(image_changed);
}

void sim_view_before_output(void) {
    if (drawn) {
        lift();
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
