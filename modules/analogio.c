// The analogio module: AnalogIn (ADC: value 0-65535 as the MCU scales it,
// reference_voltage) and AnalogOut (DAC: value setter 0-65535), over
// hal_adc_* / hal_dac_*. Boards without any DAC pin raise
// NotImplementedError for AnalogOut, as CircuitPython on nRF52840 does.
#include "obj.h"
#include "gc.h"
#include "module_table.h"
#include "obj_float.h"
#include "pins.h"
#include "vm_raise.h"

typedef struct {
    Obj base;
    uint8_t pin;
    bool deinited;
} AnalogObj;

extern const Type analogio_analogin_type, analogio_analogout_type;

static AnalogObj *analog_self(Value self, const Type *t) {
    if (!is_type(self, t)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a '%s' object but received '%s'", type_name_cstr(t),
                 type_name_cstr(type_of(self)));
    }
    return (AnalogObj *)VAL_OBJ(self);
}

static AnalogObj *live(Value self, const Type *t) {
    AnalogObj *a = analog_self(self, t);
    raise_if_deinited(a->deinited);
    return a;
}

// Claims a pin that must have `cap`: "X in use" comes before "Invalid pin".
static uint8_t claim_with(Value v, uint16_t cap) {
    uint8_t pin = pin_arg(v, "pin");
    pin_claim(pin);
    if ((hal_board()->pins[pin].caps & cap) == 0) {
        pin_release(pin);
        vm_raise(&exc_ValueError_type, "Invalid pin");
    }
    return pin;
}

static Value analog_new(const Type *t, const char *fname, size_t nargs, const Value *args, Value kwnames,
                        uint8_t *pin_out) {
    static const ArgSpec spec[] = {{NAME(pin), true, false, VAL_NULL}};
    Value a[1];
    args_parse(fname, nargs, args, kwnames, 1, spec, a);
    AnalogObj *o = (AnalogObj *)gc_alloc_obj(sizeof(AnalogObj), t);
    if (t == &analogio_analogout_type) {
        uint8_t pin = pin_arg(a[0], "pin");
        const HalBoard *b = hal_board();
        bool any_dac = false;
        for (size_t i = 0; i < b->npins; i++) {
            any_dac |= (b->pins[i].caps & HAL_CAP_DAC) != 0;
        }
        if (pin_in_use(pin)) {
            pin_claim(pin);   // raises "X in use"
        }
        if (!any_dac) {
            vm_raise(&exc_NotImplementedError_type, "AnalogOut");
        }
        o->pin = claim_with(a[0], HAL_CAP_DAC);
    } else {
        o->pin = claim_with(a[0], HAL_CAP_ADC);
    }
    *pin_out = o->pin;
    return OBJ_VAL(o);
}

static Value analogin_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    uint8_t pin;
    Value o = analog_new(&analogio_analogin_type, "AnalogIn", nargs, args, kwnames, &pin);
    int rc = hal_adc_init(pin);
    if (rc < 0) {
        pin_release(pin);
        raise_hal_error(rc);
    }
    return o;
}

static Value analogout_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    uint8_t pin;
    Value o = analog_new(&analogio_analogout_type, "AnalogOut", nargs, args, kwnames, &pin);
    int rc = hal_dac_init(pin);
    if (rc < 0) {
        pin_release(pin);
        raise_hal_error(rc);
    }
    return o;
}

static void analog_deinit_common(AnalogObj *a, bool out) {
    if (!a->deinited) {
        if (out) {
            hal_dac_deinit(a->pin);
        } else {
            hal_adc_deinit(a->pin);
        }
        pin_release(a->pin);
        a->deinited = true;
    }
}

static Value analogin_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    analog_deinit_common(analog_self(args[0], &analogio_analogin_type), false);
    return VAL_NONE;
}

static Value analogout_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    analog_deinit_common(analog_self(args[0], &analogio_analogout_type), true);
    return VAL_NONE;
}

static Value analogin_enter(size_t nargs, const Value *args) {
    (void)nargs;
    live(args[0], &analogio_analogin_type);
    return args[0];
}

static Value analogout_enter(size_t nargs, const Value *args) {
    (void)nargs;
    live(args[0], &analogio_analogout_type);
    return args[0];
}

static Value analogin_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return analogin_deinit(1, args);
}

static Value analogout_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return analogout_deinit(1, args);
}

static Value analogin_get_value(size_t nargs, const Value *args) {
    (void)nargs;
    AnalogObj *a = live(args[0], &analogio_analogin_type);
    return val_from_small_int(hal_adc_read(a->pin));
}

static Value analogin_get_reference_voltage(size_t nargs, const Value *args) {
    (void)nargs;
    live(args[0], &analogio_analogin_type);
    return float_from_f32(hal_adc_reference_voltage());
}

static Value analogout_set_value(size_t nargs, const Value *args) {
    (void)nargs;
    AnalogObj *a = live(args[0], &analogio_analogout_type);
    int64_t v = arg_int_range(args[1], 0, 65535, "value");
    hal_dac_write(a->pin, (uint16_t)v);
    return VAL_NONE;
}

static BUILTIN_FN(analogin_deinit_obj, deinit, 1, 1, analogin_deinit);
static BUILTIN_FN(analogin_enter_obj, __enter__, 1, 1, analogin_enter);
static BUILTIN_FN(analogin_exit_obj, __exit__, 1, 4, analogin_exit);
static BUILTIN_FN(analogin_get_value_obj, value, 1, 1, analogin_get_value);
static BUILTIN_FN(analogin_get_refv_obj, reference_voltage, 1, 1, analogin_get_reference_voltage);
static const PropertyObj analogin_value_prop = {{&property_type}, OBJ_VAL(&analogin_get_value_obj), VAL_NONE,
                                                VAL_NONE, VAL_NONE};
static const PropertyObj analogin_refv_prop = {{&property_type}, OBJ_VAL(&analogin_get_refv_obj), VAL_NONE,
                                               VAL_NONE, VAL_NONE};

static const AttrEntry analogin_attrs[] = {
    {NAME(deinit), OBJ_VAL(&analogin_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&analogin_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&analogin_exit_obj)},
    {NAME(value), OBJ_VAL(&analogin_value_prop)},
    {NAME(reference_voltage), OBJ_VAL(&analogin_refv_prop)},
};

const Type analogio_analogin_type = {
    .base = {&type_type},
    .name = NAME(AnalogIn),
    .base_type = &object_type,
    .make_new = analogin_make_new,
    .attrs = analogin_attrs,
    .nattrs = sizeof(analogin_attrs) / sizeof(analogin_attrs[0]),
};

static BUILTIN_FN(analogout_deinit_obj, deinit, 1, 1, analogout_deinit);
static BUILTIN_FN(analogout_enter_obj, __enter__, 1, 1, analogout_enter);
static BUILTIN_FN(analogout_exit_obj, __exit__, 1, 4, analogout_exit);
static BUILTIN_FN(analogout_set_value_obj, value, 2, 2, analogout_set_value);
// Write-only, as in CircuitPython.
static const PropertyObj analogout_value_prop = {{&property_type}, VAL_NONE, OBJ_VAL(&analogout_set_value_obj),
                                                 VAL_NONE, VAL_NONE};

static const AttrEntry analogout_attrs[] = {
    {NAME(deinit), OBJ_VAL(&analogout_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&analogout_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&analogout_exit_obj)},
    {NAME(value), OBJ_VAL(&analogout_value_prop)},
};

const Type analogio_analogout_type = {
    .base = {&type_type},
    .name = NAME(AnalogOut),
    .base_type = &object_type,
    .make_new = analogout_make_new,
    .attrs = analogout_attrs,
    .nattrs = sizeof(analogout_attrs) / sizeof(analogout_attrs[0]),
};

static const AttrEntry analogio_globals[] = {
    {NAME(__name__), NAME(analogio)},
    {NAME(AnalogIn), OBJ_VAL(&analogio_analogin_type)},
    {NAME(AnalogOut), OBJ_VAL(&analogio_analogout_type)},
};

const ModuleDef module_analogio = {
    .name = NAME(analogio),
    .globals = analogio_globals,
    .nglobals = sizeof(analogio_globals) / sizeof(analogio_globals[0]),
};
