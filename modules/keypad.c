// The keypad module's scanners: Keys (one pin per key), KeyMatrix (rows
// and columns with diodes) and ShiftRegisterKeys (74HC165-style parallel-in
// serial-out registers). Each scanner is a background task (background.h)
// that reads its pins every `interval` and records debounced transitions,
// stamped with supervisor.ticks_ms, in its EventQueue. Scanning and
// debouncing follow CircuitPython's shared-module/keypad: the interval is
// counted in 1/1024 s ticks, a new scanner scans at once, and each key's
// counter starts undecided (0), so a key held at creation gives no event
// until reset() declares every key released.
#include <stddef.h>
#include <string.h>
#include "obj.h"
#include "background.h"
#include "busio_int.h"
#include "gc.h"
#include "hal.h"
#include "hal_board.h"
#include "keypad_int.h"
#include "module_table.h"
#include "mods.h"
#include "pins.h"
#include "vm_raise.h"

enum { KIND_KEYS, KIND_MATRIX, KIND_SHIFT };

typedef struct {
    Obj base;
    BackgroundTask task;
    Value events;           // the EventQueue; VAL_NULL once deinitialised
    int8_t *debounce;       // per key: -threshold (released) .. +threshold (pressed)
    uint64_t interval_ns;
    uint16_t key_count;
    uint8_t kind;
    uint8_t threshold;
    bool value_when_pressed;    // Keys, ShiftRegisterKeys
    bool columns_to_anodes;     // KeyMatrix
    bool value_to_latch;        // ShiftRegisterKeys
    uint8_t npins;              // Keys: the keys; KeyMatrix: rows then columns;
    uint8_t nrows, ncols;       // ShiftRegisterKeys: clock, latch, then data pins
    uint16_t *key_counts;       // ShiftRegisterKeys: keys per data pin
    uint16_t max_key_count;
    uint8_t pins[];
} Scanner;

extern const Type keypad_keys_type, keypad_keymatrix_type, keypad_shiftregisterkeys_type;

// --- scanning -------------------------------------------------------------------------

// True when the key's state is now decided as `current` for the first time
// since the opposite state (CircuitPython's keypad_debounce).
static bool debounce(Scanner *s, size_t key, bool current) {
    int8_t *c = &s->debounce[key];
    int8_t th = (int8_t)s->threshold;
    if (current) {
        if (*c < th && ++*c == 0) {
            *c = th;
            return true;
        }
    } else {
        if (*c > -th && --*c == 0) {
            *c = (int8_t)-th;
            return true;
        }
    }
    return false;
}

static void note(Scanner *s, size_t key, bool current, uint32_t ts) {
    if (debounce(s, key, current)) {
        keypad_eventqueue_record(s->events, (uint16_t)key, current, ts);
    }
}

static void scan_keys(Scanner *s, uint32_t ts) {
    for (size_t k = 0; k < s->npins; k++) {
        note(s, k, hal_gpio_read(s->pins[k]) == s->value_when_pressed, ts);
    }
}

static void scan_matrix(Scanner *s, uint32_t ts) {
    HalPull rest = s->columns_to_anodes ? HAL_PULL_UP : HAL_PULL_DOWN;
    for (size_t r = 0; r < s->nrows; r++) {
        uint8_t row = s->pins[r];
        // Drive this row to the level a pressed key passes to its column.
        hal_gpio_set_output(row, !s->columns_to_anodes, false);
        for (size_t c = 0; c < s->ncols; c++) {
            bool level = hal_gpio_read(s->pins[s->nrows + c]);
            note(s, r * s->ncols + c, level != s->columns_to_anodes, ts);
        }
        // Back to the resting level first, then an input with its pull.
        hal_gpio_write(row, s->columns_to_anodes);
        hal_gpio_set_input(row, rest);
    }
}

static void scan_shift(Scanner *s, uint32_t ts) {
    uint8_t clock = s->pins[0], latch = s->pins[1];
    size_t ndata = s->npins - 2u;
    // Freeze the parallel inputs, then clock the bits out: key 0 is the
    // first bit on the data line (Q7 of a 74HC165), before any clock edge.
    hal_gpio_write(latch, s->value_to_latch);
    for (size_t bit = 0; bit < s->max_key_count; bit++) {
        hal_gpio_write(clock, false);
        size_t index = 0;
        for (size_t i = 0; i < ndata; i++) {
            if (bit >= s->key_counts[i]) {
                continue;   // (CircuitPython does not advance index here either)
            }
            note(s, bit + index, hal_gpio_read(s->pins[2 + i]) == s->value_when_pressed, ts);
            index += s->key_counts[i];
        }
        hal_gpio_write(clock, true);
    }
    hal_gpio_write(latch, !s->value_to_latch);
}

static void scan_now(Scanner *s) {
    uint32_t ts = keypad_ticks_ms();
    switch (s->kind) {
        case KIND_KEYS: scan_keys(s, ts); break;
        case KIND_MATRIX: scan_matrix(s, ts); break;
        default: scan_shift(s, ts); break;
    }
    background_schedule(&s->task, hal_monotonic_ns() + s->interval_ns);
}

static void scan_task(BackgroundTask *task) {
    Scanner *s = (Scanner *)(void *)((char *)task - offsetof(Scanner, task));
    if (s->events != VAL_NULL) {
        scan_now(s);
    }
}

// --- construction ------------------------------------------------------------------------

// The shared keyword arguments, checked as CircuitPython checks them.
typedef struct {
    uint64_t interval_ns;
    size_t max_events;
    uint8_t threshold;
} Common;

static void common_args(Value interval, Value max_events, Value threshold, Common *c) {
    double iv = 0.020;
    if (interval != VAL_NULL) {
        if (!obj_to_double(interval, &iv)) {
            vm_raise(&exc_TypeError_type, "can't convert %T to float", interval);
        }
        if (!(iv >= 0)) {
            vm_raise(&exc_ValueError_type, "interval must be >= 0");
        }
    }
    // Counted in 1/1024 s ticks, truncated; scanning happens at most once a tick.
    double ticks = iv * 1024;
    uint64_t t = ticks >= 1e12 ? (uint64_t)1e12 : (uint64_t)ticks;
    if (t == 0) {
        t = 1;
    }
    c->interval_ns = t * 1000000000ull / 1024;
    intptr_t me = max_events == VAL_NULL ? 64 : bus_int_arg(max_events);
    if (me < 1) {
        vm_raise(&exc_ValueError_type, "max_events must be >= 1");
    }
    c->max_events = (size_t)me;
    c->threshold = threshold == VAL_NULL ? 1 : (uint8_t)bus_int_range(threshold, 1, 127, "debounce_threshold");
}

static Scanner *scanner_alloc(const Type *t, uint8_t kind, size_t npins) {
    Scanner *s = (Scanner *)gc_alloc_obj(sizeof(Scanner) + npins, t);
    s->kind = kind;
    s->npins = (uint8_t)npins;
    s->events = VAL_NULL;
    return s;
}

// Claims the pins (all checked free first), sets up the queue and
// counters and scans once.
static Value scanner_start(Scanner *s, size_t key_count, const Common *c) {
    s->debounce = gc_alloc(key_count ? key_count : 1, true);
    s->key_count = (uint16_t)key_count;
    s->threshold = c->threshold;
    s->interval_ns = c->interval_ns;
    s->events = keypad_eventqueue_new(c->max_events);
    s->task.run = scan_task;
    scan_now(s);
    return OBJ_VAL(s);
}

// A sequence of pins -> a new no-scan array of their indexes; `dupname`
// names the argument in the type and duplicate checks (CircuitPython uses
// "row_pins" for Keys too).
static uint8_t *pins_from_seq(Value seq, const char *dupname, size_t *n) {
    Value t = tuple_from_iter(seq);
    TupleObj *tu = val_tuple(t);
    uint8_t *out = gc_alloc(tu->len ? tu->len : 1, true);
    for (size_t i = 0; i < tu->len; i++) {
        out[i] = pin_arg(tu->items[i], dupname);
    }
    pins_check_distinct(out, tu->len, dupname);
    *n = tu->len;
    return out;
}

static void check_free(const uint8_t *pins, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (pin_in_use(pins[i])) {
            pin_claim(pins[i]);   // raises "<NAME> in use"
        }
    }
}

static void claim_input(uint8_t pin, HalPull pull) {
    pin_claim(pin);
    hal_gpio_init(pin);
    hal_gpio_set_input(pin, pull);
}

static Value keys_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(pins), true, false, VAL_NULL},
        {NAME(value_when_pressed), true, true, VAL_NULL},
        {NAME(pull), false, true, VAL_NULL},
        {NAME(interval), false, true, VAL_NULL},
        {NAME(max_events), false, true, VAL_NULL},
        {NAME(debounce_threshold), false, true, VAL_NULL},
    };
    Value a[6];
    args_parse("Keys", nargs, args, kwnames, 6, spec, a);
    size_t n;
    uint8_t *pins = pins_from_seq(a[0], "row_pins", &n);
    bool vwp = obj_truthy(a[1]);
    bool pull = a[2] == VAL_NULL ? true : obj_truthy(a[2]);
    Common c;
    common_args(a[3], a[4], a[5], &c);
    check_free(pins, n);
    Scanner *s = scanner_alloc(t, KIND_KEYS, n);
    for (size_t i = 0; i < n; i++) {
        s->pins[i] = pins[i];
        claim_input(pins[i], pull ? (vwp ? HAL_PULL_DOWN : HAL_PULL_UP) : HAL_PULL_NONE);
    }
    s->value_when_pressed = vwp;
    return scanner_start(s, n, &c);
}

static Value keymatrix_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(row_pins), true, false, VAL_NULL},
        {NAME(column_pins), true, false, VAL_NULL},
        {NAME(columns_to_anodes), false, true, VAL_NULL},
        {NAME(interval), false, true, VAL_NULL},
        {NAME(max_events), false, true, VAL_NULL},
        {NAME(debounce_threshold), false, true, VAL_NULL},
    };
    Value a[6];
    args_parse("KeyMatrix", nargs, args, kwnames, 6, spec, a);
    bool anodes = a[2] == VAL_NULL ? true : obj_truthy(a[2]);
    Common c;
    common_args(a[3], a[4], a[5], &c);
    size_t nr, nc;
    uint8_t *rows = pins_from_seq(a[0], "row_pins", &nr);
    uint8_t *cols = pins_from_seq(a[1], "column_pins", &nc);
    for (size_t i = 0; i < nr; i++) {
        for (size_t j = 0; j < nc; j++) {
            if (rows[i] == cols[j]) {
                vm_raise(&exc_TypeError_type, "row_pins and column_pins contain duplicate pins");
            }
        }
    }
    check_free(rows, nr);
    check_free(cols, nc);
    Scanner *s = scanner_alloc(t, KIND_MATRIX, nr + nc);
    HalPull pull = anodes ? HAL_PULL_UP : HAL_PULL_DOWN;
    for (size_t i = 0; i < nr; i++) {
        s->pins[i] = rows[i];
        claim_input(rows[i], pull);
    }
    for (size_t j = 0; j < nc; j++) {
        s->pins[nr + j] = cols[j];
        claim_input(cols[j], pull);
    }
    s->nrows = (uint8_t)nr;
    s->ncols = (uint8_t)nc;
    s->columns_to_anodes = anodes;
    if (nr * nc > 0xffff) {
        vm_raise(&exc_ValueError_type, "key_count must be <= 65535");
    }
    return scanner_start(s, nr * nc, &c);
}

static Value shift_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(clock), true, true, VAL_NULL},
        {NAME(data), true, true, VAL_NULL},
        {NAME(latch), true, true, VAL_NULL},
        {NAME(value_to_latch), false, true, VAL_NULL},
        {NAME(key_count), true, true, VAL_NULL},
        {NAME(value_when_pressed), true, true, VAL_NULL},
        {NAME(interval), false, true, VAL_NULL},
        {NAME(max_events), false, true, VAL_NULL},
        {NAME(debounce_threshold), false, true, VAL_NULL},
    };
    Value a[9];
    args_parse("ShiftRegisterKeys", nargs, args, kwnames, 9, spec, a);
    // data: one pin or a sequence of pins; key_count: one int or one per data pin.
    size_t ndata;
    uint8_t *data;
    if (is_type(a[1], &mcu_pin_type)) {
        ndata = 1;
        data = gc_alloc(1, true);
        data[0] = pin_arg(a[1], "data");
    } else {
        data = pins_from_seq(a[1], "data", &ndata);
    }
    size_t ncounts;
    Value counts_t = VAL_NULL;
    if (val_is_int(a[4]) || is_type(a[4], &bool_type)) {
        ncounts = 1;
    } else {
        counts_t = tuple_from_iter(a[4]);
        ncounts = val_tuple(counts_t)->len;
    }
    if (ncounts != ndata) {
        vm_raise(&exc_ValueError_type, "key_count length must be %zu", ndata);
    }
    uint16_t *counts = gc_alloc((ncounts ? ncounts : 1) * sizeof(uint16_t), true);
    size_t total = 0, max = 0;
    for (size_t i = 0; i < ncounts; i++) {
        Value v = counts_t == VAL_NULL ? a[4] : val_tuple(counts_t)->items[i];
        intptr_t k = bus_int_arg(v);
        if (k < 1) {
            vm_raise(&exc_ValueError_type, "key_count must be >= 1");
        }
        total += (size_t)k;
        if (total > 0xffff) {
            vm_raise(&exc_ValueError_type, "key_count must be <= 65535");
        }
        counts[i] = (uint16_t)k;
        if ((size_t)k > max) {
            max = (size_t)k;
        }
    }
    uint8_t clock = pin_arg(a[0], "clock");
    uint8_t latch = pin_arg(a[2], "latch");
    bool to_latch = a[3] == VAL_NULL ? true : obj_truthy(a[3]);
    bool vwp = obj_truthy(a[5]);
    Common c;
    common_args(a[6], a[7], a[8], &c);
    uint8_t all[2] = {clock, latch};
    check_free(data, ndata);
    check_free(all, 2);
    // The same pin twice (clock as data, ...) cannot be wired.
    for (size_t i = 0; i < ndata; i++) {
        if (data[i] == clock || data[i] == latch) {
            vm_raise(&exc_ValueError_type, "Invalid pins");
        }
    }
    if (clock == latch) {
        vm_raise(&exc_ValueError_type, "Invalid pins");
    }
    Scanner *s = scanner_alloc(t, KIND_SHIFT, ndata + 2);
    s->pins[0] = clock;
    s->pins[1] = latch;
    pin_claim(clock);
    hal_gpio_init(clock);
    hal_gpio_set_output(clock, false, false);
    pin_claim(latch);
    hal_gpio_init(latch);
    hal_gpio_set_output(latch, true, false);
    for (size_t i = 0; i < ndata; i++) {
        s->pins[2 + i] = data[i];
        claim_input(data[i], HAL_PULL_NONE);
    }
    s->key_counts = counts;
    s->max_key_count = (uint16_t)max;
    s->value_to_latch = to_latch;
    s->value_when_pressed = vwp;
    return scanner_start(s, total, &c);
}

// --- the shared methods ------------------------------------------------------------------

static Scanner *scanner_self(Value v) {
    if (!is_type(v, &keypad_keys_type) && !is_type(v, &keypad_keymatrix_type) &&
        !is_type(v, &keypad_shiftregisterkeys_type)) {
        vm_raise(&exc_TypeError_type, "expected a keypad scanner, not %T", v);
    }
    return (Scanner *)VAL_OBJ(v);
}

static Scanner *scanner_ready(Value v) {
    Scanner *s = scanner_self(v);
    raise_if_deinited(s->events == VAL_NULL);
    return s;
}

static Value scanner_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    Scanner *s = scanner_self(args[0]);
    if (s->events == VAL_NULL) {
        return VAL_NONE;
    }
    background_cancel(&s->task);
    for (size_t i = 0; i < s->npins; i++) {
        hal_gpio_deinit(s->pins[i]);
        pin_release(s->pins[i]);
    }
    s->events = VAL_NULL;
    return VAL_NONE;
}

static Value scanner_enter(size_t nargs, const Value *args) {
    (void)nargs;
    scanner_self(args[0]);
    return args[0];
}

static Value scanner_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return scanner_deinit(1, args);
}

static Value scanner_reset(size_t nargs, const Value *args) {
    (void)nargs;
    Scanner *s = scanner_ready(args[0]);
    memset(s->debounce, -(int)s->threshold, s->key_count);
    scan_now(s);
    return VAL_NONE;
}

static Value scanner_get_events(size_t nargs, const Value *args) {
    (void)nargs;
    return scanner_ready(args[0])->events;
}

static Value scanner_get_key_count(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(scanner_ready(args[0])->key_count);
}

static Value matrix_key_to_rc(size_t nargs, const Value *args) {
    (void)nargs;
    Scanner *s = scanner_ready(args[0]);
    // CircuitPython's range check includes key_count itself.
    intptr_t k = bus_int_range(args[1], 0, s->key_count, "key_number");
    Value rc[2] = {val_from_small_int(s->ncols ? k / s->ncols : 0), val_from_small_int(s->ncols ? k % s->ncols : 0)};
    return tuple_new(2, rc);
}

static Value matrix_rc_to_key(size_t nargs, const Value *args) {
    (void)nargs;
    Scanner *s = scanner_ready(args[0]);
    intptr_t r = bus_int_range(args[1], 0, s->nrows, "row");
    intptr_t c = bus_int_range(args[2], 0, s->ncols, "column");
    return val_from_small_int(r * s->ncols + c);
}

static BUILTIN_FN(scanner_deinit_obj, deinit, 1, 1, scanner_deinit);
static BUILTIN_FN(scanner_enter_obj, __enter__, 1, 1, scanner_enter);
static BUILTIN_FN(scanner_exit_obj, __exit__, 4, 4, scanner_exit);
static BUILTIN_FN(scanner_reset_obj, reset, 1, 1, scanner_reset);
static BUILTIN_FN(scanner_events_getter, events, 1, 1, scanner_get_events);
static BUILTIN_FN(scanner_key_count_getter, key_count, 1, 1, scanner_get_key_count);
static BUILTIN_FN(matrix_key_to_rc_obj, key_number_to_row_column, 2, 2, matrix_key_to_rc);
static BUILTIN_FN(matrix_rc_to_key_obj, row_column_to_key_number, 3, 3, matrix_rc_to_key);
static const PropertyObj scanner_events_prop = {{&property_type}, OBJ_VAL(&scanner_events_getter), VAL_NONE,
                                                VAL_NONE, VAL_NONE};
static const PropertyObj scanner_key_count_prop = {{&property_type}, OBJ_VAL(&scanner_key_count_getter), VAL_NONE,
                                                   VAL_NONE, VAL_NONE};

#define SCANNER_ATTRS                                         \
    {NAME(__enter__), OBJ_VAL(&scanner_enter_obj)},           \
    {NAME(__exit__), OBJ_VAL(&scanner_exit_obj)},             \
    {NAME(deinit), OBJ_VAL(&scanner_deinit_obj)},             \
    {NAME(events), OBJ_VAL(&scanner_events_prop)},            \
    {NAME(key_count), OBJ_VAL(&scanner_key_count_prop)},      \
    {NAME(reset), OBJ_VAL(&scanner_reset_obj)}

static const AttrEntry keys_attrs[] = {SCANNER_ATTRS};
static const AttrEntry matrix_attrs[] = {
    SCANNER_ATTRS,
    {NAME(key_number_to_row_column), OBJ_VAL(&matrix_key_to_rc_obj)},
    {NAME(row_column_to_key_number), OBJ_VAL(&matrix_rc_to_key_obj)},
};

const Type keypad_keys_type = {
    .base = {&type_type},
    .name = NAME(Keys),
    .base_type = &object_type,
    .make_new = keys_make_new,
    .attrs = keys_attrs,
    .nattrs = sizeof(keys_attrs) / sizeof(keys_attrs[0]),
};

const Type keypad_keymatrix_type = {
    .base = {&type_type},
    .name = NAME(KeyMatrix),
    .base_type = &object_type,
    .make_new = keymatrix_make_new,
    .attrs = matrix_attrs,
    .nattrs = sizeof(matrix_attrs) / sizeof(matrix_attrs[0]),
};

const Type keypad_shiftregisterkeys_type = {
    .base = {&type_type},
    .name = NAME(ShiftRegisterKeys),
    .base_type = &object_type,
    .make_new = shift_make_new,
    .attrs = keys_attrs,
    .nattrs = sizeof(keys_attrs) / sizeof(keys_attrs[0]),
};

static const AttrEntry keypad_globals[] = {
    {NAME(__name__), NAME(keypad)},
    {NAME(Event), OBJ_VAL(&keypad_event_type)},
    {NAME(EventQueue), OBJ_VAL(&keypad_eventqueue_type)},
    {NAME(KeyMatrix), OBJ_VAL(&keypad_keymatrix_type)},
    {NAME(Keys), OBJ_VAL(&keypad_keys_type)},
    {NAME(ShiftRegisterKeys), OBJ_VAL(&keypad_shiftregisterkeys_type)},
};

const ModuleDef module_keypad = {
    .name = NAME(keypad),
    .globals = keypad_globals,
    .nglobals = sizeof(keypad_globals) / sizeof(keypad_globals[0]),
};
