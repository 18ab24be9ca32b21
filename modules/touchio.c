// The touchio module: TouchIn(pin, pull=None), capacitive touch over
// hal_touch_*. The threshold is computed from the first reading as
// CircuitPython does: native (SAMD21 PTC) first raw + 100; the generic
// resistor-timing implementation first raw * 1.05 + 100.
#include "obj.h"
#include "digitalio.h"
#include "gc.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

typedef struct {
    Obj base;
    uint8_t pin;
    bool deinited;
    uint16_t threshold;
} TouchObj;

extern const Type touchio_touchin_type;

static TouchObj *touch_self(Value self) {
    if (!is_type(self, &touchio_touchin_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'TouchIn' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    return (TouchObj *)VAL_OBJ(self);
}

static TouchObj *live(Value self) {
    TouchObj *t = touch_self(self);
    raise_if_deinited(t->deinited);
    return t;
}

static Value touch_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(pin), true, false, VAL_NULL},
        {NAME(pull), false, false, VAL_NONE},
    };
    Value a[2];
    args_parse("TouchIn", nargs, args, kwnames, 2, spec, a);
    uint8_t pin = pin_arg(a[0], "pin");
    HalPull pull = digitalio_pull_arg(a[1]);
    const HalBoard *b = hal_board();
    pin_claim(pin);
    if ((b->pins[pin].caps & (b->native_touch ? HAL_CAP_TOUCH : HAL_CAP_DIGITAL)) == 0) {
        pin_release(pin);
        vm_raise(&exc_ValueError_type, "Invalid pin");
    }
    int rc = hal_touch_init(pin, pull);
    if (rc < 0) {
        pin_release(pin);
        if (rc == -HAL_ENOPULL) {
            vm_raise(&exc_ValueError_type, pull == HAL_PULL_UP ? "No pullup on pin; 1Mohm recommended"
                                                               : "No pulldown on pin; 1Mohm recommended");
        }
        raise_hal_error(rc);
    }
    TouchObj *o = (TouchObj *)gc_alloc_obj(sizeof(TouchObj), &touchio_touchin_type);
    o->pin = pin;
    uint32_t raw = hal_touch_read_raw(pin);
    uint32_t th = b->native_touch ? raw + 100 : (uint32_t)(raw * 1.05f) + 100;
    o->threshold = (uint16_t)(th > 65535 ? 65535 : th);
    return OBJ_VAL(o);
}

static Value touch_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    TouchObj *t = touch_self(args[0]);
    if (!t->deinited) {
        hal_touch_deinit(t->pin);
        pin_release(t->pin);
        t->deinited = true;
    }
    return VAL_NONE;
}

static Value touch_enter(size_t nargs, const Value *args) {
    (void)nargs;
    live(args[0]);
    return args[0];
}

static Value touch_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return touch_deinit(1, args);
}

static Value touch_get_value(size_t nargs, const Value *args) {
    (void)nargs;
    TouchObj *t = live(args[0]);
    return val_bool(hal_touch_read_raw(t->pin) > t->threshold);
}

static Value touch_get_raw_value(size_t nargs, const Value *args) {
    (void)nargs;
    TouchObj *t = live(args[0]);
    return val_from_small_int(hal_touch_read_raw(t->pin));
}

static Value touch_get_threshold(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(live(args[0])->threshold);
}

static Value touch_set_threshold(size_t nargs, const Value *args) {
    (void)nargs;
    TouchObj *t = live(args[0]);
    t->threshold = (uint16_t)arg_int_range(args[1], 0, 65535, "threshold");
    return VAL_NONE;
}

static BUILTIN_FN(touch_deinit_obj, deinit, 1, 1, touch_deinit);
static BUILTIN_FN(touch_enter_obj, __enter__, 1, 1, touch_enter);
static BUILTIN_FN(touch_exit_obj, __exit__, 1, 4, touch_exit);
static BUILTIN_FN(touch_get_value_obj, value, 1, 1, touch_get_value);
static BUILTIN_FN(touch_get_raw_value_obj, raw_value, 1, 1, touch_get_raw_value);
static BUILTIN_FN(touch_get_threshold_obj, threshold, 1, 1, touch_get_threshold);
static BUILTIN_FN(touch_set_threshold_obj, threshold, 2, 2, touch_set_threshold);
static const PropertyObj touch_value_prop = {{&property_type}, OBJ_VAL(&touch_get_value_obj), VAL_NONE, VAL_NONE,
                                             VAL_NONE};
static const PropertyObj touch_raw_value_prop = {{&property_type}, OBJ_VAL(&touch_get_raw_value_obj), VAL_NONE,
                                                 VAL_NONE, VAL_NONE};
static const PropertyObj touch_threshold_prop = {{&property_type}, OBJ_VAL(&touch_get_threshold_obj),
                                                 OBJ_VAL(&touch_set_threshold_obj), VAL_NONE, VAL_NONE};

static const AttrEntry touch_attrs[] = {
    {NAME(deinit), OBJ_VAL(&touch_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&touch_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&touch_exit_obj)},
    {NAME(value), OBJ_VAL(&touch_value_prop)},
    {NAME(raw_value), OBJ_VAL(&touch_raw_value_prop)},
    {NAME(threshold), OBJ_VAL(&touch_threshold_prop)},
};

const Type touchio_touchin_type = {
    .base = {&type_type},
    .name = NAME(TouchIn),
    .base_type = &object_type,
    .make_new = touch_make_new,
    .attrs = touch_attrs,
    .nattrs = sizeof(touch_attrs) / sizeof(touch_attrs[0]),
};

static const AttrEntry touchio_globals[] = {
    {NAME(__name__), NAME(touchio)},
    {NAME(TouchIn), OBJ_VAL(&touchio_touchin_type)},
};

const ModuleDef module_touchio = {
    .name = NAME(touchio),
    .globals = touchio_globals,
    .nglobals = sizeof(touchio_globals) / sizeof(touchio_globals[0]),
};
