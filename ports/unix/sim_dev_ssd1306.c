// A simulated SSD1306 128x64 OLED controller on I2C (Solomon Systech
// datasheet rev 1.1): the control-byte/command/data stream, the three
// addressing modes, and the display settings that change what the panel
// shows. It offers what the panel shows as a screen (--screen, the view).
#include <stdlib.h>
#include <string.h>
#include "sim_dev.h"

#define WIDTH 128
#define HEIGHT 64
#define PAGES (HEIGHT / 8)

enum { MODE_HORIZONTAL = 0, MODE_VERTICAL = 1, MODE_PAGE = 2 };

typedef struct {
    uint8_t ram[PAGES][WIDTH];    // GDDRAM: bit 0 of a byte is the page's top row
    uint8_t mode;
    uint8_t col, page;            // the RAM pointer
    uint8_t col_start, col_end, page_start, page_end;
    uint8_t page_mode_col;        // column start set by 0x00-0x1F (page mode)
    bool display_on, inverse, entire_on, seg_remap, com_remap;
    uint8_t contrast, start_line, offset, mux;
    // A command whose argument bytes are still arriving (they may come in
    // later transactions: drivers often send one command byte per write).
    uint8_t cmd, args[6], nargs, need;
    SimScreen screen;
} Ssd1306;

// Argument bytes that follow a command byte.
static uint8_t args_of(uint8_t cmd) {
    switch (cmd) {
    case 0x81: case 0x20: case 0xA8: case 0xD3: case 0xDA: case 0xD5: case 0xD9: case 0xDB: case 0x8D:
    case 0xAD: case 0xD6: case 0xD8:   // IREF select / zoom / colour mode on SSD1306 variants
        return 1;
    case 0x21: case 0x22: case 0xA3:
        return 2;
    case 0x29: case 0x2A:
        return 5;
    case 0x26: case 0x27: case 0x2C: case 0x2D:
        return 6;
    default:
        return 0;
    }
}

static void reset(Ssd1306 *s) {
    memset(s, 0, sizeof *s);
    s->mode = MODE_PAGE;
    s->col_end = WIDTH - 1;
    s->page_end = PAGES - 1;
    s->contrast = 0x7F;
    s->mux = HEIGHT - 1;
}

static void run_command(Ssd1306 *s) {
    uint8_t c = s->cmd, *a = s->args;
    if (c <= 0x0F) {
        s->page_mode_col = (uint8_t)((s->page_mode_col & 0xF0) | c);
        s->col = s->page_mode_col;
    } else if (c <= 0x1F) {
        s->page_mode_col = (uint8_t)((s->page_mode_col & 0x0F) | ((c & 0x07) << 4));
        s->col = s->page_mode_col;
    } else if (c == 0x20) {
        s->mode = a[0] & 3;
        if (s->mode == 3)
            s->mode = MODE_PAGE;   // 11b is invalid
    } else if (c == 0x21) {
        s->col_start = a[0] & 0x7F;
        s->col_end = a[1] & 0x7F;
        s->col = s->col_start;
    } else if (c == 0x22) {
        s->page_start = a[0] & 7;
        s->page_end = a[1] & 7;
        s->page = s->page_start;
    } else if (c >= 0x40 && c <= 0x7F) {
        s->start_line = c & 0x3F;
    } else if (c == 0x81) {
        s->contrast = a[0];
    } else if (c == 0xA0 || c == 0xA1) {
        s->seg_remap = c & 1;
    } else if (c == 0xA4 || c == 0xA5) {
        s->entire_on = c & 1;
    } else if (c == 0xA6 || c == 0xA7) {
        s->inverse = c & 1;
    } else if (c == 0xA8) {
        if ((a[0] & 0x3F) >= 15)   // values 0-14 are invalid
            s->mux = a[0] & 0x3F;
    } else if (c == 0xAE || c == 0xAF) {
        s->display_on = c & 1;
    } else if (c >= 0xB0 && c <= 0xB7) {
        s->page = c & 7;
    } else if (c == 0xC0 || c == 0xC8) {
        s->com_remap = (c & 0x08) != 0;
    } else if (c == 0xD3) {
        s->offset = a[0] & 0x3F;
    }
    // Everything else (clock, precharge, VCOMH, charge pump, COM pins,
    // scrolling, NOP) does not change the image the simulation draws.
}

static void command_byte(Ssd1306 *s, uint8_t b) {
    if (s->need) {
        s->args[s->nargs++] = b;
        if (--s->need == 0)
            run_command(s);
        return;
    }
    s->cmd = b;
    s->nargs = 0;
    s->need = args_of(b);
    if (!s->need)
        run_command(s);
}

static void data_byte(Ssd1306 *s, uint8_t b) {
    s->ram[s->page & 7][s->col & 0x7F] = b;
    switch (s->mode) {
    case MODE_HORIZONTAL:
        if (s->col >= s->col_end) {
            s->col = s->col_start;
            s->page = s->page >= s->page_end ? s->page_start : (uint8_t)(s->page + 1);
        } else {
            s->col++;
        }
        break;
    case MODE_VERTICAL:
        if (s->page >= s->page_end) {
            s->page = s->page_start;
            s->col = s->col >= s->col_end ? s->col_start : (uint8_t)(s->col + 1);
        } else {
            s->page++;
        }
        break;
    default:   // page mode: the column wraps, the page stays
        s->col = s->col >= WIDTH - 1 ? s->page_mode_col : (uint8_t)(s->col + 1);
        break;
    }
}

// Each write transaction is a control byte (Co bit 7, D/C# bit 6) and
// then either one byte (Co = 1, another control byte follows) or the
// rest of the transaction (Co = 0) as commands or display data.
static void ssd1306_write(SimI2CDevice *d, const uint8_t *data, size_t len, bool stop) {
    (void)stop;
    Ssd1306 *s = d->state;
    size_t i = 0;
    while (i < len) {
        uint8_t control = data[i++];
        bool is_data = (control & 0x40) != 0;
        size_t end = (control & 0x80) ? (i + 1 < len ? i + 1 : len) : len;
        for (; i < end; i++) {
            if (is_data)
                data_byte(s, data[i]);
            else
                command_byte(s, data[i]);
        }
    }
}

// In I2C mode the controller only returns its status byte (D6: display off).
static void ssd1306_read(SimI2CDevice *d, uint8_t *data, size_t len) {
    Ssd1306 *s = d->state;
    memset(data, s->display_on ? 0x00 : 0x40, len);
}

// The panel as the viewer sees it, oriented as Adafruit's modules mount
// it: with segment remap (0xA1) and COM scan remapped (0xC8), as every
// driver sets them, RAM column 0 is at the left and row 0 at the top. A lit
// pixel is white, as bright as the contrast makes it.
static void render(const SimScreen *screen, uint8_t *rgb) {
    const Ssd1306 *s = screen->state;
    uint8_t lit = (uint8_t)(64 + s->contrast * 191 / 255);
    for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
            bool on = false;
            if (s->display_on && y <= s->mux) {
                int com = s->com_remap ? y : s->mux - y;
                int row = (com + s->start_line + s->offset) & (HEIGHT - 1);
                int col = s->seg_remap ? x : WIDTH - 1 - x;
                on = s->entire_on || ((s->ram[row / 8][col] >> (row & 7)) & 1);
                if (s->inverse)
                    on = !on;
            }
            memset(rgb + ((size_t)y * WIDTH + x) * 3, on ? lit : 0, 3);
        }
    }
}

SimI2CDevice *sim_ssd1306_new(uint8_t addr) {
    SimI2CDevice *d = calloc(1, sizeof *d);
    Ssd1306 *s = calloc(1, sizeof *s);
    if (!d || !s)
        abort();
    reset(s);
    d->name = "ssd1306";
    d->addr = addr;
    d->write = ssd1306_write;
    d->read = ssd1306_read;
    d->state = s;
    s->screen.width = WIDTH;
    s->screen.height = HEIGHT;
    s->screen.refresh_hz = 100;   // the default clock divider: about 100 frames a second
    s->screen.render = render;
    s->screen.state = s;
    sim_screen_offer(&s->screen, SIM_SCREEN_SSD1306);
    return d;
}
