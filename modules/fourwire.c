// fourwire.FourWire: a display on a busio.SPI with a data/command pin and a
// chip select (MIPI DBI type C, option 3), as CircuitPython's FourWire
// drives it. Each transaction takes the SPI object's lock, configures the
// bus for the display (another device may share it at another speed) and
// holds chip select low; the data/command pin is low for command bytes,
// high for data. Without a data/command pin, 9-bit SPI is simulated: each
// byte is preceded by its D/C bit and the stream is re-cut into bytes.
#include "obj.h"
#include "busio.h"
#include "busio_int.h"
#include "display_bus.h"
#include "gc.h"
#include "hal_board.h"
#include "module_table.h"
#include "mods.h"
#include "pins.h"
#include "vm_raise.h"

typedef struct {
    DispBusObj head;      // head.busio: the busio.SPI
    bool owns_spi;        // board.DISPLAY's own SPI: deinitialised with the bus
    uint8_t command, chip_select, reset;   // pins (HAL_NO_PIN: none)
    uint8_t polarity, phase;
    uint32_t baudrate;
} FourWireObj;

static FourWireObj *fourwire_of(Value bus) { return (FourWireObj *)VAL_OBJ(bus); }
static BusSPI *spi_of(FourWireObj *f) { return (BusSPI *)VAL_OBJ(f->head.busio); }

static void cs_pulse(FourWireObj *f) {
    if (f->chip_select != HAL_NO_PIN) {
        hal_gpio_write(f->chip_select, true);
        disp_delay_us(1);
        hal_gpio_write(f->chip_select, false);
    }
}

static void write_bytes(FourWireObj *f, const uint8_t *data, size_t len) {
    hal_spi_transfer(spi_of(f)->bus, data, NULL, len, 0);
}

// --- the bus operations --------------------------------------------------------------

static bool fw_begin(Value bus) {
    FourWireObj *f = fourwire_of(bus);
    BusSPI *s = spi_of(f);
    if (f->head.deinited || s->bus < 0 || s->locked) {
        return false;
    }
    s->locked = true;
    bus_spi_configure(s, f->baudrate, f->polarity, f->phase, 8);
    if (f->chip_select != HAL_NO_PIN) {
        hal_gpio_write(f->chip_select, false);
    }
    return true;
}

// 9-bit mode: every byte becomes its D/C bit followed by its 8 bits, sent
// MSB first as a continuous bit stream. Leftover bits at the end are padded
// and chip select is pulsed so the controller drops them.
static void send_9bit(FourWireObj *f, DispByteKind kind, const uint8_t *data, size_t len) {
    uint8_t dc = kind == DISP_DATA;
    uint8_t prev = 0;
    unsigned bits = 0;   // bits of `prev` still to send
    for (size_t i = 0; i < len; i++) {
        bits = (bits + 1) % 8;
        uint8_t out;
        if (bits == 0) {
            out = (uint8_t)((prev << 1) | dc);
            write_bytes(f, &out, 1);
            write_bytes(f, &data[i], 1);
        } else {
            out = (uint8_t)((prev << (9 - bits)) | (dc << (8 - bits)) | (data[i] >> bits));
            write_bytes(f, &out, 1);
        }
        prev = data[i];
    }
    if (bits > 0) {
        uint8_t out = (uint8_t)(prev << (8 - bits));
        write_bytes(f, &out, 1);
        cs_pulse(f);
    }
}

static void fw_send(Value bus, DispByteKind kind, bool toggle_cs, const uint8_t *data, size_t len) {
    FourWireObj *f = fourwire_of(bus);
    if (len == 0) {
        return;
    }
    if (f->command == HAL_NO_PIN) {
        send_9bit(f, kind, data, len);
        return;
    }
    hal_gpio_write(f->command, kind == DISP_DATA);
    if (!toggle_cs) {
        write_bytes(f, data, len);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        write_bytes(f, &data[i], 1);
        cs_pulse(f);
    }
}

static void fw_end(Value bus) {
    FourWireObj *f = fourwire_of(bus);
    if (f->chip_select != HAL_NO_PIN) {
        hal_gpio_write(f->chip_select, true);
    }
    spi_of(f)->locked = false;
}

static bool fw_reset(Value bus) {
    FourWireObj *f = fourwire_of(bus);
    if (f->reset == HAL_NO_PIN) {
        return false;
    }
    hal_gpio_write(f->reset, false);
    disp_delay_us(1000);
    hal_gpio_write(f->reset, true);
    disp_delay_us(1000);
    return true;
}

static void fw_deinit(Value bus) {
    FourWireObj *f = fourwire_of(bus);
    if (f->head.deinited) {
        return;
    }
    f->head.deinited = true;
    disp_pin_release(f->command);
    disp_pin_release(f->chip_select);
    disp_pin_release(f->reset);
    if (f->owns_spi) {
        obj_call_method0(f->head.busio, NAME(deinit));
    }
}

static const DispBusOps fourwire_ops = {fw_begin, fw_send, fw_end, fw_reset, fw_deinit};

// --- construction --------------------------------------------------------------------

Value fourwire_make(Value spi, uint8_t command, uint8_t chip_select, uint8_t reset, uint32_t baudrate,
                    uint8_t polarity, uint8_t phase, bool owns_spi) {
    FourWireObj *f = (FourWireObj *)gc_alloc_obj(sizeof(FourWireObj), &fourwire_fourwire_type);
    f->head.ops = &fourwire_ops;
    f->head.busio = spi;
    f->owns_spi = owns_spi;
    f->command = f->chip_select = f->reset = HAL_NO_PIN;
    f->baudrate = baudrate;
    f->polarity = polarity;
    f->phase = phase;
    const uint8_t pins[3] = {command, reset, chip_select};
    const bool levels[3] = {true, true, true};
    disp_pins_output(pins, levels, 3);
    f->command = command;
    f->reset = reset;
    f->chip_select = chip_select;
    fw_reset(OBJ_VAL(f));
    disp_bus_slot_take(OBJ_VAL(f));
    return OBJ_VAL(f);
}

static uint8_t free_pin_or_none(Value v, const char *argname) {
    uint8_t pin = pin_arg_or_none(v, argname);
    if (pin != HAL_NO_PIN && pin_in_use(pin)) {
        pin_claim(pin);   // raises "<NAME> in use"
    }
    return pin;
}

static Value fourwire_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(spi_bus), true, false, VAL_NULL},
        {NAME(command), false, true, VAL_NONE},
        {NAME(chip_select), false, true, VAL_NONE},
        {NAME(reset), false, true, VAL_NONE},
        {NAME(baudrate), false, true, MODS_SMALL_INT(24000000)},
        {NAME(polarity), false, true, MODS_SMALL_INT(0)},
        {NAME(phase), false, true, MODS_SMALL_INT(0)},
    };
    Value a[7];
    args_parse("FourWire", nargs, args, kwnames, 7, spec, a);
    uint8_t command = pin_arg_or_none(a[1], "command");
    uint8_t chip_select = free_pin_or_none(a[2], "chip_select");
    uint8_t reset = free_pin_or_none(a[3], "reset");
    if (!is_type(a[0], &busio_spi_type)) {
        vm_raise(&exc_TypeError_type, "spi_bus must be of type SPI, not %s", type_name_cstr(type_of(a[0])));
    }
    disp_bus_slot_check();
    uint8_t polarity = (uint8_t)arg_int_range(a[5], 0, 1, "polarity");
    uint8_t phase = (uint8_t)arg_int_range(a[6], 0, 1, "phase");
    // As busio.SPI.configure: the bus makes the nearest rate it can.
    intptr_t baudrate = bus_int_arg(a[4]);
    baudrate = baudrate < 1 ? 1 : (uint64_t)baudrate > UINT32_MAX ? (intptr_t)UINT32_MAX : baudrate;
    raise_if_deinited(busio_deinited(a[0]));
    return fourwire_make(a[0], command, chip_select, reset, (uint32_t)baudrate, polarity, phase, false);
}

// --- methods -------------------------------------------------------------------------

static FourWireObj *fourwire_self(Value self) {
    if (!is_type(self, &fourwire_fourwire_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'FourWire' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
    FourWireObj *f = fourwire_of(self);
    raise_if_deinited(f->head.deinited);
    return f;
}

static Value fourwire_reset_m(size_t nargs, const Value *args) {
    (void)nargs;
    fourwire_self(args[0]);
    if (!fw_reset(args[0])) {
        vm_raise(&exc_RuntimeError_type, "No reset pin");
    }
    return VAL_NONE;
}

static Value fourwire_send_m(size_t nargs, const Value *args, Value kwnames) {
    FourWireObj *f = fourwire_self(args[0]);
    static const ArgSpec spec[] = {
        {NAME(command), true, false, VAL_NULL},
        {NAME(data), true, false, VAL_NULL},
        {NAME(toggle_every_byte), false, true, VAL_FALSE},
    };
    Value a[3];
    args_parse("send", nargs - 1, args + 1, kwnames, 3, spec, a);
    uint8_t command = (uint8_t)arg_int_range(a[0], 0, 255, "command");
    const uint8_t *data;
    size_t len;
    if (!obj_get_buffer(a[1], &data, &len)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    bool toggle = obj_truthy(a[2]);
    disp_bus_begin_wait(&f->head);
    fw_send(args[0], DISP_COMMAND, toggle, &command, 1);
    fw_send(args[0], DISP_DATA, toggle, data, len);
    fw_end(args[0]);
    return VAL_NONE;
}

static BUILTIN_FN(fourwire_reset_obj, reset, 1, 1, fourwire_reset_m);
static BUILTIN_FN_KW(fourwire_send_obj, send, 1, FN_UNLIMITED, fourwire_send_m);

static const AttrEntry fourwire_attrs[] = {
    {NAME(reset), OBJ_VAL(&fourwire_reset_obj)},
    {NAME(send), OBJ_VAL(&fourwire_send_obj)},
};

const Type fourwire_fourwire_type = {
    .base = {&type_type},
    .name = NAME(FourWire),
    .base_type = &object_type,
    .make_new = fourwire_make_new,
    .attrs = fourwire_attrs,
    .nattrs = sizeof(fourwire_attrs) / sizeof(fourwire_attrs[0]),
};

static const AttrEntry fourwire_globals[] = {
    {NAME(__name__), NAME(fourwire)},
    {NAME(FourWire), OBJ_VAL(&fourwire_fourwire_type)},
};

const ModuleDef module_fourwire = {
    .name = NAME(fourwire),
    .globals = fourwire_globals,
    .nglobals = sizeof(fourwire_globals) / sizeof(fourwire_globals[0]),
};
