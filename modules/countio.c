// The countio module: Counter(pin, *, edge=Edge.FALL, pull=None) counts
// edges on a pin through hal_counter_*; count is readable and settable,
// reset() sets it to 0. Edge is the enum of RISE, FALL, RISE_AND_FALL.
#include "obj.h"
#include "digitalio.h"
#include "gc.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

extern const Type countio_edge_type, countio_counter_type;
static const HwEnumObj edge_rise = {{&countio_edge_type}, "countio.Edge.RISE"};
static const HwEnumObj edge_fall = {{&countio_edge_type}, "countio.Edge.FALL"};
static const HwEnumObj edge_rise_and_fall = {{&countio_edge_type}, "countio.Edge.RISE_AND_FALL"};

static const AttrEntry edge_attrs[] = {
    {NAME(RISE), OBJ_VAL(&edge_rise)},
    {NAME(FALL), OBJ_VAL(&edge_fall)},
    {NAME(RISE_AND_FALL), OBJ_VAL(&edge_rise_and_fall)},
};

const Type countio_edge_type = {
    .base = {&type_type},
    .name = NAME(Edge),
    .base_type = &object_type,
    .repr = hw_enum_repr,
    .attrs = edge_attrs,
    .nattrs = sizeof(edge_attrs) / sizeof(edge_attrs[0]),
};

typedef struct {
    Obj base;
    uint8_t pin;
    bool deinited;
    int handle;
    uint32_t base_raw;   // the HAL's count when count was last set
    int64_t base_count;  // ... and the count it was set to
} CounterObj;

static CounterObj *counter_self(Value self) {
    if (!is_type(self, &countio_counter_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'Counter' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    return (CounterObj *)VAL_OBJ(self);
}

static CounterObj *live(Value self) {
    CounterObj *c = counter_self(self);
    raise_if_deinited(c->deinited);
    return c;
}

static Value counter_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(pin), true, false, VAL_NULL},
        {NAME(edge), false, true, OBJ_VAL(&edge_fall)},
        {NAME(pull), false, true, VAL_NONE},
    };
    Value a[3];
    args_parse("Counter", nargs, args, kwnames, 3, spec, a);
    uint8_t pin = pin_arg(a[0], "pin");
    HalEdge edge;
    if (a[1] == OBJ_VAL(&edge_rise)) {
        edge = HAL_EDGE_RISE;
    } else if (a[1] == OBJ_VAL(&edge_fall)) {
        edge = HAL_EDGE_FALL;
    } else if (a[1] == OBJ_VAL(&edge_rise_and_fall)) {
        edge = HAL_EDGE_RISE_AND_FALL;
    } else {
        vm_raise(&exc_TypeError_type, "edge must be of type Edge, not %s", type_name_cstr(type_of(a[1])));
    }
    HalPull pull = digitalio_pull_arg(a[2]);
    pin_claim(pin);
    if ((hal_board()->pins[pin].caps & HAL_CAP_COUNT) == 0) {
        pin_release(pin);
        vm_raise(&exc_ValueError_type, "Invalid pin");
    }
    int h = hal_counter_init(pin, edge, pull);
    if (h < 0) {
        pin_release(pin);
        raise_hal_error(h);
    }
    CounterObj *c = (CounterObj *)gc_alloc_obj(sizeof(CounterObj), &countio_counter_type);
    c->pin = pin;
    c->handle = h;
    c->base_raw = hal_counter_read(h);
    return OBJ_VAL(c);
}

static Value counter_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    CounterObj *c = counter_self(args[0]);
    if (!c->deinited) {
        hal_counter_deinit(c->handle);
        pin_release(c->pin);
        c->deinited = true;
    }
    return VAL_NONE;
}

static Value counter_enter(size_t nargs, const Value *args) {
    (void)nargs;
    live(args[0]);
    return args[0];
}

static Value counter_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return counter_deinit(1, args);
}

static void set_count(CounterObj *c, int64_t n) {
    c->base_raw = hal_counter_read(c->handle);
    c->base_count = n;
}

static Value counter_get_count(size_t nargs, const Value *args) {
    (void)nargs;
    CounterObj *c = live(args[0]);
    uint32_t edges = hal_counter_read(c->handle) - c->base_raw;   // wraps as the HAL's count does
    return int_from_i64(c->base_count + edges);
}

static Value counter_set_count(size_t nargs, const Value *args) {
    (void)nargs;
    CounterObj *c = live(args[0]);
    set_count(c, arg_int_range(args[1], -0x40000000, 0x3FFFFFFF, "count"));
    return VAL_NONE;
}

static Value counter_reset(size_t nargs, const Value *args) {
    (void)nargs;
    set_count(live(args[0]), 0);
    return VAL_NONE;
}

static BUILTIN_FN(counter_deinit_obj, deinit, 1, 1, counter_deinit);
static BUILTIN_FN(counter_enter_obj, __enter__, 1, 1, counter_enter);
static BUILTIN_FN(counter_exit_obj, __exit__, 1, 4, counter_exit);
static BUILTIN_FN(counter_reset_obj, reset, 1, 1, counter_reset);
static BUILTIN_FN(counter_get_count_obj, count, 1, 1, counter_get_count);
static BUILTIN_FN(counter_set_count_obj, count, 2, 2, counter_set_count);
static const PropertyObj counter_count_prop = {{&property_type}, OBJ_VAL(&counter_get_count_obj),
                                               OBJ_VAL(&counter_set_count_obj), VAL_NONE, VAL_NONE};

static const AttrEntry counter_attrs[] = {
    {NAME(deinit), OBJ_VAL(&counter_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&counter_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&counter_exit_obj)},
    {NAME(reset), OBJ_VAL(&counter_reset_obj)},
    {NAME(count), OBJ_VAL(&counter_count_prop)},
};

const Type countio_counter_type = {
    .base = {&type_type},
    .name = NAME(Counter),
    .base_type = &object_type,
    .make_new = counter_make_new,
    .attrs = counter_attrs,
    .nattrs = sizeof(counter_attrs) / sizeof(counter_attrs[0]),
};

static const AttrEntry countio_globals[] = {
    {NAME(__name__), NAME(countio)},
    {NAME(Counter), OBJ_VAL(&countio_counter_type)},
    {NAME(Edge), OBJ_VAL(&countio_edge_type)},
};

const ModuleDef module_countio = {
    .name = NAME(countio),
    .globals = countio_globals,
    .nglobals = sizeof(countio_globals) / sizeof(countio_globals[0]),
};
