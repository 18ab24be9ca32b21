// The bitbangio module: I2C and SPI with busio's API on any digital pins.
//
// On a board, CircuitPython toggles the pins from software. Copper's port
// contract has no way for a simulated device to watch single GPIO edges
// (the simulator decodes whole bus transactions, not pin wiggles), so
// these classes drive the port's hal_i2c/hal_spi bus on the given pins:
// on the simulated board a bit-banged bus therefore behaves exactly like
// the hardware bus on the same pins (same devices, same answers, same
// trace), and only the software timing differs from a real board. What
// remains of bitbangio itself is its API: any digital pins are accepted,
// I2C defaults to 400 kHz, SPI has no `frequency` and checks for deinit in
// try_lock. A port with a GPIO-level simulator could replace this file
// with a real bit-banging implementation over hal_gpio.
#include "obj.h"
#include "busio_int.h"
#include "hal_board.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

static Value bb_i2c_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    return bus_i2c_construct(t, nargs, args, kwnames, 400000, false);
}

static const AttrEntry bb_i2c_attrs[] = {
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

const Type bitbangio_i2c_type = {
    .base = {&type_type},
    .name = NAME(I2C),
    .base_type = &object_type,
    .make_new = bb_i2c_make_new,
    .attrs = bb_i2c_attrs,
    .nattrs = sizeof(bb_i2c_attrs) / sizeof(bb_i2c_attrs[0]),
};

static Value bb_spi_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(clock), true, false, VAL_NULL},
        {NAME(MOSI), false, false, VAL_NULL},
        {NAME(MISO), false, false, VAL_NULL},
    };
    Value a[3];
    args_parse("SPI", nargs, args, kwnames, 3, spec, a);
    uint8_t sck = pin_arg(a[0], "clock");
    uint8_t mosi = a[1] == VAL_NULL ? HAL_NO_PIN : pin_arg_or_none(a[1], "mosi");
    uint8_t miso = a[2] == VAL_NULL ? HAL_NO_PIN : pin_arg_or_none(a[2], "miso");
    return bus_spi_make(t, sck, mosi, miso, false);
}

static const AttrEntry bb_spi_attrs[] = {
    {NAME(__enter__), OBJ_VAL(&bus_spi_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&bus_spi_exit_obj)},
    {NAME(configure), OBJ_VAL(&bus_spi_configure_obj)},
    {NAME(deinit), OBJ_VAL(&bus_spi_deinit_obj)},
    {NAME(readinto), OBJ_VAL(&bus_spi_readinto_obj)},
    {NAME(try_lock), OBJ_VAL(&bus_spi_try_lock_checked_obj)},
    {NAME(unlock), OBJ_VAL(&bus_spi_unlock_obj)},
    {NAME(write), OBJ_VAL(&bus_spi_write_obj)},
    {NAME(write_readinto), OBJ_VAL(&bus_spi_write_readinto_obj)},
};

const Type bitbangio_spi_type = {
    .base = {&type_type},
    .name = NAME(SPI),
    .base_type = &object_type,
    .make_new = bb_spi_make_new,
    .attrs = bb_spi_attrs,
    .nattrs = sizeof(bb_spi_attrs) / sizeof(bb_spi_attrs[0]),
};

static const AttrEntry bitbangio_globals[] = {
    {NAME(__name__), NAME(bitbangio)},
    {NAME(I2C), OBJ_VAL(&bitbangio_i2c_type)},
    {NAME(SPI), OBJ_VAL(&bitbangio_spi_type)},
};

const ModuleDef module_bitbangio = {
    .name = NAME(bitbangio),
    .globals = bitbangio_globals,
    .nglobals = sizeof(bitbangio_globals) / sizeof(bitbangio_globals[0]),
};
