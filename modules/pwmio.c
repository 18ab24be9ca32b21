// The pwmio module: PWMOut(pin, *, duty_cycle=0, frequency=500,
// variable_frequency=False) over hal_pwm_*, with CircuitPython's checks
// and messages (duty 16-bit, "Invalid frequency", frequency writable only
// with variable_frequency).
#include "obj.h"
#include "gc.h"
#include "mods.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

typedef struct {
    Obj base;
    uint8_t pin;
    bool deinited;
    bool variable_frequency;
    uint16_t duty;
} PwmObj;

extern const Type pwmio_pwmout_type;

static PwmObj *pwm_self(Value self) {
    if (!is_type(self, &pwmio_pwmout_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'PWMOut' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    return (PwmObj *)VAL_OBJ(self);
}

static PwmObj *live(Value self) {
    PwmObj *p = pwm_self(self);
    raise_if_deinited(p->deinited);
    return p;
}

// Frequencies are positive ints; the timer decides which it can make.
static uint32_t frequency_arg(Value v) {
    Value i = int_coerce(v);
    if (i == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "can't convert %s to int", type_name_cstr(type_of(v)));
    }
    int64_t f;
    if (!int_to_i64(i, &f) || f <= 0 || f > 0xFFFFFFFF) {
        vm_raise(&exc_ValueError_type, "Invalid frequency");
    }
    return (uint32_t)f;
}

static _Noreturn void raise_pwm_error(int rc) {
    if (rc == -HAL_EINVAL) {
        vm_raise(&exc_ValueError_type, "Invalid frequency");
    }
    raise_hal_error(rc);
}

static Value pwm_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(pin), true, false, VAL_NULL},
        {NAME(duty_cycle), false, true, MODS_SMALL_INT(0)},
        {NAME(frequency), false, true, VAL_NULL},
        {NAME(variable_frequency), false, true, VAL_FALSE},
    };
    Value a[4];
    args_parse("PWMOut", nargs, args, kwnames, 4, spec, a);
    uint8_t pin = pin_arg(a[0], "pin");
    if (pin_in_use(pin)) {
        pin_claim(pin);   // raises "X in use"
    }
    uint16_t duty = (uint16_t)arg_int_range(a[1], 0, 0xFFFF, "duty_cycle");
    uint32_t freq = a[2] == VAL_NULL ? 500 : frequency_arg(a[2]);
    bool variable = obj_truthy(a[3]);
    pin_require(pin, HAL_CAP_PWM);
    pin_claim(pin);
    int rc = hal_pwm_init(pin, freq, duty, variable);
    if (rc < 0) {
        pin_release(pin);
        raise_pwm_error(rc);
    }
    PwmObj *p = (PwmObj *)gc_alloc_obj(sizeof(PwmObj), &pwmio_pwmout_type);
    p->pin = pin;
    p->variable_frequency = variable;
    p->duty = duty;
    return OBJ_VAL(p);
}

static Value pwm_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    PwmObj *p = pwm_self(args[0]);
    if (!p->deinited) {
        hal_pwm_deinit(p->pin);
        pin_release(p->pin);
        p->deinited = true;
    }
    return VAL_NONE;
}

static Value pwm_enter(size_t nargs, const Value *args) {
    (void)nargs;
    live(args[0]);
    return args[0];
}

static Value pwm_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return pwm_deinit(1, args);
}

static Value pwm_get_duty(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(live(args[0])->duty);
}

static Value pwm_set_duty(size_t nargs, const Value *args) {
    (void)nargs;
    PwmObj *p = live(args[0]);
    p->duty = (uint16_t)arg_int_range(args[1], 0, 0xFFFF, "duty_cycle");
    hal_pwm_set_duty(p->pin, p->duty);
    return VAL_NONE;
}

static Value pwm_get_frequency(size_t nargs, const Value *args) {
    (void)nargs;
    PwmObj *p = live(args[0]);
    return int_from_u64(hal_pwm_get_frequency(p->pin));
}

static Value pwm_set_frequency(size_t nargs, const Value *args) {
    (void)nargs;
    PwmObj *p = live(args[0]);
    if (!p->variable_frequency) {
        vm_raise(&exc_AttributeError_type, "Invalid variable_frequency");
    }
    int rc = hal_pwm_set_frequency(p->pin, frequency_arg(args[1]));
    if (rc < 0) {
        raise_pwm_error(rc);
    }
    return VAL_NONE;
}

static Value pwm_get_variable_frequency(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(live(args[0])->variable_frequency);
}

static BUILTIN_FN(pwm_deinit_obj, deinit, 1, 1, pwm_deinit);
static BUILTIN_FN(pwm_enter_obj, __enter__, 1, 1, pwm_enter);
static BUILTIN_FN(pwm_exit_obj, __exit__, 1, 4, pwm_exit);
static BUILTIN_FN(pwm_get_duty_obj, duty_cycle, 1, 1, pwm_get_duty);
static BUILTIN_FN(pwm_set_duty_obj, duty_cycle, 2, 2, pwm_set_duty);
static BUILTIN_FN(pwm_get_frequency_obj, frequency, 1, 1, pwm_get_frequency);
static BUILTIN_FN(pwm_set_frequency_obj, frequency, 2, 2, pwm_set_frequency);
static BUILTIN_FN(pwm_get_varfreq_obj, variable_frequency, 1, 1, pwm_get_variable_frequency);
static const PropertyObj pwm_duty_prop = {{&property_type}, OBJ_VAL(&pwm_get_duty_obj), OBJ_VAL(&pwm_set_duty_obj),
                                          VAL_NONE, VAL_NONE};
static const PropertyObj pwm_frequency_prop = {{&property_type}, OBJ_VAL(&pwm_get_frequency_obj),
                                               OBJ_VAL(&pwm_set_frequency_obj), VAL_NONE, VAL_NONE};
static const PropertyObj pwm_varfreq_prop = {{&property_type}, OBJ_VAL(&pwm_get_varfreq_obj), VAL_NONE, VAL_NONE,
                                             VAL_NONE};

static const AttrEntry pwm_attrs[] = {
    {NAME(deinit), OBJ_VAL(&pwm_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&pwm_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&pwm_exit_obj)},
    {NAME(duty_cycle), OBJ_VAL(&pwm_duty_prop)},
    {NAME(frequency), OBJ_VAL(&pwm_frequency_prop)},
    {NAME(variable_frequency), OBJ_VAL(&pwm_varfreq_prop)},
};

const Type pwmio_pwmout_type = {
    .base = {&type_type},
    .name = NAME(PWMOut),
    .base_type = &object_type,
    .make_new = pwm_make_new,
    .attrs = pwm_attrs,
    .nattrs = sizeof(pwm_attrs) / sizeof(pwm_attrs[0]),
};

static const AttrEntry pwmio_globals[] = {
    {NAME(__name__), NAME(pwmio)},
    {NAME(PWMOut), OBJ_VAL(&pwmio_pwmout_type)},
};

const ModuleDef module_pwmio = {
    .name = NAME(pwmio),
    .globals = pwmio_globals,
    .nglobals = sizeof(pwmio_globals) / sizeof(pwmio_globals[0]),
};
