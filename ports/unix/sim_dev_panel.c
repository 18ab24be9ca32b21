// Simulated SPI TFT panels: the MIPI-DCS controllers ST7735R, ST7789 and
// ILI9341 behind a "four-wire" bus (SCK, MOSI, chip select low during a
// transaction, D/C low for a command byte and high for its parameters and
// pixel data), and the glass in front of them (SimPanelMount).
//
// The controller decodes SWRESET, SLPIN/SLPOUT, INVOFF/INVON,
// DISPOFF/DISPON, CASET/RASET, RAMWR and RAMWRC (write memory continue),
// MADCTL and COLMOD (16-bit RGB565, 18-bit RGB666); other commands and
// their parameters change nothing the glass shows. A command whose
// parameters are cut short by the next command is dropped. RAMWR fills the
// CASET x RASET window along the column addresses, then down the row
// addresses, wrapping to its start; the data may arrive over many
// transactions. MADCTL's MV/MX/MY decide
// where an address lands in RAM (MV exchanges the column and row address,
// then MX mirrors the RAM column and MY the RAM row) and its BGR bit swaps
// red and blue as pixels are written; ML/MH (refresh order) change nothing
// visible. RAM is kept across resets (black at power-up). The reset line
// has a pull-up, as on the boards and breakouts. The glass is black while
// the panel sleeps, its display is off, its reset line is held low, or its
// backlight pin is driven off.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sim_dev.h"

typedef struct {
    const char *name;
    uint16_t ram_cols, ram_rows;   // the address space MX/MY mirror in
    uint8_t reset_colmod;          // pixel format after a reset: 18-bit
} PanelModel;

// The ST7735R's GM pins select 128x160 on the PyBadge's and Adafruit's
// 1.8" panels.
static const PanelModel models[] = {
    {"ili9341", 240, 320, 0x66},
    {"st7735r", 128, 160, 0x06},
    {"st7789", 240, 320, 0x66},
};
#define NMODELS (sizeof(models) / sizeof(models[0]))

// How Adafruit's breakouts mount each: upright under the MADCTL their
// CircuitPython drivers send (adafruit_ili9341 0x38: landscape 320x240;
// adafruit_st7735r 0xC0; adafruit_st7789 0xC0 with INVON for the IPS glass).
static const SimPanelMount breakouts[] = {
    {"ili9341", 0, 0, 240, 320, 0x20, true, false},
    {"st7735r", 0, 0, 128, 160, 0xC0, false, false},
    {"st7789", 0, 0, 240, 320, 0xC0, false, true},
};
#define NBREAKOUTS (sizeof(breakouts) / sizeof(breakouts[0]))

enum {
    CMD_SWRESET = 0x01, CMD_SLPIN = 0x10, CMD_SLPOUT = 0x11, CMD_INVOFF = 0x20, CMD_INVON = 0x21,
    CMD_DISPOFF = 0x28, CMD_DISPON = 0x29, CMD_CASET = 0x2A, CMD_RASET = 0x2B, CMD_RAMWR = 0x2C,
    CMD_MADCTL = 0x36, CMD_COLMOD = 0x3A, CMD_RAMWRC = 0x3C,
};
#define MADCTL_MY 0x80
#define MADCTL_MX 0x40
#define MADCTL_MV 0x20
#define MADCTL_BGR 0x08

typedef struct {
    SimSpiDevice dev;
    SimScreen screen;
    const PanelModel *model;
    SimPanelMount mount;
    uint8_t cs, dc, rst, backlight;    // HAL_NO_PIN: not wired
    uint8_t *ram;                      // RGB per RAM pixel, row by row
    bool asleep, display_on, inverted;
    uint8_t madctl, colmod;
    uint16_t xs, xe, ys, ye;           // the CASET and RASET windows
    uint16_t x, y;                     // the address the next pixel goes to
    uint8_t cmd;                       // the command whose data is arriving
    uint8_t args[4], nargs;
    uint8_t px[3], npx;                // bytes of the pixel being assembled
} Panel;

#define MAX_PANELS 5   // the board's and four --display breakouts
static Panel *panels[MAX_PANELS];
static int npanels;

static void panel_reset(Panel *p) {
    p->asleep = true;
    p->display_on = false;
    p->inverted = false;
    p->madctl = 0;
    p->colmod = p->model->reset_colmod;
    p->xs = p->ys = 0;
    p->xe = (uint16_t)(p->model->ram_cols - 1);
    p->ye = (uint16_t)(p->model->ram_rows - 1);
    p->x = p->y = 0;
    p->cmd = 0;
    p->nargs = p->npx = 0;
}

// --- writing pixels -------------------------------------------------------------

static void store_pixel(Panel *p, uint8_t r, uint8_t g, uint8_t b) {
    uint16_t rc = p->x, rr = p->y;
    if (p->madctl & MADCTL_MV) {
        rc = p->y;
        rr = p->x;
    }
    int col = (p->madctl & MADCTL_MX) ? p->model->ram_cols - 1 - rc : rc;
    int row = (p->madctl & MADCTL_MY) ? p->model->ram_rows - 1 - rr : rr;
    if (col >= 0 && col < p->model->ram_cols && row >= 0 && row < p->model->ram_rows) {
        uint8_t *px = p->ram + ((size_t)row * p->model->ram_cols + (size_t)col) * 3;
        bool swap = (p->madctl & MADCTL_BGR) != 0;
        px[0] = swap ? b : r;
        px[1] = g;
        px[2] = swap ? r : b;
    }
    // The column address runs across the window, then the row address.
    if (p->x >= p->xe) {
        p->x = p->xs;
        p->y = p->y >= p->ye ? p->ys : (uint16_t)(p->y + 1);
    } else {
        p->x++;
    }
}

static uint8_t expand5(unsigned v) { return (uint8_t)((v << 3) | (v >> 2)); }
static uint8_t expand6(unsigned v) { return (uint8_t)((v << 2) | (v >> 4)); }

// COLMOD's low bits: 6 is 18-bit (three bytes, six bits each at the top),
// anything else is taken as 16-bit RGB565 (two bytes, red first).
static void pixel_byte(Panel *p, uint8_t b) {
    p->px[p->npx++] = b;
    if ((p->colmod & 7) == 6) {
        if (p->npx == 3) {
            store_pixel(p, expand6(p->px[0] >> 2), expand6(p->px[1] >> 2), expand6(p->px[2] >> 2));
            p->npx = 0;
        }
    } else if (p->npx == 2) {
        unsigned v = (unsigned)p->px[0] << 8 | p->px[1];
        store_pixel(p, expand5(v >> 11), expand6((v >> 5) & 0x3F), expand5(v & 0x1F));
        p->npx = 0;
    }
}

// --- commands ---------------------------------------------------------------------

static void command(Panel *p, uint8_t c) {
    p->cmd = c;
    p->nargs = 0;
    p->npx = 0;
    switch (c) {
    case CMD_SWRESET:
        panel_reset(p);
        break;
    case CMD_SLPIN:
    case CMD_SLPOUT:
        p->asleep = c == CMD_SLPIN;
        break;
    case CMD_INVOFF:
    case CMD_INVON:
        p->inverted = c == CMD_INVON;
        break;
    case CMD_DISPOFF:
    case CMD_DISPON:
        p->display_on = c == CMD_DISPON;
        break;
    case CMD_RAMWR:
        p->x = p->xs;
        p->y = p->ys;
        break;
    default:   // RAMWRC goes on from where the last write stopped
        break;
    }
}

// A data byte after a command other than RAMWR/RAMWRC.
static void parameter(Panel *p, uint8_t b) {
    switch (p->cmd) {
    case CMD_CASET:
    case CMD_RASET:
        p->args[p->nargs++] = b;
        if (p->nargs == 4) {
            uint16_t start = (uint16_t)(p->args[0] << 8 | p->args[1]);
            uint16_t end = (uint16_t)(p->args[2] << 8 | p->args[3]);
            if (p->cmd == CMD_CASET) {
                p->xs = start;
                p->xe = end;
            } else {
                p->ys = start;
                p->ye = end;
            }
            p->cmd = 0;   // later bytes are not parameters
        }
        break;
    case CMD_MADCTL:
        p->madctl = b;
        p->cmd = 0;
        break;
    case CMD_COLMOD:
        p->colmod = b;
        p->cmd = 0;
        break;
    default:
        break;
    }
}

static void panel_write(SimSpiDevice *d, const uint8_t *data, size_t len) {
    Panel *p = d->state;
    if ((p->cs != HAL_NO_PIN && sim_pin_level(p->cs)) || (p->rst != HAL_NO_PIN && !sim_pin_level(p->rst))) {
        return;   // not selected, or held in reset
    }
    if (p->dc != HAL_NO_PIN && !sim_pin_level(p->dc)) {
        for (size_t i = 0; i < len; i++) {
            command(p, data[i]);
        }
        return;
    }
    if (p->cmd == CMD_RAMWR || p->cmd == CMD_RAMWRC) {
        for (size_t i = 0; i < len; i++) {
            pixel_byte(p, data[i]);
        }
        return;
    }
    for (size_t i = 0; i < len; i++) {
        parameter(p, data[i]);
    }
}

// A falling reset line resets the controller; it ignores the bus while the
// line stays low.
static void on_pin_change(uint8_t pin, bool level) {
    for (int i = 0; i < npanels; i++) {
        if (panels[i]->rst == pin && !level) {
            panel_reset(panels[i]);
        }
    }
}

// --- the glass ----------------------------------------------------------------------

// The backlight is off only when the program drives it off; a pin left
// alone counts as lit, so a program driving the panel by hand sees it.
static bool backlight_on(const Panel *p) {
    uint8_t pin = p->backlight;
    if (pin == HAL_NO_PIN) {
        return true;
    }
    switch (sim_pin_use(pin)) {
    case SIM_USE_OUTPUT:
        return sim_pin_level(pin);
    case SIM_USE_PWM:
        return sim_pwm_duty(pin) > 0;
    default:
        return true;
    }
}

static void render(const SimScreen *s, uint8_t *rgb) {
    const Panel *p = s->state;
    const SimPanelMount *m = &p->mount;
    bool lit = !p->asleep && p->display_on && backlight_on(p) &&
               (p->rst == HAL_NO_PIN || sim_pin_level(p->rst));
    if (!lit) {
        memset(rgb, 0, (size_t)s->width * s->height * 3);
        return;
    }
    bool invert = p->inverted != m->ips;
    for (uint16_t vy = 0; vy < s->height; vy++) {
        for (uint16_t vx = 0; vx < s->width; vx++) {
            uint16_t a = vx, b = vy;   // glass column, glass row
            if (m->upright & MADCTL_MV) {
                a = vy;
                b = vx;
            }
            size_t col = m->col + ((m->upright & MADCTL_MX) ? m->cols - 1u - a : a);
            size_t row = m->row + ((m->upright & MADCTL_MY) ? m->rows - 1u - b : b);
            const uint8_t *src = p->ram + (row * p->model->ram_cols + col) * 3;
            uint8_t *dst = rgb + ((size_t)vy * s->width + vx) * 3;
            dst[0] = m->bgr ? src[2] : src[0];
            dst[1] = src[1];
            dst[2] = m->bgr ? src[0] : src[2];
            if (invert) {
                for (int k = 0; k < 3; k++) {
                    dst[k] = (uint8_t)~dst[k];
                }
            }
        }
    }
}

// --- construction -------------------------------------------------------------------

const SimPanelMount *sim_panel_breakout(const char *model) {
    for (size_t i = 0; i < NBREAKOUTS; i++) {
        if (strcmp(breakouts[i].model, model) == 0) {
            return &breakouts[i];
        }
    }
    return NULL;
}

const char *sim_panel_breakout_names(void) {
    static char names[64];
    if (names[0] == 0) {
        for (size_t i = 0; i < NBREAKOUTS; i++) {
            size_t n = strlen(names);
            snprintf(names + n, sizeof(names) - n, "%s%s", i > 0 ? ", " : "", breakouts[i].model);
        }
    }
    return names;
}

SimSpiDevice *sim_panel_new(const SimPanelMount *mount, uint8_t cs, uint8_t dc, uint8_t rst, uint8_t backlight,
                            int screen_rank) {
    const PanelModel *pm = NULL;
    for (size_t i = 0; i < NMODELS; i++) {
        if (strcmp(models[i].name, mount->model) == 0) {
            pm = &models[i];
        }
    }
    if (pm == NULL || npanels == MAX_PANELS) {
        abort();   // the board tables and the option parser allow neither
    }
    Panel *p = calloc(1, sizeof *p);
    uint8_t *ram = calloc((size_t)pm->ram_cols * pm->ram_rows, 3);
    if (p == NULL || ram == NULL) {
        abort();
    }
    p->model = pm;
    p->mount = *mount;
    p->ram = ram;
    p->cs = cs;
    p->dc = dc;
    p->rst = rst;
    p->backlight = backlight;
    panel_reset(p);
    p->dev.name = pm->name;
    p->dev.write = panel_write;
    p->dev.state = p;
    bool turned = (p->mount.upright & MADCTL_MV) != 0;
    p->screen.width = turned ? p->mount.rows : p->mount.cols;
    p->screen.height = turned ? p->mount.cols : p->mount.rows;
    p->screen.refresh_hz = 60;
    p->screen.render = render;
    p->screen.state = p;
    panels[npanels++] = p;
    // Boards and breakouts hold the reset line high with a resistor, so
    // the panel runs until the program drives the line low.
    if (rst != HAL_NO_PIN) {
        sim_pin_set_external_pull(rst, HAL_PULL_UP);
    }
    sim_on_pin_change(on_pin_change);
    sim_screen_offer(&p->screen, screen_rank);
    return &p->dev;
}
