// busio.I2C: the I2C controller on the port's hal_i2c bus. Its methods are
// shared with bitbangio.I2C (bitbangio.c), which differs only in its
// defaults and in accepting any pins. Order of checks follows
// CircuitPython: deinit, then lock, then the arguments.
#include "obj.h"
#include "busio.h"
#include "busio_int.h"
#include "gc.h"
#include "hal_board.h"
#include "pins.h"
#include "vm_raise.h"

static BusI2C *i2c_get(Value v, BusCheck level) {
    return bus_get(v, &busio_i2c_type, &bitbangio_i2c_type, "I2C", level);
}

Value bus_i2c_make(const Type *t, uint8_t scl, uint8_t sda, uint32_t frequency, bool check_caps) {
    // As CircuitPython: both pins must be free, then usable for I2C, then
    // pulled up (the port checks), then the frequency must be possible.
    if (pin_in_use(scl)) {
        pin_claim(scl);   // raises "<SCL> in use"
    }
    if (pin_in_use(sda)) {
        pin_claim(sda);
    }
    const HalPin *pins = hal_board()->pins;
    if (scl == sda || (check_caps && ((pins[scl].caps & HAL_CAP_I2C) == 0 || (pins[sda].caps & HAL_CAP_I2C) == 0))) {
        vm_raise(&exc_ValueError_type, "Invalid pins");
    }
    int bus = hal_i2c_init(scl, sda, frequency);
    if (bus == -HAL_EINVAL) {
        // The pins were checked above: the port rejects the frequency
        // (SAMD's SERCOM cannot go below about 95 kHz).
        vm_raise(&exc_ValueError_type, "Invalid frequency");
    }
    if (bus < 0) {
        raise_hal_error(bus);
    }
    pin_claim(scl);
    pin_claim(sda);
    BusI2C *s = (BusI2C *)gc_alloc_obj(sizeof(BusI2C), t);
    s->bus = bus;
    s->scl = scl;
    s->sda = sda;
    s->locked = false;
    return OBJ_VAL(s);
}

Value bus_i2c_construct(const Type *t, size_t nargs, const Value *args, Value kwnames, uint32_t dflt_freq,
                        bool check_caps) {
    static const ArgSpec spec[] = {
        {NAME(scl), true, false, VAL_NULL},
        {NAME(sda), true, false, VAL_NULL},
        {NAME(frequency), false, true, VAL_NULL},
        {NAME(timeout), false, true, VAL_NULL},
    };
    Value a[4];
    args_parse("I2C", nargs, args, kwnames, 4, spec, a);
    uint8_t scl = pin_arg(a[0], "scl");
    uint8_t sda = pin_arg(a[1], "sda");
    intptr_t freq = a[2] == VAL_NULL ? (intptr_t)dflt_freq : bus_int_arg(a[2]);
    if (a[3] != VAL_NULL) {
        (void)bus_int_arg(a[3]);   // clock stretching limit: accepted, not used
    }
    if (freq <= 0 || (uint64_t)freq > UINT32_MAX) {
        vm_raise(&exc_ValueError_type, "Invalid frequency");
    }
    return bus_i2c_make(t, scl, sda, (uint32_t)freq, check_caps);
}

static Value i2c_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    return bus_i2c_construct(t, nargs, args, kwnames, 100000, true);
}

Value busio_i2c_new(uint8_t scl, uint8_t sda) { return bus_i2c_make(&busio_i2c_type, scl, sda, 100000, true); }

// --- lifetime and lock ---------------------------------------------------------------

static Value i2c_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    BusI2C *s = i2c_get(args[0], BUS_ANY);
    if (s->bus >= 0) {
        hal_i2c_deinit(s->bus);
        pin_release(s->scl);
        pin_release(s->sda);
        s->bus = -1;
        s->locked = false;
    }
    return VAL_NONE;
}

static Value i2c_enter(size_t nargs, const Value *args) {
    (void)nargs;
    i2c_get(args[0], BUS_ANY);
    return args[0];
}

static Value i2c_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return i2c_deinit(1, args);
}

static Value i2c_try_lock(size_t nargs, const Value *args) {
    (void)nargs;
    BusI2C *s = i2c_get(args[0], BUS_READY);
    if (s->locked) {
        return VAL_FALSE;
    }
    s->locked = true;
    return VAL_TRUE;
}

static Value i2c_unlock(size_t nargs, const Value *args) {
    (void)nargs;
    i2c_get(args[0], BUS_READY)->locked = false;
    return VAL_NONE;
}

// --- transfers -------------------------------------------------------------------------

// An address outside 7 bits is never acknowledged (as on the wire).
static int addr_arg(Value v, uint8_t *addr) {
    intptr_t a = bus_int_arg(v);
    if (a < 0 || a > 0x7f) {
        return -HAL_ENODEV;
    }
    *addr = (uint8_t)a;
    return 0;
}

static bool probe(BusI2C *s, uint8_t addr) { return hal_i2c_write(s->bus, addr, NULL, 0, true) == 0; }

static Value i2c_probe(size_t nargs, const Value *args) {
    (void)nargs;
    BusI2C *s = i2c_get(args[0], BUS_LOCKED);
    uint8_t addr;
    if (addr_arg(args[1], &addr) < 0) {
        return VAL_FALSE;
    }
    return val_bool(probe(s, addr));
}

static Value i2c_scan(size_t nargs, const Value *args) {
    (void)nargs;
    BusI2C *s = i2c_get(args[0], BUS_LOCKED);
    Value list = list_new_empty();
    // 7-bit addresses 0b0000xxx and 0b1111xxx are reserved.
    for (uint8_t addr = 0x08; addr < 0x78; addr++) {
        if (probe(s, addr)) {
            list_append(list, val_from_small_int(addr));
        }
    }
    return list;
}

static void check(int rc) {
    if (rc < 0) {
        raise_hal_error(rc);
    }
}

static Value i2c_readfrom_into(size_t nargs, const Value *args, Value kwnames) {
    BusI2C *s = i2c_get(args[0], BUS_LOCKED);
    static const ArgSpec spec[] = {
        {NAME(address), true, false, VAL_NULL},
        {NAME(buffer), true, false, VAL_NULL},
        {NAME(start), false, true, VAL_NULL},
        {NAME(end), false, true, VAL_NULL},
    };
    Value a[4];
    args_parse("readfrom_into", nargs - 1, args + 1, kwnames, 4, spec, a);
    BusBuf b;
    bus_buf_write(a[1], a[2], a[3], &b);
    if (b.len < 1) {
        vm_raise(&exc_ValueError_type, "buffer length must be >= 1");
    }
    uint8_t addr = 0;
    check(addr_arg(a[0], &addr));
    check(hal_i2c_read(s->bus, addr, b.data, b.len));
    bus_buf_commit(&b);
    return VAL_NONE;
}

static Value i2c_writeto(size_t nargs, const Value *args, Value kwnames) {
    BusI2C *s = i2c_get(args[0], BUS_LOCKED);
    static const ArgSpec spec[] = {
        {NAME(address), true, false, VAL_NULL},
        {NAME(buffer), true, false, VAL_NULL},
        {NAME(start), false, true, VAL_NULL},
        {NAME(end), false, true, VAL_NULL},
    };
    Value a[4];
    args_parse("writeto", nargs - 1, args + 1, kwnames, 4, spec, a);
    BusBuf b;
    bus_buf_read(a[1], a[2], a[3], &b);
    uint8_t addr = 0;
    check(addr_arg(a[0], &addr));
    // An empty write is allowed: it polls for the device.
    check(hal_i2c_write(s->bus, addr, b.data, b.len, true));
    return VAL_NONE;
}

static Value i2c_writeto_then_readfrom(size_t nargs, const Value *args, Value kwnames) {
    BusI2C *s = i2c_get(args[0], BUS_LOCKED);
    static const ArgSpec spec[] = {
        {NAME(address), true, false, VAL_NULL},
        {NAME(out_buffer), true, false, VAL_NULL},
        {NAME(in_buffer), true, false, VAL_NULL},
        {NAME(out_start), false, true, VAL_NULL},
        {NAME(out_end), false, true, VAL_NULL},
        {NAME(in_start), false, true, VAL_NULL},
        {NAME(in_end), false, true, VAL_NULL},
    };
    Value a[7];
    args_parse("writeto_then_readfrom", nargs - 1, args + 1, kwnames, 7, spec, a);
    BusBuf out, in;
    bus_buf_read(a[1], a[3], a[4], &out);
    bus_buf_write(a[2], a[5], a[6], &in);
    if (in.len < 1) {
        // CircuitPython names out_buffer in this message (sic).
        vm_raise(&exc_ValueError_type, "out_buffer length must be >= 1");
    }
    uint8_t addr = 0;
    check(addr_arg(a[0], &addr));
    // The two buffers may be the same object: the write completes (into
    // the device) before the read lands.
    check(hal_i2c_write(s->bus, addr, out.data, out.len, false));
    check(hal_i2c_read(s->bus, addr, in.data, in.len));
    bus_buf_commit(&in);
    return VAL_NONE;
}

BUILTIN_FN(bus_i2c_deinit_obj, deinit, 1, 1, i2c_deinit);
BUILTIN_FN(bus_i2c_enter_obj, __enter__, 1, 1, i2c_enter);
BUILTIN_FN(bus_i2c_exit_obj, __exit__, 4, 4, i2c_exit);
BUILTIN_FN(bus_i2c_probe_obj, probe, 2, 2, i2c_probe);
BUILTIN_FN(bus_i2c_scan_obj, scan, 1, 1, i2c_scan);
BUILTIN_FN(bus_i2c_try_lock_obj, try_lock, 1, 1, i2c_try_lock);
BUILTIN_FN(bus_i2c_unlock_obj, unlock, 1, 1, i2c_unlock);
BUILTIN_FN_KW(bus_i2c_readfrom_into_obj, readfrom_into, 1, FN_UNLIMITED, i2c_readfrom_into);
BUILTIN_FN_KW(bus_i2c_writeto_obj, writeto, 1, FN_UNLIMITED, i2c_writeto);
BUILTIN_FN_KW(bus_i2c_writeto_then_readfrom_obj, writeto_then_readfrom, 1, FN_UNLIMITED,
                    i2c_writeto_then_readfrom);

static const AttrEntry i2c_attrs[] = {
    {NAME(__enter__), OBJ_VAL(&bus_i2c_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&bus_i2c_exit_obj)},
    {NAME(deinit), OBJ_VAL(&bus_i2c_deinit_obj)},
    {NAME(probe), OBJ_VAL(&bus_i2c_probe_obj)},
    {NAME(readfrom_into), OBJ_VAL(&bus_i2c_readfrom_into_obj)},
    {NAME(scan), OBJ_VAL(&bus_i2c_scan_obj)},
    {NAME(try_lock), OBJ_VAL(&bus_i2c_try_lock_obj)},
    {NAME(unlock), OBJ_VAL(&bus_i2c_unlock_obj)},
    {NAME(writeto), OBJ_VAL(&bus_i2c_writeto_obj)},
    {NAME(writeto_then_readfrom), OBJ_VAL(&bus_i2c_writeto_then_readfrom_obj)},
};

const Type busio_i2c_type = {
    .base = {&type_type},
    .name = NAME(I2C),
    .base_type = &object_type,
    .make_new = i2c_make_new,
    .attrs = i2c_attrs,
    .nattrs = sizeof(i2c_attrs) / sizeof(i2c_attrs[0]),
};
