// The pulseio module: PulseIn (the durations of a pin's high and low
// periods, as IR receivers and DHT sensors send them) and PulseOut (timed
// bursts of a carrier, as IR remotes send them), with CircuitPython's
// signatures, defaults and messages.
//
// The port captures durations in the background into its own buffer
// (hal_pulsein_*); a PulseIn moves them into its ring of `maxlen` entries
// whenever Python looks at it, dropping the oldest when full, so what the
// program sees is what CircuitPython's interrupt-filled ring would hold.
#include "obj.h"
#include "array.h"
#include "gc.h"
#include "mods.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

// An int argument as CircuitPython's MP_ARG_INT takes it.
static int64_t int_arg(Value v) {
    Value i = int_coerce(v);
    if (i == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "can't convert %s to int", type_name_cstr(type_of(v)));
    }
    int64_t x;
    if (!int_to_i64(i, &x)) {
        vm_raise(&exc_OverflowError_type, "overflow converting long int to machine word");
    }
    return x;
}

// --- PulseIn ------------------------------------------------------------------------

typedef struct {
    Obj base;
    uint8_t pin;
    bool deinited;
    bool idle_state;
    bool paused;
    int handle;
    uint16_t maxlen;
    uint16_t start, len;
    uint16_t *buf;        // maxlen durations (a no-scan GC block)
} PulseInObj;

extern const Type pulseio_pulsein_type;

static PulseInObj *pulsein_self(Value self) {
    if (!is_type(self, &pulseio_pulsein_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'PulseIn' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    return (PulseInObj *)VAL_OBJ(self);
}

static PulseInObj *pulsein_live(Value self) {
    PulseInObj *p = pulsein_self(self);
    raise_if_deinited(p->deinited);
    return p;
}

// Moves the durations the port has captured into the ring.
static void pulsein_sync(PulseInObj *p) {
    uint16_t chunk[32];
    size_t n;
    do {
        n = hal_pulsein_read(p->handle, chunk, sizeof(chunk) / sizeof(chunk[0]));
        for (size_t i = 0; i < n; i++) {
            if (p->len == p->maxlen) {
                p->start = (uint16_t)((p->start + 1) % p->maxlen);
                p->len--;
            }
            p->buf[(p->start + p->len) % p->maxlen] = chunk[i];
            p->len++;
        }
    } while (n == sizeof(chunk) / sizeof(chunk[0]));
}

static Value pulsein_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(pin), true, false, VAL_NULL},
        {NAME(maxlen), false, false, MODS_SMALL_INT(2)},
        {NAME(idle_state), false, true, VAL_FALSE},
    };
    Value a[3];
    args_parse("PulseIn", nargs, args, kwnames, 3, spec, a);
    uint8_t pin = pin_arg(a[0], "pin");
    int64_t maxlen = int_arg(a[1]);
    bool idle = obj_truthy(a[2]);
    // CircuitPython keeps maxlen in 16 bits and divides by it.
    if (maxlen < 1 || maxlen > 0xFFFF) {
        vm_raise(&exc_ValueError_type, "maxlen must be 1-65535");
    }
    if (pin_in_use(pin)) {
        pin_claim(pin);   // raises "<NAME> in use"
    }
    PulseInObj *p = (PulseInObj *)gc_alloc_obj(sizeof(PulseInObj), &pulseio_pulsein_type);
    p->buf = gc_alloc((size_t)maxlen * sizeof(uint16_t), true);
    p->maxlen = (uint16_t)maxlen;
    p->idle_state = idle;
    int h = hal_pulsein_init(pin, idle);
    if (h == -HAL_EINVAL) {
        vm_raise(&exc_RuntimeError_type, "No hardware support on pin");
    }
    if (h == -HAL_EBUSY) {
        vm_raise(&exc_RuntimeError_type, "All channels in use");
    }
    if (h < 0) {
        raise_hal_error(h);
    }
    pin_claim(pin);
    p->pin = pin;
    p->handle = h;
    return OBJ_VAL(p);
}

static Value pulsein_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    PulseInObj *p = pulsein_self(args[0]);
    if (!p->deinited) {
        hal_pulsein_deinit(p->handle);
        pin_release(p->pin);
        p->deinited = true;
    }
    return VAL_NONE;
}

static Value pulsein_enter(size_t nargs, const Value *args) {
    (void)nargs;
    pulsein_live(args[0]);
    return args[0];
}

static Value pulsein_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return pulsein_deinit(1, args);
}

static Value pulsein_pause(size_t nargs, const Value *args) {
    (void)nargs;
    PulseInObj *p = pulsein_live(args[0]);
    hal_pulsein_pause(p->handle);
    p->paused = true;
    return VAL_NONE;
}

static Value pulsein_resume(size_t nargs, const Value *args, Value kwnames) {
    PulseInObj *p = pulsein_live(args[0]);
    static const ArgSpec spec[] = {{NAME(trigger_duration), false, false, MODS_SMALL_INT(0)}};
    Value a[1];
    args_parse("resume", nargs - 1, args + 1, kwnames, 1, spec, a);
    // The duration is a 16-bit count of microseconds, as CircuitPython's.
    uint16_t trigger = (uint16_t)(int_arg(a[0]) & 0xFFFF);
    pulsein_sync(p);
    hal_pulsein_resume(p->handle, trigger);
    p->paused = false;
    return VAL_NONE;
}

static Value pulsein_clear(size_t nargs, const Value *args) {
    (void)nargs;
    PulseInObj *p = pulsein_live(args[0]);
    pulsein_sync(p);
    p->start = 0;
    p->len = 0;
    return VAL_NONE;
}

static Value pulsein_popleft(size_t nargs, const Value *args) {
    (void)nargs;
    PulseInObj *p = pulsein_live(args[0]);
    pulsein_sync(p);
    if (p->len == 0) {
        vm_raise(&exc_IndexError_type, "pop from empty PulseIn");
    }
    uint16_t d = p->buf[p->start];
    p->start = (uint16_t)((p->start + 1) % p->maxlen);
    p->len--;
    return val_from_small_int(d);
}

static Value pulsein_get_maxlen(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(pulsein_live(args[0])->maxlen);
}

static Value pulsein_get_paused(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(pulsein_live(args[0])->paused);
}

static Value pulsein_unary_op(int op, Value self) {
    if (op != UNOP_LEN && op != UNOP_BOOL) {
        return VAL_NULL;
    }
    PulseInObj *p = pulsein_live(self);
    pulsein_sync(p);
    return op == UNOP_LEN ? val_from_small_int(p->len) : val_bool(p->len != 0);
}

static Value pulsein_subscr(Value self, Value index, Value value) {
    if (value == VAL_DELETE) {
        vm_raise(&exc_AttributeError_type, "Cannot delete values");
    }
    PulseInObj *p = pulsein_live(self);
    if (is_type(index, &slice_type)) {
        vm_raise(&exc_NotImplementedError_type, "Slices not supported");
    }
    if (int_coerce(index) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "PulseIn indices must be integers, not %s", type_name_cstr(type_of(index)));
    }
    pulsein_sync(p);
    size_t i = seq_index(index, p->len, "PulseIn");
    if (value != VAL_NULL) {
        vm_raise(&exc_AttributeError_type, "Read-only");
    }
    return val_from_small_int(p->buf[(p->start + i) % p->maxlen]);
}

static BUILTIN_FN(pulsein_deinit_obj, deinit, 1, 1, pulsein_deinit);
static BUILTIN_FN(pulsein_enter_obj, __enter__, 1, 1, pulsein_enter);
static BUILTIN_FN(pulsein_exit_obj, __exit__, 1, 4, pulsein_exit);
static BUILTIN_FN(pulsein_pause_obj, pause, 1, 1, pulsein_pause);
static BUILTIN_FN_KW(pulsein_resume_obj, resume, 1, 2, pulsein_resume);
static BUILTIN_FN(pulsein_clear_obj, clear, 1, 1, pulsein_clear);
static BUILTIN_FN(pulsein_popleft_obj, popleft, 1, 1, pulsein_popleft);
static BUILTIN_FN(pulsein_get_maxlen_obj, maxlen, 1, 1, pulsein_get_maxlen);
static BUILTIN_FN(pulsein_get_paused_obj, paused, 1, 1, pulsein_get_paused);

#define GETTER(get) {{&property_type}, OBJ_VAL(&get), VAL_NONE, VAL_NONE, VAL_NONE}
static const PropertyObj pulsein_maxlen_prop = GETTER(pulsein_get_maxlen_obj);
static const PropertyObj pulsein_paused_prop = GETTER(pulsein_get_paused_obj);

static const AttrEntry pulsein_attrs[] = {
    {NAME(deinit), OBJ_VAL(&pulsein_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&pulsein_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&pulsein_exit_obj)},
    {NAME(pause), OBJ_VAL(&pulsein_pause_obj)},
    {NAME(resume), OBJ_VAL(&pulsein_resume_obj)},
    {NAME(clear), OBJ_VAL(&pulsein_clear_obj)},
    {NAME(popleft), OBJ_VAL(&pulsein_popleft_obj)},
    {NAME(maxlen), OBJ_VAL(&pulsein_maxlen_prop)},
    {NAME(paused), OBJ_VAL(&pulsein_paused_prop)},
};

const Type pulseio_pulsein_type = {
    .base = {&type_type},
    .name = NAME(PulseIn),
    .base_type = &object_type,
    .make_new = pulsein_make_new,
    .unary_op = pulsein_unary_op,
    .subscr = pulsein_subscr,
    .attrs = pulsein_attrs,
    .nattrs = sizeof(pulsein_attrs) / sizeof(pulsein_attrs[0]),
};

// --- PulseOut -----------------------------------------------------------------------

typedef struct {
    Obj base;
    uint8_t pin;
    bool deinited;
    uint16_t duty;
    uint32_t frequency;
} PulseOutObj;

extern const Type pulseio_pulseout_type;

static PulseOutObj *pulseout_self(Value self) {
    if (!is_type(self, &pulseio_pulseout_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'PulseOut' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    return (PulseOutObj *)VAL_OBJ(self);
}

static Value pulseout_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(pin), true, false, VAL_NULL},
        {NAME(frequency), false, true, MODS_SMALL_INT(38000)},
        {NAME(duty_cycle), false, true, MODS_SMALL_INT(32768)},
    };
    Value a[3];
    args_parse("PulseOut", nargs, args, kwnames, 3, spec, a);
    uint8_t pin = pin_arg(a[0], "pin");
    int64_t freq = int_arg(a[1]);
    int64_t duty = int_arg(a[2]);
    if (pin_in_use(pin)) {
        pin_claim(pin);   // raises "<NAME> in use"
    }
    // The carrier comes from a PWM timer: its pins and frequencies.
    pin_require(pin, HAL_CAP_PWM);
    if (freq <= 0 || freq > (int64_t)(hal_board()->cpu_hz / 2)) {
        vm_raise(&exc_ValueError_type, "Invalid frequency");
    }
    if (duty < 0 || duty > 0xFFFF) {
        vm_raise(&exc_ValueError_type, "duty_cycle must be 0-65535");
    }
    PulseOutObj *p = (PulseOutObj *)gc_alloc_obj(sizeof(PulseOutObj), &pulseio_pulseout_type);
    pin_claim(pin);
    p->pin = pin;
    p->frequency = (uint32_t)freq;
    p->duty = (uint16_t)duty;
    return OBJ_VAL(p);
}

static Value pulseout_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    PulseOutObj *p = pulseout_self(args[0]);
    if (!p->deinited) {
        pin_release(p->pin);
        p->deinited = true;
    }
    return VAL_NONE;
}

static Value pulseout_enter(size_t nargs, const Value *args) {
    (void)nargs;
    raise_if_deinited(pulseout_self(args[0])->deinited);
    return args[0];
}

static Value pulseout_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return pulseout_deinit(1, args);
}

// True when v is an array.array of typecode 'H'.
static bool is_halfword_array(Value v) {
    Value tc = obj_getattr_opt(v, NAME(typecode));
    if (tc == VAL_NULL || !is_type(tc, &str_type)) {
        return false;
    }
    const StrObj *s = (const StrObj *)VAL_OBJ(tc);
    return s->len == 1 && s->data[0] == 'H';
}

static Value pulseout_send(size_t nargs, const Value *args) {
    (void)nargs;
    PulseOutObj *p = pulseout_self(args[0]);
    raise_if_deinited(p->deinited);
    const uint8_t *data;
    size_t len;
    if (!obj_get_buffer(args[1], &data, &len)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    if (!array_get_buffer(args[1], &data, &len) || !is_halfword_array(args[1])) {
        vm_raise(&exc_TypeError_type, "Array must contain halfwords (type 'H')");
    }
    // The array's items are uint16_t in host order, aligned by the GC.
    hal_pulseout_send(p->pin, p->frequency, p->duty, (const uint16_t *)(const void *)data, len / 2);
    return VAL_NONE;
}

static BUILTIN_FN(pulseout_deinit_obj, deinit, 1, 1, pulseout_deinit);
static BUILTIN_FN(pulseout_enter_obj, __enter__, 1, 1, pulseout_enter);
static BUILTIN_FN(pulseout_exit_obj, __exit__, 1, 4, pulseout_exit);
static BUILTIN_FN(pulseout_send_obj, send, 2, 2, pulseout_send);

static const AttrEntry pulseout_attrs[] = {
    {NAME(deinit), OBJ_VAL(&pulseout_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&pulseout_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&pulseout_exit_obj)},
    {NAME(send), OBJ_VAL(&pulseout_send_obj)},
};

const Type pulseio_pulseout_type = {
    .base = {&type_type},
    .name = NAME(PulseOut),
    .base_type = &object_type,
    .make_new = pulseout_make_new,
    .attrs = pulseout_attrs,
    .nattrs = sizeof(pulseout_attrs) / sizeof(pulseout_attrs[0]),
};

static const AttrEntry pulseio_globals[] = {
    {NAME(__name__), NAME(pulseio)},
    {NAME(PulseIn), OBJ_VAL(&pulseio_pulsein_type)},
    {NAME(PulseOut), OBJ_VAL(&pulseio_pulseout_type)},
};

const ModuleDef module_pulseio = {
    .name = NAME(pulseio),
    .globals = pulseio_globals,
    .nglobals = sizeof(pulseio_globals) / sizeof(pulseio_globals[0]),
};
