// The rotaryio module: IncrementalEncoder(pin_a, pin_b, divisor=4). The HAL
// counts quarter steps; position moves by one when divisor quarter steps
// have accumulated in one direction (the accumulator restarts at each
// position change and on reversal past it, as CircuitPython's state machine
// does), so jitter between two detents does not move the position.
#include "obj.h"
#include "gc.h"
#include "mods.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

typedef struct {
    Obj base;
    uint8_t pin_a, pin_b;
    bool deinited;
    int handle;
    int32_t last_raw;     // the HAL's quarter-step count at the last update
    int32_t sub_count;    // quarter steps since the last position change
    int32_t position;
    int32_t divisor;
} EncoderObj;

extern const Type rotaryio_incrementalencoder_type;

static EncoderObj *enc_self(Value self) {
    if (!is_type(self, &rotaryio_incrementalencoder_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'IncrementalEncoder' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    return (EncoderObj *)VAL_OBJ(self);
}

static EncoderObj *live(Value self) {
    EncoderObj *e = enc_self(self);
    raise_if_deinited(e->deinited);
    return e;
}

// Feeds the quarter steps seen since the last update through the state machine.
static void update(EncoderObj *e) {
    int32_t raw = hal_encoder_read(e->handle);
    int32_t delta = (int32_t)((uint32_t)raw - (uint32_t)e->last_raw);
    e->last_raw = raw;
    int32_t step = delta > 0 ? 1 : -1;
    for (int32_t n = delta > 0 ? delta : -delta; n > 0; n--) {
        e->sub_count += step;
        if (e->sub_count >= e->divisor) {
            e->position++;
            e->sub_count = 0;
        } else if (e->sub_count <= -e->divisor) {
            e->position--;
            e->sub_count = 0;
        }
    }
}

static Value enc_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(pin_a), true, false, VAL_NULL},
        {NAME(pin_b), true, false, VAL_NULL},
        {NAME(divisor), false, false, MODS_SMALL_INT(4)},
    };
    Value a[3];
    args_parse("IncrementalEncoder", nargs, args, kwnames, 3, spec, a);
    uint8_t pins[2] = {pin_arg(a[0], "pin_a"), pin_arg(a[1], "pin_b")};
    int32_t divisor = (int32_t)arg_int_range(a[2], 1, 0x3FFFFFFF, "divisor");
    if (pins[0] == pins[1]) {
        vm_raise(&exc_TypeError_type, "pin_a and pin_b contain duplicate pins");
    }
    pin_claim(pins[0]);
    if (pin_in_use(pins[1])) {
        pin_release(pins[0]);
        pin_claim(pins[1]);   // raises "X in use"
    }
    pin_claim(pins[1]);
    const HalBoard *b = hal_board();
    if ((b->pins[pins[0]].caps & HAL_CAP_COUNT) == 0 || (b->pins[pins[1]].caps & HAL_CAP_COUNT) == 0) {
        pin_release(pins[0]);
        pin_release(pins[1]);
        vm_raise(&exc_ValueError_type, "Invalid pin");
    }
    int h = hal_encoder_init(pins[0], pins[1]);
    if (h < 0) {
        pin_release(pins[0]);
        pin_release(pins[1]);
        raise_hal_error(h);
    }
    EncoderObj *e = (EncoderObj *)gc_alloc_obj(sizeof(EncoderObj), &rotaryio_incrementalencoder_type);
    e->pin_a = pins[0];
    e->pin_b = pins[1];
    e->handle = h;
    e->divisor = divisor;
    e->last_raw = hal_encoder_read(h);
    return OBJ_VAL(e);
}

static Value enc_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    EncoderObj *e = enc_self(args[0]);
    if (!e->deinited) {
        hal_encoder_deinit(e->handle);
        pin_release(e->pin_a);
        pin_release(e->pin_b);
        e->deinited = true;
    }
    return VAL_NONE;
}

static Value enc_enter(size_t nargs, const Value *args) {
    (void)nargs;
    live(args[0]);
    return args[0];
}

static Value enc_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return enc_deinit(1, args);
}

static Value enc_get_position(size_t nargs, const Value *args) {
    (void)nargs;
    EncoderObj *e = live(args[0]);
    update(e);
    return int_from_i64(e->position);
}

static Value enc_set_position(size_t nargs, const Value *args) {
    (void)nargs;
    EncoderObj *e = live(args[0]);
    update(e);
    e->position = (int32_t)arg_int_range(args[1], -0x40000000, 0x3FFFFFFF, "position");
    return VAL_NONE;
}

static Value enc_get_divisor(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(live(args[0])->divisor);
}

static Value enc_set_divisor(size_t nargs, const Value *args) {
    (void)nargs;
    EncoderObj *e = live(args[0]);
    update(e);
    e->divisor = (int32_t)arg_int_range(args[1], 1, 0x3FFFFFFF, "divisor");
    return VAL_NONE;
}

static BUILTIN_FN(enc_deinit_obj, deinit, 1, 1, enc_deinit);
static BUILTIN_FN(enc_enter_obj, __enter__, 1, 1, enc_enter);
static BUILTIN_FN(enc_exit_obj, __exit__, 1, 4, enc_exit);
static BUILTIN_FN(enc_get_position_obj, position, 1, 1, enc_get_position);
static BUILTIN_FN(enc_set_position_obj, position, 2, 2, enc_set_position);
static BUILTIN_FN(enc_get_divisor_obj, divisor, 1, 1, enc_get_divisor);
static BUILTIN_FN(enc_set_divisor_obj, divisor, 2, 2, enc_set_divisor);
static const PropertyObj enc_position_prop = {{&property_type}, OBJ_VAL(&enc_get_position_obj),
                                              OBJ_VAL(&enc_set_position_obj), VAL_NONE, VAL_NONE};
static const PropertyObj enc_divisor_prop = {{&property_type}, OBJ_VAL(&enc_get_divisor_obj),
                                             OBJ_VAL(&enc_set_divisor_obj), VAL_NONE, VAL_NONE};

static const AttrEntry enc_attrs[] = {
    {NAME(deinit), OBJ_VAL(&enc_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&enc_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&enc_exit_obj)},
    {NAME(position), OBJ_VAL(&enc_position_prop)},
    {NAME(divisor), OBJ_VAL(&enc_divisor_prop)},
};

const Type rotaryio_incrementalencoder_type = {
    .base = {&type_type},
    .name = NAME(IncrementalEncoder),
    .base_type = &object_type,
    .make_new = enc_make_new,
    .attrs = enc_attrs,
    .nattrs = sizeof(enc_attrs) / sizeof(enc_attrs[0]),
};

static const AttrEntry rotaryio_globals[] = {
    {NAME(__name__), NAME(rotaryio)},
    {NAME(IncrementalEncoder), OBJ_VAL(&rotaryio_incrementalencoder_type)},
};

const ModuleDef module_rotaryio = {
    .name = NAME(rotaryio),
    .globals = rotaryio_globals,
    .nglobals = sizeof(rotaryio_globals) / sizeof(rotaryio_globals[0]),
};
