// The digitalio module: DigitalInOut (one pin as a digital input or
// output) and the Direction, Pull and DriveMode enums, with CircuitPython's
// defaults and messages. The pin itself is driven through hal_gpio_*.
#include "obj.h"
#include "digitalio.h"
#include "gc.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

// --- the enums ----------------------------------------------------------------------

#define ENUM_TYPE(cname, pyname, attrs_)                                   \
    const Type cname = {                                                   \
        .base = {&type_type},                                              \
        .name = NAME(pyname),                                              \
        .base_type = &object_type,                                         \
        .repr = hw_enum_repr,                                              \
        .attrs = attrs_,                                                   \
        .nattrs = sizeof(attrs_) / sizeof(attrs_[0]),                      \
    }

extern const Type digitalio_direction_type, digitalio_pull_type, digitalio_drive_mode_type;
static const HwEnumObj direction_input = {{&digitalio_direction_type}, "digitalio.Direction.INPUT"};
static const HwEnumObj direction_output = {{&digitalio_direction_type}, "digitalio.Direction.OUTPUT"};
static const HwEnumObj pull_up = {{&digitalio_pull_type}, "digitalio.Pull.UP"};
static const HwEnumObj pull_down = {{&digitalio_pull_type}, "digitalio.Pull.DOWN"};
static const HwEnumObj drive_push_pull = {{&digitalio_drive_mode_type}, "digitalio.DriveMode.PUSH_PULL"};
static const HwEnumObj drive_open_drain = {{&digitalio_drive_mode_type}, "digitalio.DriveMode.OPEN_DRAIN"};

static const AttrEntry direction_attrs[] = {
    {NAME(INPUT), OBJ_VAL(&direction_input)},
    {NAME(OUTPUT), OBJ_VAL(&direction_output)},
};
static const AttrEntry pull_attrs[] = {
    {NAME(UP), OBJ_VAL(&pull_up)},
    {NAME(DOWN), OBJ_VAL(&pull_down)},
};
static const AttrEntry drive_mode_attrs[] = {
    {NAME(PUSH_PULL), OBJ_VAL(&drive_push_pull)},
    {NAME(OPEN_DRAIN), OBJ_VAL(&drive_open_drain)},
};
ENUM_TYPE(digitalio_direction_type, Direction, direction_attrs);
ENUM_TYPE(digitalio_pull_type, Pull, pull_attrs);
ENUM_TYPE(digitalio_drive_mode_type, DriveMode, drive_mode_attrs);

// Pull.UP / Pull.DOWN / None -> HalPull; TypeError otherwise (validate_pull).
HalPull digitalio_pull_arg(Value v) {
    if (v == OBJ_VAL(&pull_up)) {
        return HAL_PULL_UP;
    }
    if (v == OBJ_VAL(&pull_down)) {
        return HAL_PULL_DOWN;
    }
    if (v == VAL_NONE) {
        return HAL_PULL_NONE;
    }
    vm_raise(&exc_TypeError_type, "pull must be of type Pull or None, not %s", type_name_cstr(type_of(v)));
}

static Value pull_value(HalPull p) {
    return p == HAL_PULL_UP ? OBJ_VAL(&pull_up) : p == HAL_PULL_DOWN ? OBJ_VAL(&pull_down) : VAL_NONE;
}

// --- DigitalInOut -------------------------------------------------------------------

typedef struct {
    Obj base;
    uint8_t pin;
    bool deinited;
    bool output;
    bool open_drain;
    bool value;        // the level last written (outputs)
    uint8_t pull;      // HalPull (inputs)
} DioObj;

uint8_t digitalinout_pin(Value v, const char *argname) {
    if (!is_type(v, &digitalio_digitalinout_type)) {
        vm_raise(&exc_TypeError_type, "%s must be of type DigitalInOut, not %s", argname, type_name_cstr(type_of(v)));
    }
    DioObj *d = (DioObj *)VAL_OBJ(v);
    raise_if_deinited(d->deinited);
    return d->pin;
}

// self of a method: the right type (methods can be called unbound) and live.
static DioObj *dio(Value self) {
    if (!is_type(self, &digitalio_digitalinout_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'DigitalInOut' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    DioObj *d = (DioObj *)VAL_OBJ(self);
    raise_if_deinited(d->deinited);
    return d;
}

static Value dio_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {{NAME(pin), true, false, VAL_NULL}};
    Value a[1];
    args_parse("DigitalInOut", nargs, args, kwnames, 1, spec, a);
    uint8_t pin = pin_arg(a[0], "pin");
    pin_claim(pin);
    DioObj *d = (DioObj *)gc_alloc_obj(sizeof(DioObj), &digitalio_digitalinout_type);
    d->pin = pin;
    hal_gpio_init(pin);
    return OBJ_VAL(d);
}

static void switch_to_input(DioObj *d, HalPull pull) {
    d->output = false;
    d->pull = (uint8_t)pull;
    hal_gpio_set_input(d->pin, pull);
}

static void switch_to_output(DioObj *d, bool value, bool open_drain) {
    d->output = true;
    d->open_drain = open_drain;
    d->value = value;
    hal_gpio_set_output(d->pin, value, open_drain);
}

static Value dio_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    if (!is_type(args[0], &digitalio_digitalinout_type)) {
        dio(args[0]);
    }
    DioObj *d = (DioObj *)VAL_OBJ(args[0]);
    if (!d->deinited) {
        hal_gpio_deinit(d->pin);
        pin_release(d->pin);
        d->deinited = true;
    }
    return VAL_NONE;
}

static Value dio_enter(size_t nargs, const Value *args) {
    (void)nargs;
    dio(args[0]);
    return args[0];
}

static Value dio_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return dio_deinit(1, args);
}

static Value dio_switch_to_output(size_t nargs, const Value *args, Value kwnames) {
    DioObj *d = dio(args[0]);
    static const ArgSpec spec[] = {
        {NAME(value), false, false, VAL_FALSE},
        {NAME(drive_mode), false, false, OBJ_VAL(&drive_push_pull)},
    };
    Value a[2];
    args_parse("switch_to_output", nargs - 1, args + 1, kwnames, 2, spec, a);
    switch_to_output(d, obj_truthy(a[0]), a[1] == OBJ_VAL(&drive_open_drain));
    return VAL_NONE;
}

static Value dio_switch_to_input(size_t nargs, const Value *args, Value kwnames) {
    DioObj *d = dio(args[0]);
    static const ArgSpec spec[] = {{NAME(pull), false, false, VAL_NONE}};
    Value a[1];
    args_parse("switch_to_input", nargs - 1, args + 1, kwnames, 1, spec, a);
    switch_to_input(d, digitalio_pull_arg(a[0]));
    return VAL_NONE;
}

static Value dio_get_direction(size_t nargs, const Value *args) {
    (void)nargs;
    return dio(args[0])->output ? OBJ_VAL(&direction_output) : OBJ_VAL(&direction_input);
}

static Value dio_set_direction(size_t nargs, const Value *args) {
    (void)nargs;
    DioObj *d = dio(args[0]);
    if (args[1] == OBJ_VAL(&direction_input)) {
        switch_to_input(d, HAL_PULL_NONE);
    } else if (args[1] == OBJ_VAL(&direction_output)) {
        switch_to_output(d, false, false);
    } else {
        vm_raise(&exc_ValueError_type, "Invalid direction");
    }
    return VAL_NONE;
}

static Value dio_get_value(size_t nargs, const Value *args) {
    (void)nargs;
    DioObj *d = dio(args[0]);
    if (d->output && !(d->open_drain && d->value)) {
        return val_bool(d->value);
    }
    // Inputs, and released open-drain outputs, read the pin.
    return val_bool(hal_gpio_read(d->pin));
}

static Value dio_set_value(size_t nargs, const Value *args) {
    (void)nargs;
    DioObj *d = dio(args[0]);
    if (!d->output) {
        vm_raise(&exc_AttributeError_type, "Cannot set value when direction is input.");
    }
    d->value = obj_truthy(args[1]);
    hal_gpio_write(d->pin, d->value);
    return VAL_NONE;
}

static Value dio_get_drive_mode(size_t nargs, const Value *args) {
    (void)nargs;
    DioObj *d = dio(args[0]);
    if (!d->output) {
        vm_raise(&exc_AttributeError_type, "Drive mode not used when direction is input.");
    }
    return d->open_drain ? OBJ_VAL(&drive_open_drain) : OBJ_VAL(&drive_push_pull);
}

static Value dio_set_drive_mode(size_t nargs, const Value *args) {
    (void)nargs;
    DioObj *d = dio(args[0]);
    if (!d->output) {
        vm_raise(&exc_AttributeError_type, "Drive mode not used when direction is input.");
    }
    switch_to_output(d, d->value, args[1] == OBJ_VAL(&drive_open_drain));
    return VAL_NONE;
}

static Value dio_get_pull(size_t nargs, const Value *args) {
    (void)nargs;
    DioObj *d = dio(args[0]);
    if (d->output) {
        vm_raise(&exc_AttributeError_type, "Pull not used when direction is output.");
    }
    return pull_value((HalPull)d->pull);
}

static Value dio_set_pull(size_t nargs, const Value *args) {
    (void)nargs;
    DioObj *d = dio(args[0]);
    if (d->output) {
        vm_raise(&exc_AttributeError_type, "Pull not used when direction is output.");
    }
    switch_to_input(d, digitalio_pull_arg(args[1]));
    return VAL_NONE;
}

static BUILTIN_FN(dio_deinit_obj, deinit, 1, 1, dio_deinit);
static BUILTIN_FN(dio_enter_obj, __enter__, 1, 1, dio_enter);
static BUILTIN_FN(dio_exit_obj, __exit__, 1, 4, dio_exit);
static BUILTIN_FN_KW(dio_switch_to_output_obj, switch_to_output, 1, 3, dio_switch_to_output);
static BUILTIN_FN_KW(dio_switch_to_input_obj, switch_to_input, 1, 2, dio_switch_to_input);
static BUILTIN_FN(dio_get_direction_obj, direction, 1, 1, dio_get_direction);
static BUILTIN_FN(dio_set_direction_obj, direction, 2, 2, dio_set_direction);
static BUILTIN_FN(dio_get_value_obj, value, 1, 1, dio_get_value);
static BUILTIN_FN(dio_set_value_obj, value, 2, 2, dio_set_value);
static BUILTIN_FN(dio_get_drive_mode_obj, drive_mode, 1, 1, dio_get_drive_mode);
static BUILTIN_FN(dio_set_drive_mode_obj, drive_mode, 2, 2, dio_set_drive_mode);
static BUILTIN_FN(dio_get_pull_obj, pull, 1, 1, dio_get_pull);
static BUILTIN_FN(dio_set_pull_obj, pull, 2, 2, dio_set_pull);

#define PROP(get, set) {{&property_type}, OBJ_VAL(&get), OBJ_VAL(&set), VAL_NONE, VAL_NONE}
static const PropertyObj dio_direction_prop = PROP(dio_get_direction_obj, dio_set_direction_obj);
static const PropertyObj dio_value_prop = PROP(dio_get_value_obj, dio_set_value_obj);
static const PropertyObj dio_drive_mode_prop = PROP(dio_get_drive_mode_obj, dio_set_drive_mode_obj);
static const PropertyObj dio_pull_prop = PROP(dio_get_pull_obj, dio_set_pull_obj);

static const AttrEntry dio_attrs[] = {
    {NAME(deinit), OBJ_VAL(&dio_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&dio_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&dio_exit_obj)},
    {NAME(switch_to_output), OBJ_VAL(&dio_switch_to_output_obj)},
    {NAME(switch_to_input), OBJ_VAL(&dio_switch_to_input_obj)},
    {NAME(direction), OBJ_VAL(&dio_direction_prop)},
    {NAME(value), OBJ_VAL(&dio_value_prop)},
    {NAME(drive_mode), OBJ_VAL(&dio_drive_mode_prop)},
    {NAME(pull), OBJ_VAL(&dio_pull_prop)},
};

const Type digitalio_digitalinout_type = {
    .base = {&type_type},
    .name = NAME(DigitalInOut),
    .base_type = &object_type,
    .make_new = dio_make_new,
    .attrs = dio_attrs,
    .nattrs = sizeof(dio_attrs) / sizeof(dio_attrs[0]),
};

static const AttrEntry digitalio_globals[] = {
    {NAME(__name__), NAME(digitalio)},
    {NAME(DigitalInOut), OBJ_VAL(&digitalio_digitalinout_type)},
    {NAME(Direction), OBJ_VAL(&digitalio_direction_type)},
    {NAME(DriveMode), OBJ_VAL(&digitalio_drive_mode_type)},
    {NAME(Pull), OBJ_VAL(&digitalio_pull_type)},
};

const ModuleDef module_digitalio = {
    .name = NAME(digitalio),
    .globals = digitalio_globals,
    .nglobals = sizeof(digitalio_globals) / sizeof(digitalio_globals[0]),
};
