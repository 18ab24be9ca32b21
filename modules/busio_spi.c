// busio.SPI: the SPI controller on the port's hal_spi bus. Its methods are
// shared with bitbangio.SPI (bitbangio.c). The bus starts at 250 kHz, mode
// 0, 8 bits, as CircuitPython's SAMD port sets it up (SD cards need a slow
// clock before they are switched to SPI mode).
#include "obj.h"
#include "busio.h"
#include "busio_int.h"
#include "gc.h"
#include "hal_board.h"
#include "pins.h"
#include "vm_raise.h"

#define SPI_START_HZ 250000

static BusSPI *spi_get(Value v, BusCheck level) {
    return bus_get(v, &busio_spi_type, &bitbangio_spi_type, "SPI", level);
}

// The port's configure returns the frequency it made (or 0: exactly the one asked).
int bus_spi_configure(BusSPI *s, uint32_t baudrate, uint8_t polarity, uint8_t phase, uint8_t bits) {
    int rc = hal_spi_configure(s->bus, baudrate, polarity, phase, bits);
    if (rc >= 0) {
        s->frequency = rc > 0 ? (uint32_t)rc : baudrate;
    }
    return rc;
}

static bool pin_has(uint8_t pin, uint16_t cap) {
    return pin == HAL_NO_PIN || (hal_board()->pins[pin].caps & cap) != 0;
}

Value bus_spi_make(const Type *t, uint8_t sck, uint8_t mosi, uint8_t miso, bool check_caps) {
    const uint8_t pins[3] = {sck, mosi, miso};
    for (int i = 0; i < 3; i++) {
        if (pins[i] != HAL_NO_PIN && pin_in_use(pins[i])) {
            pin_claim(pins[i]);   // raises "<NAME> in use"
        }
    }
    if (sck == mosi || sck == miso || (mosi != HAL_NO_PIN && mosi == miso) ||
        (check_caps && !(pin_has(sck, HAL_CAP_SPI) && pin_has(mosi, HAL_CAP_SPI) && pin_has(miso, HAL_CAP_SPI)))) {
        vm_raise(&exc_ValueError_type, "Invalid pins");
    }
    int bus = hal_spi_init(sck, mosi, miso);
    if (bus == -HAL_EINVAL) {
        vm_raise(&exc_ValueError_type, "Invalid pins");
    }
    if (bus < 0) {
        raise_hal_error(bus);
    }
    for (int i = 0; i < 3; i++) {
        if (pins[i] != HAL_NO_PIN) {
            pin_claim(pins[i]);
        }
    }
    BusSPI *s = (BusSPI *)gc_alloc_obj(sizeof(BusSPI), t);
    s->bus = bus;
    s->sck = sck;
    s->mosi = mosi;
    s->miso = miso;
    s->locked = false;
    s->frequency = SPI_START_HZ;
    bus_spi_configure(s, SPI_START_HZ, 0, 0, 8);
    return OBJ_VAL(s);
}

static Value spi_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(clock), true, false, VAL_NULL},
        {NAME(MOSI), false, false, VAL_NULL},
        {NAME(MISO), false, false, VAL_NULL},
        {NAME(half_duplex), false, true, VAL_NULL},
    };
    Value a[4];
    args_parse("SPI", nargs, args, kwnames, 4, spec, a);
    uint8_t sck = pin_arg(a[0], "clock");
    uint8_t mosi = a[1] == VAL_NULL ? HAL_NO_PIN : pin_arg_or_none(a[1], "mosi");
    uint8_t miso = a[2] == VAL_NULL ? HAL_NO_PIN : pin_arg_or_none(a[2], "miso");
    if (mosi == HAL_NO_PIN && miso == HAL_NO_PIN) {
        vm_raise(&exc_ValueError_type, "Must provide MISO or MOSI pin");
    }
    if (a[3] != VAL_NULL && obj_truthy(a[3])) {
        // Only CircuitPython's STM port has half-duplex SPI.
        vm_raise(&exc_NotImplementedError_type, "half_duplex");
    }
    return bus_spi_make(t, sck, mosi, miso, true);
}

Value busio_spi_new(uint8_t sck, uint8_t mosi, uint8_t miso) {
    return bus_spi_make(&busio_spi_type, sck, mosi, miso, true);
}

// --- lifetime and lock ---------------------------------------------------------------

static Value spi_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    BusSPI *s = spi_get(args[0], BUS_ANY);
    if (s->bus >= 0) {
        hal_spi_deinit(s->bus);
        pin_release(s->sck);
        if (s->mosi != HAL_NO_PIN) {
            pin_release(s->mosi);
        }
        if (s->miso != HAL_NO_PIN) {
            pin_release(s->miso);
        }
        s->bus = -1;
        s->locked = false;
    }
    return VAL_NONE;
}

static Value spi_enter(size_t nargs, const Value *args) {
    (void)nargs;
    spi_get(args[0], BUS_ANY);
    return args[0];
}

static Value spi_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return spi_deinit(1, args);
}

static Value lock(BusSPI *s) {
    if (s->locked) {
        return VAL_FALSE;
    }
    s->locked = true;
    return VAL_TRUE;
}

// busio.SPI.try_lock does not check for deinit (CircuitPython's doesn't).
static Value spi_try_lock(size_t nargs, const Value *args) {
    (void)nargs;
    return lock(spi_get(args[0], BUS_ANY));
}

static Value spi_try_lock_checked(size_t nargs, const Value *args) {
    (void)nargs;
    return lock(spi_get(args[0], BUS_READY));
}

static Value spi_unlock(size_t nargs, const Value *args) {
    (void)nargs;
    spi_get(args[0], BUS_READY)->locked = false;
    return VAL_NONE;
}

static Value spi_configure_m(size_t nargs, const Value *args, Value kwnames) {
    BusSPI *s = spi_get(args[0], BUS_LOCKED);
    static const ArgSpec spec[] = {
        {NAME(baudrate), false, true, VAL_NULL},
        {NAME(polarity), false, true, VAL_NULL},
        {NAME(phase), false, true, VAL_NULL},
        {NAME(bits), false, true, VAL_NULL},
    };
    Value a[4];
    args_parse("configure", nargs - 1, args + 1, kwnames, 4, spec, a);
    intptr_t baud = a[0] == VAL_NULL ? 100000 : bus_int_arg(a[0]);
    uint8_t polarity = a[1] == VAL_NULL ? 0 : (uint8_t)bus_int_range(a[1], 0, 1, "polarity");
    uint8_t phase = a[2] == VAL_NULL ? 0 : (uint8_t)bus_int_range(a[2], 0, 1, "phase");
    uint8_t bits = a[3] == VAL_NULL ? 8 : (uint8_t)bus_int_range(a[3], 8, 9, "bits");
    // The hardware rounds to the nearest divider it has; nonsense rates
    // end at the slowest or the fastest one rather than failing.
    if (baud < 1) {
        baud = 1;
    }
    if ((uint64_t)baud > UINT32_MAX) {
        baud = (intptr_t)UINT32_MAX;
    }
    if (bus_spi_configure(s, (uint32_t)baud, polarity, phase, bits) < 0) {
        raise_hal_error(-HAL_EIO);
    }
    return VAL_NONE;
}

// --- transfers -------------------------------------------------------------------------

static void transfer(BusSPI *s, const uint8_t *out, uint8_t *in, size_t len, uint8_t fill) {
    if (out != NULL && s->mosi == HAL_NO_PIN) {
        vm_raise(&exc_ValueError_type, "No MOSI Pin");
    }
    if (in != NULL && s->miso == HAL_NO_PIN) {
        vm_raise(&exc_ValueError_type, "No MISO Pin");
    }
    if (hal_spi_transfer(s->bus, out, in, len, fill) < 0) {
        raise_hal_error(-HAL_EIO);
    }
}

static Value spi_write(size_t nargs, const Value *args, Value kwnames) {
    BusSPI *s = spi_get(args[0], BUS_LOCKED);
    static const ArgSpec spec[] = {
        {NAME(buffer), true, false, VAL_NULL},
        {NAME(start), false, true, VAL_NULL},
        {NAME(end), false, true, VAL_NULL},
    };
    Value a[3];
    args_parse("write", nargs - 1, args + 1, kwnames, 3, spec, a);
    BusBuf b;
    bus_buf_read(a[0], a[1], a[2], &b);
    if (b.len > 0) {
        transfer(s, b.data, NULL, b.len, 0);
    }
    return VAL_NONE;
}

static Value spi_readinto(size_t nargs, const Value *args, Value kwnames) {
    BusSPI *s = spi_get(args[0], BUS_LOCKED);
    static const ArgSpec spec[] = {
        {NAME(buffer), true, false, VAL_NULL},
        {NAME(start), false, true, VAL_NULL},
        {NAME(end), false, true, VAL_NULL},
        {NAME(write_value), false, true, VAL_NULL},
    };
    Value a[4];
    args_parse("readinto", nargs - 1, args + 1, kwnames, 4, spec, a);
    BusBuf b;
    bus_buf_write(a[0], a[1], a[2], &b);
    // CircuitPython keeps the low byte of write_value.
    uint8_t fill = a[3] == VAL_NULL ? 0 : (uint8_t)(bus_int_arg(a[3]) & 0xff);
    if (b.len > 0) {
        transfer(s, NULL, b.data, b.len, fill);
        bus_buf_commit(&b);
    }
    return VAL_NONE;
}

static Value spi_write_readinto(size_t nargs, const Value *args, Value kwnames) {
    BusSPI *s = spi_get(args[0], BUS_LOCKED);
    static const ArgSpec spec[] = {
        {NAME(out_buffer), true, false, VAL_NULL},
        {NAME(in_buffer), true, false, VAL_NULL},
        {NAME(out_start), false, true, VAL_NULL},
        {NAME(out_end), false, true, VAL_NULL},
        {NAME(in_start), false, true, VAL_NULL},
        {NAME(in_end), false, true, VAL_NULL},
    };
    Value a[6];
    args_parse("write_readinto", nargs - 1, args + 1, kwnames, 6, spec, a);
    BusBuf out, in;
    bus_buf_read(a[0], a[2], a[3], &out);
    bus_buf_write(a[1], a[4], a[5], &in);
    if (out.len != in.len) {
        vm_raise(&exc_ValueError_type, "buffer slices must be of equal length");
    }
    if (out.len > 0) {
        // The slices may overlap (same buffer): send from a copy.
        uint8_t *copy = gc_alloc(out.len, true);
        for (size_t i = 0; i < out.len; i++) {
            copy[i] = out.data[i];
        }
        transfer(s, copy, in.data, out.len, 0);
        bus_buf_commit(&in);
    }
    return VAL_NONE;
}

static Value spi_get_frequency(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_u64(spi_get(args[0], BUS_READY)->frequency);
}

BUILTIN_FN(bus_spi_deinit_obj, deinit, 1, 1, spi_deinit);
BUILTIN_FN(bus_spi_enter_obj, __enter__, 1, 1, spi_enter);
BUILTIN_FN(bus_spi_exit_obj, __exit__, 4, 4, spi_exit);
BUILTIN_FN(bus_spi_try_lock_obj, try_lock, 1, 1, spi_try_lock);
BUILTIN_FN(bus_spi_try_lock_checked_obj, try_lock, 1, 1, spi_try_lock_checked);
BUILTIN_FN(bus_spi_unlock_obj, unlock, 1, 1, spi_unlock);
BUILTIN_FN_KW(bus_spi_configure_obj, configure, 1, FN_UNLIMITED, spi_configure_m);
BUILTIN_FN_KW(bus_spi_write_obj, write, 1, FN_UNLIMITED, spi_write);
BUILTIN_FN_KW(bus_spi_readinto_obj, readinto, 1, FN_UNLIMITED, spi_readinto);
BUILTIN_FN_KW(bus_spi_write_readinto_obj, write_readinto, 1, FN_UNLIMITED, spi_write_readinto);
static BUILTIN_FN(spi_frequency_getter, frequency, 1, 1, spi_get_frequency);
static const PropertyObj spi_frequency_prop = {{&property_type}, OBJ_VAL(&spi_frequency_getter), VAL_NONE,
                                               VAL_NONE, VAL_NONE};

static const AttrEntry spi_attrs[] = {
    {NAME(__enter__), OBJ_VAL(&bus_spi_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&bus_spi_exit_obj)},
    {NAME(configure), OBJ_VAL(&bus_spi_configure_obj)},
    {NAME(deinit), OBJ_VAL(&bus_spi_deinit_obj)},
    {NAME(frequency), OBJ_VAL(&spi_frequency_prop)},
    {NAME(readinto), OBJ_VAL(&bus_spi_readinto_obj)},
    {NAME(try_lock), OBJ_VAL(&bus_spi_try_lock_obj)},
    {NAME(unlock), OBJ_VAL(&bus_spi_unlock_obj)},
    {NAME(write), OBJ_VAL(&bus_spi_write_obj)},
    {NAME(write_readinto), OBJ_VAL(&bus_spi_write_readinto_obj)},
};

const Type busio_spi_type = {
    .base = {&type_type},
    .name = NAME(SPI),
    .base_type = &object_type,
    .make_new = spi_make_new,
    .attrs = spi_attrs,
    .nattrs = sizeof(spi_attrs) / sizeof(spi_attrs[0]),
};
