// The terminalio module: FONT (the built-in font), Terminal (a character
// stream shown as the tiles of a TileGrid whose bitmap is the font's sheet)
// and the serial console on a display (terminalio.h).
//
// A Terminal reaches its TileGrids through their Python interface only
// (width, height, grid[i] by index), as any program could. CircuitPython
// scrolls by turning the TileGrid's rows into a ring (a private top-left
// offset); here scrolling moves the tiles up a row instead, so the grid's
// rows are always the screen's rows and cursor_y counts from the top of
// the screen. What is drawn is the same: a new Terminal clears its grids and
// writes on the bottom row, text scrolls up from there, and ESC[2J clears
// the grid and starts again at the top left.
//
// Escape sequences are parsed by a state machine, so a sequence split
// across writes works. Handled as CircuitPython does: \r, \n (down a row,
// column kept), \b; ESC[K (0: to the end of the line, 1: the start up to
// the cursor, 2: the whole line), ESC[nD (left n), ESC[2J, ESC[row;colH
// (1-based, clamped; missing numbers are 1); ESC]0;title ESC\ writes the
// title on the status bar (cleared first), other OSC numbers are ignored.
// Other CSI sequences are consumed and ignored. A character the font lacks
// is skipped; printing in the last column wraps at once.
#include "terminalio.h"
#include "fontio.h"
#include "gc.h"
#include "mods.h"
#include "nlr.h"
#include "vm_raise.h"

#if COPPER_MODULE_TERMINALIO

#if !COPPER_MODULE_FONTIO
#error "terminalio needs fontio"
#endif

enum { ST_TEXT, ST_ESC, ST_CSI, ST_OSC_NUM, ST_OSC_TEXT, ST_OSC_ESC };

#define PARAM_MAX 9999   // larger numbers saturate (they are clamped anyway)

typedef struct {
    Obj base;
    Value scroll_area;      // TileGrid (its native part)
    Value status_bar;       // TileGrid, or VAL_NULL
    const BuiltinFontObj *font;
    uint16_t cols, rows;                // of the scroll area, in tiles
    uint16_t status_cols, status_rows;
    uint16_t cursor_x, cursor_y;
    uint16_t status_x, status_y;        // where the next title glyph goes
    uint8_t state;
    uint8_t nparams;                    // CSI numbers seen (after the first)
    uint16_t params[2];
    uint16_t osc_command;
    uint8_t utf8_need;                  // continuation bytes still expected
    uint32_t utf8_code;
} TerminalObj;

extern const Type terminalio_terminal_type;

// --- tiles -----------------------------------------------------------------------

static void set_tile(Value grid, uint16_t cols, uint16_t x, uint16_t y, int tile) {
    obj_setitem(grid, val_from_small_int((intptr_t)y * cols + x), val_from_small_int(tile));
}

static Value get_tile(Value grid, uint16_t cols, uint16_t x, uint16_t y) {
    return obj_getitem(grid, val_from_small_int((intptr_t)y * cols + x));
}

static void clear_row(TerminalObj *t, uint16_t y, uint16_t from, uint16_t to) {
    for (uint16_t x = from; x < to; x++) {
        set_tile(t->scroll_area, t->cols, x, y, 0);
    }
}

static void clear_status_bar(TerminalObj *t) {
    for (uint16_t y = 0; y < t->status_rows; y++) {
        for (uint16_t x = 0; x < t->status_cols; x++) {
            set_tile(t->status_bar, t->status_cols, x, y, 0);
        }
    }
    t->status_x = t->status_y = 0;
}

static void scroll_up(TerminalObj *t) {
    for (uint16_t y = 1; y < t->rows; y++) {
        for (uint16_t x = 0; x < t->cols; x++) {
            obj_setitem(t->scroll_area, val_from_small_int((intptr_t)(y - 1) * t->cols + x),
                        get_tile(t->scroll_area, t->cols, x, y));
        }
    }
    clear_row(t, t->rows - 1, 0, t->cols);
}

static void line_feed(TerminalObj *t) {
    if (t->cursor_y + 1 < t->rows) {
        t->cursor_y++;
    } else {
        scroll_up(t);
    }
}

static void put_glyph(TerminalObj *t, uint32_t c) {
    int tile = fontio_glyph_index(t->font, c);
    if (tile < 0) {
        return;
    }
    set_tile(t->scroll_area, t->cols, t->cursor_x, t->cursor_y, tile);
    if (++t->cursor_x >= t->cols) {
        t->cursor_x = 0;
        line_feed(t);
    }
}

static void put_title_glyph(TerminalObj *t, uint32_t c) {
    int tile = fontio_glyph_index(t->font, c);
    if (t->osc_command != 0 || t->status_bar == VAL_NULL || t->status_y >= t->status_rows || tile < 0) {
        return;
    }
    set_tile(t->status_bar, t->status_cols, t->status_x, t->status_y, tile);
    if (++t->status_x >= t->status_cols) {
        t->status_x = 0;
        t->status_y++;
    }
}

// --- escape sequences ----------------------------------------------------------------

static void csi_final(TerminalObj *t, uint32_t c) {
    uint16_t n = t->params[0];
    switch (c) {
        case 'K':
            if (n == 0) {
                clear_row(t, t->cursor_y, t->cursor_x, t->cols);
            } else if (n == 1) {
                clear_row(t, t->cursor_y, 0, t->cursor_x);
            } else if (n == 2) {
                clear_row(t, t->cursor_y, 0, t->cols);
            }
            break;
        case 'D':
            t->cursor_x = n > t->cursor_x ? 0 : (uint16_t)(t->cursor_x - n);
            break;
        case 'J':
            if (n == 2) {
                for (uint16_t y = 0; y < t->rows; y++) {
                    clear_row(t, y, 0, t->cols);
                }
                t->cursor_x = t->cursor_y = 0;
            }
            break;
        case 'H': {
            uint16_t row = n > 0 ? n - 1 : 0;
            uint16_t col = t->nparams > 0 && t->params[1] > 0 ? t->params[1] - 1 : 0;
            t->cursor_y = row < t->rows ? row : t->rows - 1;
            t->cursor_x = col < t->cols ? col : t->cols - 1;
            break;
        }
        default:
            break;
    }
}

static void add_digit(uint16_t *param, uint32_t c) {
    uint32_t v = *param * 10u + (c - '0');
    *param = (uint16_t)(v > PARAM_MAX ? PARAM_MAX : v);
}

static void handle(TerminalObj *t, uint32_t c);

static void handle_escape(TerminalObj *t, uint32_t c) {
    switch (t->state) {
        case ST_ESC:
            t->params[0] = t->params[1] = 0;
            t->nparams = 0;
            if (c == '[') {
                t->state = ST_CSI;
            } else if (c == ']') {
                t->state = ST_OSC_NUM;
            } else {
                // Not a sequence this terminal knows: the ESC alone is dropped.
                t->state = ST_TEXT;
                handle(t, c);
            }
            break;
        case ST_CSI:
            if (c >= '0' && c <= '9') {
                add_digit(&t->params[t->nparams], c);
            } else if (c == ';') {
                t->nparams = 1;   // numbers after the second add nothing
            } else if (c >= 0x40 && c <= 0x7E) {
                t->state = ST_TEXT;
                csi_final(t, c);
            } else if (c < 0x20 || c > 0x7E) {
                t->state = ST_TEXT;   // broken off
                handle(t, c);
            }
            break;   // private and intermediate bytes (?, space, ...) are skipped
        case ST_OSC_NUM:
            if (c >= '0' && c <= '9') {
                add_digit(&t->params[0], c);
            } else if (c == ';') {
                t->osc_command = t->params[0];
                t->state = ST_OSC_TEXT;
                if (t->osc_command == 0 && t->status_bar != VAL_NULL) {
                    clear_status_bar(t);
                }
            } else {
                t->state = ST_TEXT;
                handle(t, c);
            }
            break;
        case ST_OSC_TEXT:
            if (c == 0x1B) {
                t->state = ST_OSC_ESC;
            } else {
                put_title_glyph(t, c);
            }
            break;
        case ST_OSC_ESC:
            if (c == '\\') {
                t->state = ST_TEXT;
                t->status_x = t->status_y = 0;
            } else {
                t->state = ST_OSC_TEXT;
                handle(t, c);
            }
            break;
        default:
            break;
    }
}

static void handle(TerminalObj *t, uint32_t c) {
    if (t->state != ST_TEXT) {
        handle_escape(t, c);
    } else if (c == 0x1B) {
        t->state = ST_ESC;
    } else if (c == '\r') {
        t->cursor_x = 0;
    } else if (c == '\n') {
        line_feed(t);
    } else if (c == '\b') {
        if (t->cursor_x > 0) {
            t->cursor_x--;
        }
    } else if (c >= 0x20 && c != 0x7F) {
        put_glyph(t, c);
    }
}

// Decodes UTF-8 (a character may span writes); malformed bytes are dropped.
static void terminal_write(TerminalObj *t, const uint8_t *data, size_t len) {
    for (size_t i = 0; i < len; i++) {
        uint8_t b = data[i];
        if (b >= 0x80 && b < 0xC0) {
            if (t->utf8_need > 0) {
                t->utf8_code = (t->utf8_code << 6) | (b & 0x3Fu);
                if (--t->utf8_need == 0) {
                    handle(t, t->utf8_code);
                }
            }
            continue;
        }
        t->utf8_need = 0;
        if (b < 0x80) {
            handle(t, b);
        } else if (b < 0xE0) {
            t->utf8_code = b & 0x1Fu;
            t->utf8_need = 1;
        } else if (b < 0xF0) {
            t->utf8_code = b & 0x0Fu;
            t->utf8_need = 2;
        } else if (b < 0xF8) {
            t->utf8_code = b & 0x07u;
            t->utf8_need = 3;
        }
    }
}

// --- Terminal ------------------------------------------------------------------------

static uint16_t grid_dimension(Value grid, Value name) {
    intptr_t n = int_as_intptr(obj_getattr(grid, name));
    return (uint16_t)(n < 0 ? 0 : n > UINT16_MAX ? UINT16_MAX : n);
}

static Value tilegrid_arg(Value v, const char *argname) {
    Value native = obj_native(v);
    if (!is_type(native, &displayio_tilegrid_type)) {
        vm_raise(&exc_TypeError_type, "%s must be of type TileGrid, not %T", argname, v);
    }
    return native;
}

static Value terminal_new(Value scroll_area, Value font, Value status_bar) {
    Value area = tilegrid_arg(scroll_area, "scroll_area");
    Value bar = status_bar == VAL_NONE ? VAL_NULL : tilegrid_arg(status_bar, "status_bar");
    if (!is_type(font, &fontio_builtinfont_type)) {
        vm_raise(&exc_TypeError_type, "unsupported font type");
    }
    TerminalObj *t = (TerminalObj *)gc_alloc_obj(sizeof(TerminalObj), &terminalio_terminal_type);
    t->scroll_area = area;
    t->status_bar = bar;
    t->font = (const BuiltinFontObj *)VAL_OBJ(font);
    t->cols = grid_dimension(area, NAME(width));
    t->rows = grid_dimension(area, NAME(height));
    for (uint16_t y = 0; y < t->rows; y++) {
        clear_row(t, y, 0, t->cols);
    }
    if (bar != VAL_NULL) {
        t->status_cols = grid_dimension(bar, NAME(width));
        t->status_rows = grid_dimension(bar, NAME(height));
        clear_status_bar(t);
    }
    t->cursor_y = t->rows - 1;
    return OBJ_VAL(t);
}

static Value terminal_make_new(const Type *type, size_t nargs, const Value *args, Value kwnames) {
    (void)type;
    static const ArgSpec spec[] = {
        {NAME(scroll_area), true, false, VAL_NULL},
        {NAME(font), true, false, VAL_NULL},
        {NAME(status_bar), false, true, VAL_NONE},
    };
    Value a[3];
    args_parse("Terminal", nargs, args, kwnames, 3, spec, a);
    Value area = tilegrid_arg(a[0], "scroll_area");
    if ((uint32_t)grid_dimension(area, NAME(width)) * grid_dimension(area, NAME(height)) < 2) {
        vm_raise(&exc_ValueError_type, "scroll_area_area must be >= 2");
    }
    return terminal_new(a[0], a[1], a[2]);
}

static TerminalObj *terminal_self(Value v) {
    if (!is_type(v, &terminalio_terminal_type)) {
        vm_raise(&exc_TypeError_type, "expected Terminal, not %T", v);
    }
    return (TerminalObj *)VAL_OBJ(v);
}

// write(buf): str or a bytes-like object; returns the number of bytes.
static Value terminal_write_m(size_t nargs, const Value *args) {
    (void)nargs;
    TerminalObj *t = terminal_self(args[0]);
    const uint8_t *data;
    size_t len;
    if (val_is_str(args[1])) {
        data = (const uint8_t *)str_cstr(args[1]);
        len = str_len_bytes(args[1]);
    } else if (!obj_get_buffer(args[1], &data, &len)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    terminal_write(t, data, len);
    return int_from_u64(len);
}

static Value terminal_getattr(Value self, Value name) {
    TerminalObj *t = terminal_self(self);
    if (name == NAME(cursor_x)) {
        return val_from_small_int(t->cursor_x);
    }
    if (name == NAME(cursor_y)) {
        return val_from_small_int(t->cursor_y);
    }
    return VAL_NULL;
}

static BUILTIN_FN(terminal_write_obj, write, 2, 2, terminal_write_m);

static const AttrEntry terminal_attrs[] = {
    {NAME(write), OBJ_VAL(&terminal_write_obj)},
};

const Type terminalio_terminal_type = {
    .base = {&type_type},
    .name = NAME(Terminal),
    .base_type = &object_type,
    .make_new = terminal_make_new,
    .getattr = terminal_getattr,
    .attrs = terminal_attrs,
    .nattrs = sizeof(terminal_attrs) / sizeof(terminal_attrs[0]),
};

// --- the console on a display ---------------------------------------------------------

// mods_roots[MODS_TERMINAL_CONSOLE]: VAL_NULL, or (group, Terminal, width, height).
enum { CONSOLE_GROUP, CONSOLE_TERMINAL, CONSOLE_WIDTH, CONSOLE_HEIGHT, CONSOLE_FIELDS };

#define CONSOLE_MAX_COLUMNS 80   // wider displays get the font at scale 2

// The console's text across a soft reload, which clears the heap while
// the board's display goes on showing it (terminalio_console_keep): the
// scroll area's cells, then the status bar's. The built-in font has fewer
// than 256 glyphs, so a cell is a byte; a console of more cells than this
// starts empty after a reload.
#define KEPT_CELLS 1024
static struct {
    uint16_t width, height;   // of the display; 0: nothing kept
    uint16_t cursor_x, cursor_y, status_x, status_y;
    uint8_t cells[KEPT_CELLS];
} kept;

// Copies the cols x rows tiles of `grid` into kept.cells from `at` on, or
// back. May raise (a tile write marks the grid dirty).
static void keep_grid(Value grid, size_t at, uint16_t cols, uint16_t rows, bool save) {
    for (size_t i = 0; i < (size_t)cols * rows; i++) {
        Value index = val_from_small_int((intptr_t)i);
        if (save) {
            intptr_t tile = val_small_int(obj_getitem(grid, index));
            kept.cells[at + i] = tile >= 0 && tile < 256 ? (uint8_t)tile : 0;
        } else {
            obj_setitem(grid, index, val_from_small_int(kept.cells[at + i]));
        }
    }
}

static Value console_tilegrid(Value palette, int cols, int rows, int x, int y) {
    Value args[] = {
        OBJ_VAL(fontio_builtin_font.bitmap), palette, val_from_small_int(cols), val_from_small_int(rows),
        val_from_small_int(fontio_builtin_font.width), val_from_small_int(fontio_builtin_font.height),
        val_from_small_int(x), val_from_small_int(y),
    };
    Value names[] = {NAME(pixel_shader), NAME(width), NAME(height), NAME(tile_width), NAME(tile_height),
                     NAME(x), NAME(y)};
    return obj_call(OBJ_VAL(&displayio_tilegrid_type), 1, args, tuple_new(7, names));
}

Value terminalio_console_group(int width, int height) {
    Value console = mods_roots[MODS_TERMINAL_CONSOLE];
    if (console != VAL_NULL && val_tuple(console)->items[CONSOLE_WIDTH] == val_from_small_int(width) &&
        val_tuple(console)->items[CONSOLE_HEIGHT] == val_from_small_int(height)) {
        return val_tuple(console)->items[CONSOLE_GROUP];
    }
    int cell_w = fontio_builtin_font.width, cell_h = fontio_builtin_font.height;
    int scale = width / cell_w > CONSOLE_MAX_COLUMNS ? 2 : 1;
    int w = width / scale, h = height / scale;
    int cols = w / cell_w > 1 ? w / cell_w : 1;
    int rows = (h / cell_h > 2 ? h / cell_h : 2) - 1;   // the top row is the status bar's
    Value palette = obj_call1(OBJ_VAL(&displayio_palette_type), val_from_small_int(2));
    obj_setitem(palette, val_from_small_int(0), val_from_small_int(0x000000));
    obj_setitem(palette, val_from_small_int(1), val_from_small_int(0xFFFFFF));
    // Right-aligned, the scroll area also bottom-aligned: the newest line
    // is never cut off; the status bar may cover the top one's edge.
    Value status_bar = console_tilegrid(palette, cols, 1, w - cols * cell_w, 0);
    Value scroll_area = console_tilegrid(palette, cols, rows, w - cols * cell_w, h - rows * cell_h);
    Value scale_name = NAME(scale), scale_value = val_from_small_int(scale);
    Value group = obj_call(OBJ_VAL(&displayio_group_type), 0, &scale_value, tuple_new(1, &scale_name));
    obj_call_method1(group, NAME(append), scroll_area);
    obj_call_method1(group, NAME(append), status_bar);
    Value fields[CONSOLE_FIELDS] = {
        group, terminal_new(scroll_area, OBJ_VAL(&fontio_builtin_font), status_bar),
        val_from_small_int(width), val_from_small_int(height),
    };
    mods_roots[MODS_TERMINAL_CONSOLE] = tuple_new(CONSOLE_FIELDS, fields);
    if (kept.width == width && kept.height == height) {
        TerminalObj *t = (TerminalObj *)VAL_OBJ(fields[CONSOLE_TERMINAL]);
        keep_grid(scroll_area, 0, t->cols, t->rows, false);
        keep_grid(status_bar, (size_t)t->cols * t->rows, t->status_cols, t->status_rows, false);
        t->cursor_x = kept.cursor_x;
        t->cursor_y = kept.cursor_y;
        t->status_x = kept.status_x;
        t->status_y = kept.status_y;
    }
    kept.width = kept.height = 0;
    return group;
}

void terminalio_console_keep(void) {
    kept.width = kept.height = 0;
    Value console = mods_roots[MODS_TERMINAL_CONSOLE];
    if (console == VAL_NULL) {
        return;
    }
    TerminalObj *t = (TerminalObj *)VAL_OBJ(val_tuple(console)->items[CONSOLE_TERMINAL]);
    size_t scroll_cells = (size_t)t->cols * t->rows;
    if (t->status_bar == VAL_NULL || scroll_cells + (size_t)t->status_cols * t->status_rows > KEPT_CELLS) {
        return;
    }
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        keep_grid(t->scroll_area, 0, t->cols, t->rows, true);
        keep_grid(t->status_bar, scroll_cells, t->status_cols, t->status_rows, true);
        nlr_pop();
        kept.cursor_x = t->cursor_x;
        kept.cursor_y = t->cursor_y;
        kept.status_x = t->status_x;
        kept.status_y = t->status_y;
        kept.width = (uint16_t)val_small_int(val_tuple(console)->items[CONSOLE_WIDTH]);
        kept.height = (uint16_t)val_small_int(val_tuple(console)->items[CONSOLE_HEIGHT]);
    }
}

void terminalio_console_write(const char *data, size_t len) {
    Value console = mods_roots[MODS_TERMINAL_CONSOLE];
    if (console == VAL_NULL) {
        return;
    }
    TerminalObj *t = (TerminalObj *)VAL_OBJ(val_tuple(console)->items[CONSOLE_TERMINAL]);
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        terminal_write(t, (const uint8_t *)data, len);
        nlr_pop();
    }
    // An error (no memory to mark a tile dirty) loses that much of the
    // picture, never the output on the serial console.
}

void terminalio_console_release(void) { mods_roots[MODS_TERMINAL_CONSOLE] = VAL_NULL; }

static const AttrEntry terminalio_globals[] = {
    {NAME(__name__), NAME(terminalio)},
    {NAME(FONT), OBJ_VAL(&fontio_builtin_font)},
    {NAME(Terminal), OBJ_VAL(&terminalio_terminal_type)},
};

const ModuleDef module_terminalio = {
    .name = NAME(terminalio),
    .globals = terminalio_globals,
    .nglobals = sizeof(terminalio_globals) / sizeof(terminalio_globals[0]),
};

#endif   // COPPER_MODULE_TERMINALIO
