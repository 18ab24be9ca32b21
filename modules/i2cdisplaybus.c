// i2cdisplaybus.I2CDisplayBus: a display controller on a busio.I2C (the
// SSD1306 family), framed as CircuitPython frames it: each command byte
// goes with a control byte 0x80 (Co=1, D/C#=0), all in one write; data
// goes as one write of control byte 0x40 (Co=0, D/C#=1) and the bytes.
// A transaction is the I2C object's lock.
#include "obj.h"
#include "busio.h"
#include "busio_int.h"
#include "display_bus.h"
#include "gc.h"
#include "hal_board.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

typedef struct {
    DispBusObj head;      // head.busio: the busio.I2C
    uint8_t address;
    uint8_t reset;        // pin (HAL_NO_PIN: none)
} I2CDisplayObj;

static I2CDisplayObj *i2cdisplay_of(Value bus) { return (I2CDisplayObj *)VAL_OBJ(bus); }
static BusI2C *i2c_of(I2CDisplayObj *d) { return (BusI2C *)VAL_OBJ(d->head.busio); }

// --- the bus operations --------------------------------------------------------------

static bool i2cd_begin(Value bus) {
    I2CDisplayObj *d = i2cdisplay_of(bus);
    BusI2C *i2c = i2c_of(d);
    if (d->head.deinited || i2c->bus < 0 || i2c->locked) {
        return false;
    }
    i2c->locked = true;
    return true;
}

// Frames `len` bytes into `out` (2 * len for commands, len + 1 for data)
// and returns the framed length.
static size_t frame(DispByteKind kind, const uint8_t *data, size_t len, uint8_t *out) {
    if (kind == DISP_COMMAND) {
        for (size_t i = 0; i < len; i++) {
            out[2 * i] = 0x80;
            out[2 * i + 1] = data[i];
        }
        return 2 * len;
    }
    out[0] = 0x40;
    for (size_t i = 0; i < len; i++) {
        out[i + 1] = data[i];
    }
    return len + 1;
}

static size_t framed_len(DispByteKind kind, size_t len) { return kind == DISP_COMMAND ? 2 * len : len + 1; }

// BusDisplay's sends (at most DISP_SEND_MAX bytes) are framed on the
// stack; a larger send from Python in a heap block (it may raise there).
static void i2cd_send(Value bus, DispByteKind kind, bool toggle_cs, const uint8_t *data, size_t len) {
    (void)toggle_cs;
    I2CDisplayObj *d = i2cdisplay_of(bus);
    uint8_t local[DISP_SEND_MAX + 1];
    size_t need = framed_len(kind, len);
    uint8_t *out = need <= sizeof(local) ? local : gc_alloc(need, true);
    size_t n = frame(kind, data, len, out);
    hal_i2c_write(i2c_of(d)->bus, d->address, out, n, true);
}

static void i2cd_end(Value bus) { i2c_of(i2cdisplay_of(bus))->locked = false; }

static bool i2cd_reset(Value bus) {
    I2CDisplayObj *d = i2cdisplay_of(bus);
    if (d->reset == HAL_NO_PIN) {
        return false;
    }
    hal_gpio_write(d->reset, false);
    disp_delay_us(4);
    hal_gpio_write(d->reset, true);
    return true;
}

static void i2cd_deinit(Value bus) {
    I2CDisplayObj *d = i2cdisplay_of(bus);
    if (!d->head.deinited) {
        d->head.deinited = true;
        disp_pin_release(d->reset);
    }
}

static const DispBusOps i2cdisplay_ops = {i2cd_begin, i2cd_send, i2cd_end, i2cd_reset, i2cd_deinit};

// --- construction --------------------------------------------------------------------

static Value i2cdisplay_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(i2c_bus), true, false, VAL_NULL},
        {NAME(device_address), true, true, VAL_NULL},
        {NAME(reset), false, true, VAL_NONE},
    };
    Value a[3];
    args_parse("I2CDisplayBus", nargs, args, kwnames, 3, spec, a);
    uint8_t reset = pin_arg_or_none(a[2], "reset");
    if (reset != HAL_NO_PIN && pin_in_use(reset)) {
        pin_claim(reset);   // raises "<NAME> in use"
    }
    if (!is_type(a[0], &busio_i2c_type)) {
        vm_raise(&exc_TypeError_type, "i2c_bus must be of type I2C, not %s", type_name_cstr(type_of(a[0])));
    }
    uint8_t address = (uint8_t)arg_int_range(a[1], 0, 127, "device_address");
    raise_if_deinited(busio_deinited(a[0]));
    disp_bus_slot_check();

    I2CDisplayObj *d = (I2CDisplayObj *)gc_alloc_obj(sizeof(I2CDisplayObj), &i2cdisplaybus_i2cdisplaybus_type);
    d->head.ops = &i2cdisplay_ops;
    d->head.busio = a[0];
    d->address = address;
    const bool high = true;
    disp_pins_output(&reset, &high, 1);
    d->reset = reset;
    i2cd_reset(OBJ_VAL(d));
    // The controller must acknowledge its address (a zero-length write).
    if (hal_i2c_write(i2c_of(d)->bus, address, NULL, 0, true) != 0) {
        i2cd_deinit(OBJ_VAL(d));
        vm_raise(&exc_ValueError_type, "Unable to find I2C Display at %x", (unsigned)address);
    }
    disp_bus_slot_take(OBJ_VAL(d));
    return OBJ_VAL(d);
}

// --- methods -------------------------------------------------------------------------

static I2CDisplayObj *i2cdisplay_self(Value self) {
    if (!is_type(self, &i2cdisplaybus_i2cdisplaybus_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'I2CDisplayBus' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    I2CDisplayObj *d = i2cdisplay_of(self);
    raise_if_deinited(d->head.deinited);
    return d;
}

static Value i2cdisplay_reset_m(size_t nargs, const Value *args) {
    (void)nargs;
    i2cdisplay_self(args[0]);
    if (!i2cd_reset(args[0])) {
        vm_raise(&exc_RuntimeError_type, "No reset pin");
    }
    return VAL_NONE;
}

// send(command, data): the command and its data all as command bytes, as
// SSD1306-style controllers take their arguments.
static Value i2cdisplay_send_m(size_t nargs, const Value *args) {
    (void)nargs;
    I2CDisplayObj *d = i2cdisplay_self(args[0]);
    uint8_t command = (uint8_t)arg_int_range(args[1], 0, 255, "command");
    const uint8_t *data;
    size_t len;
    if (!obj_get_buffer(args[2], &data, &len)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    uint8_t *full = gc_alloc(len + 1, true);
    full[0] = command;
    for (size_t i = 0; i < len; i++) {
        full[i + 1] = data[i];
    }
    disp_bus_begin_wait(&d->head);
    i2cd_send(args[0], DISP_COMMAND, false, full, len + 1);
    i2cd_end(args[0]);
    return VAL_NONE;
}

static BUILTIN_FN(i2cdisplay_reset_obj, reset, 1, 1, i2cdisplay_reset_m);
static BUILTIN_FN(i2cdisplay_send_obj, send, 3, 3, i2cdisplay_send_m);

static const AttrEntry i2cdisplay_attrs[] = {
    {NAME(reset), OBJ_VAL(&i2cdisplay_reset_obj)},
    {NAME(send), OBJ_VAL(&i2cdisplay_send_obj)},
};

const Type i2cdisplaybus_i2cdisplaybus_type = {
    .base = {&type_type},
    .name = NAME(I2CDisplayBus),
    .base_type = &object_type,
    .make_new = i2cdisplay_make_new,
    .attrs = i2cdisplay_attrs,
    .nattrs = sizeof(i2cdisplay_attrs) / sizeof(i2cdisplay_attrs[0]),
};

static const AttrEntry i2cdisplaybus_globals[] = {
    {NAME(__name__), NAME(i2cdisplaybus)},
    {NAME(I2CDisplayBus), OBJ_VAL(&i2cdisplaybus_i2cdisplaybus_type)},
};

const ModuleDef module_i2cdisplaybus = {
    .name = NAME(i2cdisplaybus),
    .globals = i2cdisplaybus_globals,
    .nglobals = sizeof(i2cdisplaybus_globals) / sizeof(i2cdisplaybus_globals[0]),
};
