// busdisplay.BusDisplay: a display panel on a display bus, refreshed from
// its root group as CircuitPython's BusDisplay refreshes it. Also the slots
// that hold displays and display buses (display_bus.h), board.DISPLAY, and
// releasing displays (displayio.release_displays() and soft reloads).
//
// A refresh asks the root layer for its dirty areas and sends each one as
// chunks (display_render.c): a column window, a row window and a RAM write
// of just that chunk, each in its own bus transaction. With auto_refresh a
// background task refreshes at native_frames_per_second on the board clock,
// so under virtual time the same program draws the same frames.
//
// Python drivers subclass BusDisplay and call super().__init__() with
// arguments of their own making, so the class users see is a small Python
// class over the native one: its __new__ makes an empty native object and
// __init__ builds it (as adafruit_pixelbuf does).
#include <stddef.h>
#include "obj.h"
#include "background.h"
#include "busio.h"
#include "busio_int.h"
#include "display_bus.h"
#include "display_render.h"
#include "displayio.h"
#include "gc.h"
#include "hal.h"
#include "hal_board.h"
#include "module_table.h"
#include "mods.h"
#include "nlr.h"
#include "pins.h"
#include "terminalio.h"
#include "vm.h"
#include "vm_raise.h"

#define NO_BRIGHTNESS_COMMAND 0x100
#define NO_FPS_LIMIT 0xffffffffu
#define INIT_DELAY_FLAG 0x80
#define BACKLIGHT_PWM_HZ_DEFAULT 50000

typedef struct {
    Obj base;
    bool constructed;       // _init ran (a subclass must call super().__init__())
    bool released;          // displayio.release_displays()
    Value bus;
    DispPanel panel;
    int16_t colstart, rowstart;
    bool single_byte_bounds;     // window coordinates are one byte each
    bool data_as_commands;       // window arguments go as command bytes
    bool sh1107;                 // SH1107 page/column commands instead of windows
    uint8_t column_command, row_command, write_ram_command;
    uint16_t brightness_command;  // NO_BRIGHTNESS_COMMAND: none
    uint8_t backlight_pin;        // HAL_NO_PIN: none
    bool backlight_pwm, backlight_on_high;
    float brightness;             // as last set (0.0 when it cannot be set)
    bool auto_refresh, first_manual_refresh, full_refresh;
    Value root;                   // the root group, VAL_NONE: nothing shown
    Value console;                // the console group this display was given
    uint32_t ms_per_frame;
    uint64_t last_refresh_ms, last_refresh_call_ms;
    BackgroundTask task;          // auto-refresh
} BusDisplayObj;

extern const Type busdisplay_native_type;

static uint64_t now_ms(void) { return hal_monotonic_ns() / 1000000u; }

// True while board.DISPLAY is built before the program starts: that is the
// board's boot, which happens before board time starts for the program, so
// the init sequence's delays are skipped (the panel needs none).
static bool booting;

// Sleeps on the board clock, running background tasks (CircuitPython's
// common_hal_time_delay_ms). May raise KeyboardInterrupt.
static void sleep_until_ms(uint64_t deadline_ms) {
    if (!background_sleep_until(deadline_ms * 1000000u)) {
        vm_raise_noargs(&exc_KeyboardInterrupt_type);
    }
}

// --- slots ---------------------------------------------------------------------------

typedef struct {
    Obj base;
    Value bus, display;     // VAL_NULL: free (display: the object Python sees)
    bool board_reserved;    // the board's display holds both slots, built or not
    bool board_built;       // `display` is board.DISPLAY
} DispSlots;

static const Type slots_type = {
    .base = {&type_type},
    .name = NAME(busdisplay),
    .base_type = &object_type,
};

static DispSlots *slots_init(DispSlots *s) {
    s->bus = s->display = VAL_NULL;
    s->board_reserved = hal_board()->display != NULL;
    s->board_built = false;
    mods_ensure_roots();
    mods_roots[MODS_DISPLAY_SLOTS] = OBJ_VAL(s);
    return s;
}

// The slots live in a GC root that every new VM clears: a soft reload
// starts with the board's display reserved again.
static DispSlots *slots(void) {
    Value v = mods_roots[MODS_DISPLAY_SLOTS];
    if (v != VAL_NULL) {
        return (DispSlots *)VAL_OBJ(v);
    }
    return slots_init((DispSlots *)gc_alloc_obj(sizeof(DispSlots), &slots_type));
}

void disp_bus_slot_check(void) {
    DispSlots *s = slots();
    if (s->bus != VAL_NULL || s->board_reserved) {
        vm_raise(&exc_RuntimeError_type, "Too many display busses; forgot displayio.release_displays() ?");
    }
}

void disp_bus_slot_take(Value bus) { slots()->bus = bus; }

// --- helpers the buses share ---------------------------------------------------------

void disp_pins_output(const uint8_t *pins, const bool *levels, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (pins[i] == HAL_NO_PIN) {
            continue;
        }
        if (pin_in_use(pins[i])) {
            pin_claim(pins[i]);   // raises "<NAME> in use"
        }
        for (size_t j = 0; j < i; j++) {
            if (pins[j] == pins[i]) {
                vm_raise(&exc_ValueError_type, "%s in use", pin_name(pins[i]));
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (pins[i] != HAL_NO_PIN) {
            pin_claim(pins[i]);
            hal_gpio_init(pins[i]);
            hal_gpio_set_output(pins[i], levels[i], false);
        }
    }
}

void disp_pin_release(uint8_t pin) {
    if (pin != HAL_NO_PIN) {
        hal_gpio_deinit(pin);
        pin_release(pin);
    }
}

void disp_delay_us(uint32_t us) {
    if (!booting) {
        hal_sleep_until_ns(hal_monotonic_ns() + (uint64_t)us * 1000u);
    }
}

DispBusObj *disp_bus_arg(Value v) {
    if (!is_type(v, &fourwire_fourwire_type) && !is_type(v, &i2cdisplaybus_i2cdisplaybus_type)) {
        vm_raise(&exc_ValueError_type, "Unsupported display bus type");
    }
    DispBusObj *b = (DispBusObj *)VAL_OBJ(v);
    raise_if_deinited(b->deinited);
    return b;
}

void disp_bus_begin_wait(DispBusObj *b) {
    raise_if_deinited(b->deinited || busio_deinited(b->busio));
    while (!b->ops->begin(OBJ_VAL(b))) {
        sleep_until_ms(now_ms() + 1);
    }
}

// --- talking to the panel ----------------------------------------------------------------

static DispBusObj *bus_of(BusDisplayObj *d) { return (DispBusObj *)VAL_OBJ(d->bus); }

// Whether a transaction could begin now (CircuitPython's bus_free: the
// busio object's lock is not held).
static bool bus_free(DispBusObj *b) {
    const BusHead *h = (const BusHead *)VAL_OBJ(b->busio);
    return !b->deinited && h->bus >= 0 && !h->locked;
}

static void send(BusDisplayObj *d, DispByteKind kind, bool toggle_cs, const uint8_t *data, size_t len) {
    bus_of(d)->ops->send(d->bus, kind, toggle_cs, data, len);
}

// One window command (column or row): the command byte, then the start and
// end coordinates, one or two bytes each (as data, or with the command as
// command bytes); SH1107 addressing replaces them with its own commands.
static void send_window(BusDisplayObj *d, uint8_t command, uint16_t start, uint16_t end, bool is_column) {
    const DispBusOps *ops = bus_of(d)->ops;
    if (!ops->begin(d->bus)) {
        return;
    }
    uint8_t data[5];
    size_t n = 0;
    DispByteKind kind = DISP_DATA;
    data[n++] = command;
    if (d->data_as_commands) {
        kind = DISP_COMMAND;
    } else {
        send(d, DISP_COMMAND, false, data, 1);
        n = 0;
    }
    if (d->single_byte_bounds) {
        data[n++] = (uint8_t)start;
        data[n++] = (uint8_t)end;
    } else {
        data[n++] = (uint8_t)(start >> 8);
        data[n++] = (uint8_t)start;
        data[n++] = (uint8_t)(end >> 8);
        data[n++] = (uint8_t)end;
    }
    if (d->sh1107 && is_column) {
        data[0] = (uint8_t)(0x10 | ((start >> 4) & 0x0f));   // column address, high nibble
        data[1] = (uint8_t)(start & 0x0f);                   // low nibble
        n = 2;
    } else if (d->sh1107) {
        data[0] = (uint8_t)(0xb0 | start);                   // page address
        n = 1;
    }
    send(d, kind, d->data_as_commands, data, n);
    ops->end(d->bus);
}

// Points the panel's RAM window at a chunk (panel coordinates), as
// CircuitPython's displayio_display_bus_set_region_to_update does: offset
// by colstart/rowstart, counted in bytes along the packed direction of
// sub-byte pixels, end inclusive.
static void set_region(BusDisplayObj *d, const DispArea *a) {
    uint16_t x1 = (uint16_t)(a->x1 + d->colstart), x2 = (uint16_t)(a->x2 + d->colstart);
    uint16_t y1 = (uint16_t)(a->y1 + d->rowstart), y2 = (uint16_t)(a->y2 + d->rowstart);
    const DispColorspace *cs = &d->panel.cs;
    if (cs->depth < 8) {
        uint16_t ppb = (uint16_t)(8 / cs->depth);
        if (cs->pixels_in_byte_share_row) {
            x1 /= ppb;
            x2 /= ppb;
        } else {
            y1 /= ppb;
            y2 /= ppb;
        }
    }
    send_window(d, d->column_command, x1, (uint16_t)(x2 - 1), true);
    send_window(d, d->row_command, y1, (uint16_t)(y2 - 1), false);
}

static void send_chunk(void *ctx, const DispArea *panel_area, const uint8_t *bytes, size_t len) {
    BusDisplayObj *d = ctx;
    const DispBusOps *ops = bus_of(d)->ops;
    set_region(d, panel_area);
    if (!ops->begin(d->bus)) {
        return;
    }
    if (!d->data_as_commands) {
        send(d, DISP_COMMAND, true, &d->write_ram_command, 1);
    }
    send(d, DISP_DATA, false, bytes, len);
    ops->end(d->bus);
}

// Sends what changed since the last refresh (everything after a new root
// group or rotation). Never raises; skipped while Python code holds the
// bus (the next frame catches up).
static void refresh_display(BusDisplayObj *d) {
    if (!bus_free(bus_of(d))) {
        return;
    }
    d->last_refresh_ms = now_ms();
    DispTransform t = {0, 0, 1};
    DispDirty dirty = {0};
    if (d->full_refresh) {
        DispArea all = {0, 0, (int16_t)d->panel.width, (int16_t)d->panel.height};
        disp_dirty_add(&dirty, &all);
    } else if (d->root != VAL_NONE) {
        disp_layer_add_dirty(d->root, &t, false, &dirty);
    }
    for (size_t i = 0; i < dirty.count; i++) {
        disp_render_area(&d->panel, d->root, &dirty.areas[i], send_chunk, d);
    }
    if (d->root != VAL_NONE) {
        disp_layer_finish_refresh(d->root, &t);
    }
    d->full_refresh = false;
    d->last_refresh_ms = now_ms();
}

// --- state changes -----------------------------------------------------------------------

static bool set_brightness(BusDisplayObj *d, float brightness) {
    if (!d->backlight_on_high) {
        brightness = 1.0f - brightness;
    }
    brightness = brightness < 0 ? 0 : brightness > 1 ? 1 : brightness;
    bool ok = false;
    if (d->backlight_pin != HAL_NO_PIN && d->backlight_pwm) {
        hal_pwm_set_duty(d->backlight_pin, (uint16_t)(0xffff * brightness));
        ok = true;
    } else if (d->backlight_pin != HAL_NO_PIN) {
        hal_gpio_write(d->backlight_pin, brightness > 0.99f);
        ok = true;
    } else if (d->brightness_command != NO_BRIGHTNESS_COMMAND && bus_of(d)->ops->begin(d->bus)) {
        uint8_t msg[2] = {(uint8_t)d->brightness_command, (uint8_t)(0xff * brightness)};
        if (d->data_as_commands) {
            send(d, DISP_COMMAND, true, msg, 2);
        } else {
            send(d, DISP_COMMAND, true, msg, 1);
            send(d, DISP_DATA, false, msg + 1, 1);
        }
        bus_of(d)->ops->end(d->bus);
        ok = true;
    }
    if (ok) {
        d->brightness = brightness;
    }
    return ok;
}

static void refresh_task(BackgroundTask *task);

static void set_auto_refresh(BusDisplayObj *d, bool on) {
    d->first_manual_refresh = !on;
    d->auto_refresh = on;
    if (on) {
        if (!d->task.queued) {
            background_schedule(&d->task, hal_monotonic_ns());
        }
    } else {
        background_cancel(&d->task);
    }
}

// CircuitPython refreshes when more than a frame time has passed since the
// last refresh, checked every millisecond tick: the task wakes at that tick.
static void refresh_task(BackgroundTask *task) {
    BusDisplayObj *d = (BusDisplayObj *)((char *)task - offsetof(BusDisplayObj, task));
    if (!d->auto_refresh) {
        return;
    }
    if (now_ms() - d->last_refresh_ms > d->ms_per_frame) {
        refresh_display(d);
    }
    uint64_t next = d->last_refresh_ms + d->ms_per_frame + 1;
    if (next <= now_ms()) {
        next = now_ms() + 1;
    }
    background_schedule(task, next * 1000000u);
}

static DispLayer *group_layer(Value group) {
    if (!obj_isinstance(group, &displayio_group_type)) {
        vm_raise(&exc_ValueError_type, "Must be a Group subclass.");
    }
    return disp_layer(group);
}

// Shows `group` (VAL_NONE: nothing): ValueError "Group already used" when it
// is in a group or on a display already.
static void set_root(BusDisplayObj *d, Value group) {
    if (group == d->root) {
        return;
    }
    DispLayer *layer = group == VAL_NONE ? NULL : group_layer(group);
    if (layer != NULL && layer->in_group) {
        vm_raise(&exc_ValueError_type, "Group already used");
    }
    if (d->root != VAL_NONE) {
        disp_layer_release(disp_layer(d->root));
    }
    if (layer != NULL) {
        disp_layer_claim(layer);
    }
    d->root = group;
    d->full_refresh = true;
}

// The console group (displayio.CIRCUITPYTHON_TERMINAL) for the display's
// current size; shown at construction when no other display shows it.
// Without terminalio the display starts blank.
static void show_console(BusDisplayObj *d) {
#if COPPER_MODULE_TERMINALIO
    bool was_shown = d->root != VAL_NONE && d->root == d->console;
    d->console = terminalio_console_group(d->panel.width, d->panel.height);
    DispLayer *layer = disp_layer(d->console);
    if (was_shown || (layer != NULL && !layer->in_group)) {
        set_root(d, d->console);
    }
#else
    (void)d;
#endif
}

static void release_display(BusDisplayObj *d) {
    if (d->released || !d->constructed) {
        return;
    }
    set_auto_refresh(d, false);
    if (d->root != VAL_NONE) {
        disp_layer_release(disp_layer(d->root));
        d->root = VAL_NONE;
    }
    if (d->backlight_pin != HAL_NO_PIN) {
        if (d->backlight_pwm) {
            hal_pwm_deinit(d->backlight_pin);
        }
        disp_pin_release(d->backlight_pin);
    }
    d->released = true;
}

void disp_release_displays(void) {
    Value v = mods_roots[MODS_DISPLAY_SLOTS];
    DispSlots *s = v != VAL_NULL ? (DispSlots *)VAL_OBJ(v) : gc_alloc_noraise(sizeof(DispSlots), false);
    if (s == NULL) {
        return;
    }
    if (v == VAL_NULL) {
        s->base.type = &slots_type;
        slots_init(s);
    }
    // Displays before buses, so a display could still send its last words.
    if (s->display != VAL_NULL) {
        release_display((BusDisplayObj *)VAL_OBJ(obj_native(s->display)));
        s->display = VAL_NULL;
    }
    if (s->bus != VAL_NULL) {
        DispBusObj *b = (DispBusObj *)VAL_OBJ(s->bus);
        b->ops->deinit(s->bus);
        s->bus = VAL_NULL;
    }
    s->board_reserved = s->board_built = false;
#if COPPER_MODULE_TERMINALIO
    terminalio_console_release();
#endif
}

bool disp_reset_displays(void) {
    Value v = mods_roots[MODS_DISPLAY_SLOTS];
    if (v != VAL_NULL && ((DispSlots *)VAL_OBJ(v))->board_built) {
        BusDisplayObj *d = (BusDisplayObj *)VAL_OBJ(obj_native(((DispSlots *)VAL_OBJ(v))->display));
        NlrBuf nb;
        if (d->constructed && !d->released && nlr_push(&nb) == 0) {
            // Background tasks were dropped with the program: the port
            // refreshes while it waits (disp_refresh_pending).
            d->auto_refresh = true;
            d->first_manual_refresh = false;
            if (d->root != VAL_NONE && d->root != d->console) {
                set_root(d, VAL_NONE);
            }
            show_console(d);
            nlr_pop();
            return true;
        }   // no memory for the console: the display goes as the others do
    }
    disp_release_displays();
    return false;
}

// --- construction --------------------------------------------------------------------

// Sends the init sequence: per command, the command byte, a byte whose bit
// 7 says a delay byte follows the data and whose low bits count the data,
// the data, then the delay in ms (255: 500 ms); without one, 10 ms.
// A truncated sequence sends what it has.
static void run_init_sequence(BusDisplayObj *d, const uint8_t *seq, size_t len) {
    DispBusObj *b = bus_of(d);
    size_t i = 0;
    while (i < len) {
        uint8_t command = seq[i];
        uint8_t flags = i + 1 < len ? seq[i + 1] : 0;
        size_t n = flags & ~INIT_DELAY_FLAG;
        size_t data_at = i + 2 < len ? i + 2 : len;
        if (n > len - data_at) {
            n = len - data_at;
        }
        disp_bus_begin_wait(b);
        if (d->data_as_commands) {
            uint8_t full[1 + 0x7f];
            full[0] = command;
            for (size_t k = 0; k < n; k++) {
                full[1 + k] = seq[data_at + k];
            }
            send(d, DISP_COMMAND, true, full, n + 1);
        } else {
            send(d, DISP_COMMAND, true, &command, 1);
            send(d, DISP_DATA, false, seq + data_at, n);
        }
        b->ops->end(d->bus);
        uint32_t delay_ms = 10;
        i = data_at + n;
        if ((flags & INIT_DELAY_FLAG) && i < len) {
            delay_ms = seq[i] == 255 ? 500 : seq[i];
            i++;
        }
        if (!booting) {
            sleep_until_ms(now_ms() + delay_ms);
        }
    }
}

// The backlight: PWM where the pin has it, else a plain output.
static void setup_backlight(BusDisplayObj *d, uint8_t pin, uint32_t pwm_hz) {
    if (pin == HAL_NO_PIN) {
        return;
    }
    pin_claim(pin);
    d->backlight_pin = pin;
    if ((hal_board()->pins[pin].caps & HAL_CAP_PWM) && hal_pwm_init(pin, pwm_hz, 0, false) >= 0) {
        d->backlight_pwm = true;
        return;
    }
    hal_gpio_init(pin);
    hal_gpio_set_output(pin, false, false);
}

static float float_arg(Value v) {
    double f;
    if (!obj_to_double(v, &f)) {
        vm_raise(&exc_TypeError_type, "can't convert %s to float", type_name_cstr(type_of(v)));
    }
    return (float)f;
}

enum {
    A_DISPLAY_BUS, A_INIT_SEQUENCE, A_WIDTH, A_HEIGHT, A_COLSTART, A_ROWSTART, A_ROTATION, A_COLOR_DEPTH,
    A_GRAYSCALE, A_SHARE_ROW, A_BYTES_PER_CELL, A_REVERSE_PIXELS, A_REVERSE_BYTES, A_SET_COLUMN, A_SET_ROW,
    A_WRITE_RAM, A_SET_VERTICAL_SCROLL, A_BACKLIGHT_PIN, A_BRIGHTNESS_COMMAND, A_BRIGHTNESS, A_SINGLE_BYTE,
    A_DATA_AS_COMMANDS, A_AUTO_REFRESH, A_NATIVE_FPS, A_BACKLIGHT_ON_HIGH, A_SH1107, A_BACKLIGHT_PWM_HZ, A_COUNT
};

static const ArgSpec busdisplay_spec[A_COUNT] = {
    {NAME(display_bus), true, false, VAL_NULL},
    {NAME(init_sequence), true, false, VAL_NULL},
    {NAME(width), true, true, VAL_NULL},
    {NAME(height), true, true, VAL_NULL},
    {NAME(colstart), false, true, MODS_SMALL_INT(0)},
    {NAME(rowstart), false, true, MODS_SMALL_INT(0)},
    {NAME(rotation), false, true, MODS_SMALL_INT(0)},
    {NAME(color_depth), false, true, MODS_SMALL_INT(16)},
    {NAME(grayscale), false, true, VAL_FALSE},
    {NAME(pixels_in_byte_share_row), false, true, VAL_TRUE},
    {NAME(bytes_per_cell), false, true, MODS_SMALL_INT(1)},
    {NAME(reverse_pixels_in_byte), false, true, VAL_FALSE},
    {NAME(reverse_bytes_in_word), false, true, VAL_TRUE},
    {NAME(set_column_command), false, true, MODS_SMALL_INT(0x2a)},
    {NAME(set_row_command), false, true, MODS_SMALL_INT(0x2b)},
    {NAME(write_ram_command), false, true, MODS_SMALL_INT(0x2c)},
    {NAME(set_vertical_scroll), false, true, MODS_SMALL_INT(0)},
    {NAME(backlight_pin), false, true, VAL_NONE},
    {NAME(brightness_command), false, true, VAL_NONE},
    {NAME(brightness), false, true, MODS_SMALL_INT(1)},
    {NAME(single_byte_bounds), false, true, VAL_FALSE},
    {NAME(data_as_commands), false, true, VAL_FALSE},
    {NAME(auto_refresh), false, true, VAL_TRUE},
    {NAME(native_frames_per_second), false, true, MODS_SMALL_INT(60)},
    {NAME(backlight_on_high), false, true, VAL_TRUE},
    {NAME(SH1107_addressing), false, true, VAL_FALSE},
    {NAME(backlight_pwm_frequency), false, true, MODS_SMALL_INT(BACKLIGHT_PWM_HZ_DEFAULT)},
};

static uint16_t rotation_arg(Value v) {
    int64_t r = arg_int_range(v, INT16_MIN, INT16_MAX, "rotation");
    if (r % 90 != 0) {
        vm_raise(&exc_ValueError_type, "Display rotation must be in 90 degree increments");
    }
    return (uint16_t)((r % 360 + 360) % 360);
}

static uint8_t byte_arg(Value v, const char *name) { return (uint8_t)arg_int_range(v, 0, 255, name); }

// Reads the colour and command arguments into the display (no side effects).
static void read_format(BusDisplayObj *d, const Value *a) {
    d->panel.width = (uint16_t)arg_int_range(a[A_WIDTH], 1, INT16_MAX, "width");
    d->panel.height = (uint16_t)arg_int_range(a[A_HEIGHT], 1, INT16_MAX, "height");
    d->colstart = (int16_t)arg_int_range(a[A_COLSTART], INT16_MIN, INT16_MAX, "colstart");
    d->rowstart = (int16_t)arg_int_range(a[A_ROWSTART], INT16_MIN, INT16_MAX, "rowstart");
    int64_t depth = arg_int_range(a[A_COLOR_DEPTH], 1, 32, "color_depth");
    if (depth != 1 && depth != 2 && depth != 4 && depth != 8 && depth != 16 && depth != 24 && depth != 32) {
        vm_raise(&exc_ValueError_type, "Invalid color_depth");
    }
    DispColorspace *cs = &d->panel.cs;
    cs->depth = (uint8_t)depth;
    cs->grayscale = obj_truthy(a[A_GRAYSCALE]);
    cs->pixels_in_byte_share_row = obj_truthy(a[A_SHARE_ROW]);
    // CircuitPython reads bytes_per_cell as a bool: it always packs one byte per cell.
    (void)arg_int_range(a[A_BYTES_PER_CELL], INT32_MIN, INT32_MAX, "bytes_per_cell");
    cs->reverse_pixels_in_byte = obj_truthy(a[A_REVERSE_PIXELS]);
    cs->reverse_bytes_in_word = obj_truthy(a[A_REVERSE_BYTES]);
    d->column_command = byte_arg(a[A_SET_COLUMN], "set_column_command");
    d->row_command = byte_arg(a[A_SET_ROW], "set_row_command");
    d->write_ram_command = byte_arg(a[A_WRITE_RAM], "write_ram_command");
    d->brightness_command =
        a[A_BRIGHTNESS_COMMAND] == VAL_NONE ? NO_BRIGHTNESS_COMMAND : byte_arg(a[A_BRIGHTNESS_COMMAND], "brightness_command");
    d->single_byte_bounds = obj_truthy(a[A_SINGLE_BYTE]);
    d->data_as_commands = obj_truthy(a[A_DATA_AS_COMMANDS]);
    d->backlight_on_high = obj_truthy(a[A_BACKLIGHT_ON_HIGH]);
    d->sh1107 = obj_truthy(a[A_SH1107]);
    d->panel.page_chunks = d->sh1107;
    int64_t fps = arg_int_range(a[A_NATIVE_FPS], 1, 1000, "native_frames_per_second");
    d->ms_per_frame = (uint32_t)(1000 / fps);
}

// BusDisplay.__init__, called by the Python class as self._init(self, ...):
// args[0] is the native part, args[1] the object Python code sees (what
// board.DISPLAY returns). CircuitPython's checks in its order, then the
// init sequence, the backlight, the console group and auto-refresh.
static Value busdisplay_init_m(size_t nargs, const Value *args, Value kwnames) {
    BusDisplayObj *d = (BusDisplayObj *)VAL_OBJ(obj_native(args[0]));
    Value self = args[1];
    Value a[A_COUNT];
    args_parse("BusDisplay", nargs - 2, args + 2, kwnames, A_COUNT, busdisplay_spec, a);
    const uint8_t *seq;
    size_t seq_len;
    if (!obj_get_buffer(a[A_INIT_SEQUENCE], &seq, &seq_len)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    uint8_t backlight = pin_arg_or_none(a[A_BACKLIGHT_PIN], "backlight_pin");
    if (backlight != HAL_NO_PIN && pin_in_use(backlight)) {
        pin_claim(backlight);   // raises "<NAME> in use"
    }
    float brightness = float_arg(a[A_BRIGHTNESS]);
    d->panel.rotation = rotation_arg(a[A_ROTATION]);
    read_format(d, a);
    if (d->sh1107 && d->panel.cs.depth != 1) {
        vm_raise(&exc_ValueError_type, "color_depth must be 1 when SH1107_addressing is True");
    }
    uint32_t pwm_hz = (uint32_t)arg_int_range(a[A_BACKLIGHT_PWM_HZ], 1, UINT32_MAX, "backlight_pwm_frequency");
    DispSlots *s = slots();
    if (s->display != VAL_NULL) {
        vm_raise(&exc_RuntimeError_type, "Too many displays");
    }
    disp_bus_arg(a[A_DISPLAY_BUS]);
    d->bus = a[A_DISPLAY_BUS];
    d->root = d->console = VAL_NONE;
    d->backlight_pin = HAL_NO_PIN;
    run_init_sequence(d, seq, seq_len);
    if (backlight != HAL_NO_PIN && !pin_in_use(backlight)) {
        setup_backlight(d, backlight, pwm_hz);
    }
    d->constructed = true;
    s->display = self;
    set_brightness(d, brightness);
    show_console(d);
    set_auto_refresh(d, obj_truthy(a[A_AUTO_REFRESH]));
    return VAL_NONE;
}

static Value busdisplay_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)nargs;
    (void)args;
    (void)kwnames;
    BusDisplayObj *d = (BusDisplayObj *)gc_alloc_obj(sizeof(BusDisplayObj), t);
    d->bus = d->root = d->console = VAL_NONE;
    d->task.run = refresh_task;
    return OBJ_VAL(d);
}

// --- board.DISPLAY -----------------------------------------------------------------------

static Value make_board_display(const HalDisplay *hd, volatile Value *spi, volatile Value *bus) {
    *spi = busio_spi_new(hd->sck, hd->mosi, HAL_NO_PIN);
    *bus = fourwire_make(*spi, hd->dc, hd->cs, hd->reset, hd->baudrate, 0, 0, true);
    Value cls = obj_getattr(import_name(NAME(busdisplay), VAL_NONE, 0, VAL_NULL), NAME(BusDisplay));
    Value kwnames_items[] = {NAME(width),    NAME(height),      NAME(colstart),     NAME(rowstart),
                             NAME(rotation), NAME(color_depth), NAME(backlight_pin)};
    Value argv[] = {
        *bus,
        bytes_new(hd->init_sequence, hd->init_len),
        val_from_small_int(hd->width),
        val_from_small_int(hd->height),
        val_from_small_int(hd->colstart),
        val_from_small_int(hd->rowstart),
        val_from_small_int(hd->rotation),
        val_from_small_int(hd->color_depth),
        hd->backlight == HAL_NO_PIN ? VAL_NONE : pin_obj(hd->backlight),
    };
    size_t nkw = sizeof(kwnames_items) / sizeof(kwnames_items[0]);
    return obj_call(cls, 2, argv, tuple_new(nkw, kwnames_items));
}

Value disp_board_display(void) {
    DispSlots *s = slots();
    if (s->display != VAL_NULL || !s->board_reserved) {
        return s->display != VAL_NULL ? s->display : VAL_NONE;
    }
    s->board_reserved = false;
    volatile Value spi = VAL_NULL, bus = VAL_NULL;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value display = make_board_display(hal_board()->display, &spi, &bus);
        s->board_built = true;
        nlr_pop();
        return display;
    }
    // Give back what was taken; the board's display keeps its slots.
    if (bus != VAL_NULL) {
        ((DispBusObj *)VAL_OBJ(bus))->ops->deinit(bus);
    } else if (spi != VAL_NULL) {
        obj_call_method0(spi, NAME(deinit));
    }
    s->bus = VAL_NULL;
    s->board_reserved = true;
    nlr_jump(nb.exc);
}

void disp_refresh_pending(void) {
    Value v = mods_roots[MODS_DISPLAY_SLOTS];
    if (v == VAL_NULL) {
        return;
    }
    Value display = ((DispSlots *)VAL_OBJ(v))->display;
    if (display == VAL_NULL) {
        return;
    }
    BusDisplayObj *d = (BusDisplayObj *)VAL_OBJ(obj_native(display));
    NlrBuf nb;
    if (d->constructed && !d->released && d->auto_refresh && nlr_push(&nb) == 0) {
        refresh_display(d);
        nlr_pop();
    }   // an error here (the program left its bus locked) has nowhere to go
}

void disp_start_board_display(void) {
    NlrBuf nb;
    booting = true;
    if (hal_board()->display != NULL && nlr_push(&nb) == 0) {
        disp_board_display();
        nlr_pop();
    }
    booting = false;
}

Value disp_console_group(void) {
    Value display = disp_board_display();
    if (display == VAL_NONE) {
        return VAL_NONE;
    }
    return ((BusDisplayObj *)VAL_OBJ(obj_native(display)))->console;
}

// --- properties and methods ----------------------------------------------------------------

static BusDisplayObj *display_self(Value self) {
    Value native = obj_native(self);
    if (!is_type(native, &busdisplay_native_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'BusDisplay' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    BusDisplayObj *d = (BusDisplayObj *)VAL_OBJ(native);
    if (!d->constructed) {
        vm_raise(&exc_AttributeError_type, "Call super().__init__() before accessing native object.");
    }
    raise_if_deinited(d->released);
    return d;
}

static Value busdisplay_show_m(size_t nargs, const Value *args) {
    (void)nargs;
    display_self(args[0]);
    vm_raise(&exc_AttributeError_type, ".show(x) removed. Use .root_group = x");
}

// refresh(*, target_frames_per_second=None, minimum_frames_per_second=0):
// with auto_refresh off and a target rate, waits for the next frame time
// and returns True, or returns False at once when the call comes later than
// a frame time after the previous one.
static Value busdisplay_refresh_m(size_t nargs, const Value *args, Value kwnames) {
    BusDisplayObj *d = display_self(args[0]);
    static const ArgSpec spec[] = {
        {NAME(target_frames_per_second), false, true, VAL_NONE},
        {NAME(minimum_frames_per_second), false, true, MODS_SMALL_INT(0)},
    };
    Value a[2];
    args_parse("refresh", nargs - 1, args + 1, kwnames, 2, spec, a);
    uint32_t target_ms = NO_FPS_LIMIT, max_real_ms = NO_FPS_LIMIT;
    if (a[0] != VAL_NONE) {
        int64_t fps = arg_int_range(a[0], INT32_MIN, INT32_MAX, "target_frames_per_second");
        if (fps < 1) {
            vm_raise(&exc_ValueError_type, "target_frames_per_second must be >= 1");
        }
        target_ms = (uint32_t)(1000 / fps);
    }
    int64_t min_fps = arg_int_range(a[1], INT32_MIN, INT32_MAX, "minimum_frames_per_second");
    if (min_fps > 0) {
        max_real_ms = (uint32_t)(1000 / min_fps);
    }
    if (!d->auto_refresh && !d->first_manual_refresh && target_ms != NO_FPS_LIMIT) {
        uint64_t now = now_ms();
        if (now - d->last_refresh_ms > max_real_ms) {
            vm_raise(&exc_RuntimeError_type, "Below minimum frame rate");
        }
        uint64_t since_call = now - d->last_refresh_call_ms;
        d->last_refresh_call_ms = now;
        if (since_call > target_ms) {
            return VAL_FALSE;
        }
        uint64_t remaining = target_ms - (now - d->last_refresh_ms) % target_ms;
        sleep_until_ms(d->last_refresh_call_ms + remaining);
    }
    d->first_manual_refresh = false;
    refresh_display(d);
    return VAL_TRUE;
}

// fill_row(y, buffer): row y as the panel would receive it (unrotated).
static Value busdisplay_fill_row_m(size_t nargs, const Value *args, Value kwnames) {
    BusDisplayObj *d = display_self(args[0]);
    static const ArgSpec spec[] = {
        {NAME(y), true, false, VAL_NULL},
        {NAME(buffer), true, false, VAL_NULL},
    };
    Value a[2];
    args_parse("fill_row", nargs - 1, args + 1, kwnames, 2, spec, a);
    int y = (int)arg_int_range(a[0], INT16_MIN, INT16_MAX, "y");
    BusBuf b;
    bus_buf_write(a[1], VAL_NULL, VAL_NULL, &b);
    uint8_t depth = d->panel.cs.depth;
    if (depth != 16 && depth != 8) {
        vm_raise(&exc_ValueError_type, "Display must have an 8 or 16 bit colorspace.");
    }
    // CircuitPython wants whole 32-bit words.
    size_t need = (disp_row_bytes(&d->panel) + 3) / 4 * 4;
    if (b.len < need) {
        vm_raise(&exc_ValueError_type, "Buffer too small");
    }
    disp_render_row(&d->panel, d->root, y, b.data);
    bus_buf_commit(&b);
    return a[1];
}

static Value get_auto_refresh(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(display_self(args[0])->auto_refresh);
}

static Value set_auto_refresh_m(size_t nargs, const Value *args) {
    (void)nargs;
    set_auto_refresh(display_self(args[0]), obj_truthy(args[1]));
    return VAL_NONE;
}

static Value get_brightness(size_t nargs, const Value *args) {
    (void)nargs;
    return float_from_f32(display_self(args[0])->brightness);
}

static Value set_brightness_m(size_t nargs, const Value *args) {
    (void)nargs;
    BusDisplayObj *d = display_self(args[0]);
    float b = float_arg(args[1]);
    if (!(b >= 0 && b <= 1)) {
        vm_raise(&exc_ValueError_type, "brightness must be 0-1");
    }
    if (!set_brightness(d, b)) {
        vm_raise(&exc_RuntimeError_type, "Brightness not adjustable");
    }
    return VAL_NONE;
}

static Value get_width(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(display_self(args[0])->panel.width);
}

static Value get_height(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(display_self(args[0])->panel.height);
}

static Value get_rotation(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(display_self(args[0])->panel.rotation);
}

// Turns the picture: width and height swap when it turns by 90 degrees,
// everything is drawn again, and the console is laid out anew.
static Value set_rotation_m(size_t nargs, const Value *args) {
    (void)nargs;
    BusDisplayObj *d = display_self(args[0]);
    uint16_t rotation = rotation_arg(args[1]);
    bool was_transposed = d->panel.rotation % 180 != 0, transposed = rotation % 180 != 0;
    if (was_transposed != transposed) {
        uint16_t w = d->panel.width;
        d->panel.width = d->panel.height;
        d->panel.height = w;
    }
    d->panel.rotation = rotation;
    d->full_refresh = true;
    if (d->root == d->console && d->root != VAL_NONE) {
        show_console(d);
    }
    return VAL_NONE;
}

static Value get_bus(size_t nargs, const Value *args) {
    (void)nargs;
    return display_self(args[0])->bus;
}

static Value get_root_group(size_t nargs, const Value *args) {
    (void)nargs;
    return display_self(args[0])->root;
}

static Value set_root_group_m(size_t nargs, const Value *args) {
    (void)nargs;
    set_root(display_self(args[0]), args[1]);
    return VAL_NONE;
}

static BUILTIN_FN_KW(busdisplay_init_obj, _init, 2, FN_UNLIMITED, busdisplay_init_m);
static BUILTIN_FN(busdisplay_show_obj, show, 2, 2, busdisplay_show_m);
static BUILTIN_FN_KW(busdisplay_refresh_obj, refresh, 1, FN_UNLIMITED, busdisplay_refresh_m);
static BUILTIN_FN_KW(busdisplay_fill_row_obj, fill_row, 1, FN_UNLIMITED, busdisplay_fill_row_m);

#define PROPERTY(pyname, getter, setter)                                                          \
    static BUILTIN_FN(pyname##_get_obj, pyname, 1, 1, getter);                                     \
    static const PropertyObj pyname##_prop = {{&property_type}, OBJ_VAL(&pyname##_get_obj), setter, \
                                              VAL_NONE, VAL_NONE}
#define SETTER(pyname, fn)                                    \
    static BUILTIN_FN(pyname##_set_obj, pyname, 2, 2, fn)

SETTER(auto_refresh, set_auto_refresh_m);
SETTER(brightness, set_brightness_m);
SETTER(rotation, set_rotation_m);
SETTER(root_group, set_root_group_m);
PROPERTY(auto_refresh, get_auto_refresh, OBJ_VAL(&auto_refresh_set_obj));
PROPERTY(brightness, get_brightness, OBJ_VAL(&brightness_set_obj));
PROPERTY(width, get_width, VAL_NONE);
PROPERTY(height, get_height, VAL_NONE);
PROPERTY(rotation, get_rotation, OBJ_VAL(&rotation_set_obj));
PROPERTY(bus, get_bus, VAL_NONE);
PROPERTY(root_group, get_root_group, OBJ_VAL(&root_group_set_obj));

static const AttrEntry busdisplay_attrs[] = {
    {NAME(_init), OBJ_VAL(&busdisplay_init_obj)},
    {NAME(show), OBJ_VAL(&busdisplay_show_obj)},
    {NAME(refresh), OBJ_VAL(&busdisplay_refresh_obj)},
    {NAME(fill_row), OBJ_VAL(&busdisplay_fill_row_obj)},
    {NAME(auto_refresh), OBJ_VAL(&auto_refresh_prop)},
    {NAME(brightness), OBJ_VAL(&brightness_prop)},
    {NAME(width), OBJ_VAL(&width_prop)},
    {NAME(height), OBJ_VAL(&height_prop)},
    {NAME(rotation), OBJ_VAL(&rotation_prop)},
    {NAME(bus), OBJ_VAL(&bus_prop)},
    {NAME(root_group), OBJ_VAL(&root_group_prop)},
};

const Type busdisplay_native_type = {
    .base = {&type_type},
    .name = NAME(BusDisplay),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = busdisplay_make_new,
    .attrs = busdisplay_attrs,
    .nattrs = sizeof(busdisplay_attrs) / sizeof(busdisplay_attrs[0]),
};

// --- the module ------------------------------------------------------------------------

static void busdisplay_module_init(Value module) {
    Value g = mods_globals(module);
    dict_set(g, NAME(_BusDisplay), OBJ_VAL(&busdisplay_native_type));
    mods_exec_frozen(g, "_module_halves.busdisplay");
}

static const AttrEntry busdisplay_globals[] = {
    {NAME(__name__), NAME(busdisplay)},
};

const ModuleDef module_busdisplay = {
    .name = NAME(busdisplay),
    .globals = busdisplay_globals,
    .nglobals = sizeof(busdisplay_globals) / sizeof(busdisplay_globals[0]),
    .init = busdisplay_module_init,
};
