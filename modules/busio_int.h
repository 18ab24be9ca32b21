// Shared inside busio (busio*.c) and bitbangio (bitbangio.c): the I2C and
// SPI objects, whose methods both modules share, and the buffer helpers
// every bus method uses (slices given as start/end, writable buffers). The
// display buses (fourwire.c, i2cdisplaybus.c) drive the same objects under
// their lock.
#ifndef COPPER_MODULES_BUSIO_INT_H
#define COPPER_MODULES_BUSIO_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "obj.h"

// --- buffers ---------------------------------------------------------------

// A slice of a buffer argument, as CircuitPython's bus methods take them:
// start/end count items of the buffer (bytes, or array items), are
// clamped like a slice, and the transfer touches only that slice.
typedef struct {
    Value obj;          // the buffer object
    uint8_t *data;      // first byte of the slice
    size_t len;         // bytes in the slice
    // A strided memoryview has no contiguous memory: `data` is then a
    // scratch copy that bus_buf_commit writes back item by item.
    bool scratch;
    size_t first;       // index of the slice's first byte in the view
} BusBuf;

// Readable (bytes-like) slice; TypeError "object with buffer protocol
// required" otherwise. start/end may be VAL_NULL (0 / the end).
void bus_buf_read(Value obj, Value start, Value end, BusBuf *b);
// Writable slice: bytearray, array, writable memoryview.
void bus_buf_write(Value obj, Value start, Value end, BusBuf *b);
// After reading into a writable slice: stores a scratch copy back.
void bus_buf_commit(BusBuf *b);

// --- shared objects ----------------------------------------------------------

// What every bus object starts with, so one set of checks serves them all.
#define BUS_HEAD          \
    Obj base;             \
    int bus;  /* HAL handle; -1 once deinitialised */ \
    bool locked
typedef struct {
    BUS_HEAD;
} BusHead;

// busio.I2C and bitbangio.I2C (both drive the port's I2C bus; see bitbangio.c).
typedef struct {
    BUS_HEAD;
    uint8_t scl, sda;
} BusI2C;

// busio.SPI and bitbangio.SPI.
typedef struct {
    BUS_HEAD;
    uint8_t sck, mosi, miso;
    uint32_t frequency; // what the port made of the last baudrate
} BusSPI;

// The bus object behind `v`, of type `t1` or `t2` (TypeError "expected
// <what>" otherwise), checked to the given level: any state, not
// deinitialised, or also locked ("Function requires lock").
typedef enum { BUS_ANY, BUS_READY, BUS_LOCKED } BusCheck;
void *bus_get(Value v, const Type *t1, const Type *t2, const char *what, BusCheck level);

extern const Type bitbangio_i2c_type, bitbangio_spi_type;

// Constructors shared with bitbangio: claim the pins, open the HAL bus.
// check_caps: busio checks the pins can carry the bus (bitbangio can use
// any digital pin).
Value bus_i2c_make(const Type *t, uint8_t scl, uint8_t sda, uint32_t frequency, bool check_caps);
// The constructors' argument parsing: I2C(scl, sda, *, frequency, timeout).
Value bus_i2c_construct(const Type *t, size_t nargs, const Value *args, Value kwnames, uint32_t dflt_freq,
                        bool check_caps);
Value bus_spi_make(const Type *t, uint8_t sck, uint8_t mosi, uint8_t miso, bool check_caps);
// Sets the clock and mode for the next transfers and records the frequency
// the port made (SPI.frequency); negative HAL code on failure. Also used by
// fourwire.FourWire at the start of each transaction.
int bus_spi_configure(BusSPI *s, uint32_t baudrate, uint8_t polarity, uint8_t phase, uint8_t bits);

// The method objects both I2C types list (busio_i2c.c).
extern const BuiltinFn bus_i2c_deinit_obj, bus_i2c_enter_obj, bus_i2c_exit_obj, bus_i2c_probe_obj,
    bus_i2c_scan_obj, bus_i2c_try_lock_obj, bus_i2c_unlock_obj, bus_i2c_readfrom_into_obj,
    bus_i2c_writeto_obj, bus_i2c_writeto_then_readfrom_obj;
// The method objects both SPI types list (busio_spi.c). try_lock: busio's
// does not check for deinit, bitbangio's does (as CircuitPython).
extern const BuiltinFn bus_spi_deinit_obj, bus_spi_enter_obj, bus_spi_exit_obj, bus_spi_configure_obj,
    bus_spi_try_lock_obj, bus_spi_try_lock_checked_obj, bus_spi_unlock_obj, bus_spi_write_obj,
    bus_spi_readinto_obj, bus_spi_write_readinto_obj;

bool busio_uart_deinited(Value obj);

// Integer argument (int, bool or __index__) as a C integer; OverflowError
// when it does not fit.
intptr_t bus_int_arg(Value v);
// `<name> must be <lo>-<hi>` unless lo <= v <= hi.
intptr_t bus_int_range(Value v, intptr_t lo, intptr_t hi, const char *name);

#endif
