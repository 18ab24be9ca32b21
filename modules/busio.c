// The busio module (I2C, SPI, UART are in busio_i2c.c, busio_spi.c,
// busio_uart.c) and the helpers its bus methods share with bitbangio:
// buffer slices given as start/end, writable buffers, lock errors.
#include <string.h>
#include "obj.h"
#include "array.h"
#include "busio.h"
#include "busio_int.h"
#include "pins.h"
#include "gc.h"
#include "module_table.h"
#include "mods.h"
#include "obj_memoryview.h"
#include "vm_raise.h"

// --- argument helpers --------------------------------------------------------------

void *bus_get(Value v, const Type *t1, const Type *t2, const char *what, BusCheck level) {
    if (!is_type(v, t1) && !is_type(v, t2)) {
        vm_raise(&exc_TypeError_type, "expected %s, not %T", what, v);
    }
    BusHead *h = (BusHead *)VAL_OBJ(v);
    if (level >= BUS_READY) {
        raise_if_deinited(h->bus < 0);
    }
    if (level == BUS_LOCKED && !h->locked) {
        vm_raise(&exc_RuntimeError_type, "Function requires lock");
    }
    return h;
}

intptr_t bus_int_arg(Value v) { return int_as_intptr(mods_to_int(v)); }

intptr_t bus_int_range(Value v, intptr_t lo, intptr_t hi, const char *name) {
    intptr_t i = bus_int_arg(v);
    if (i < lo || i > hi) {
        vm_raise(&exc_ValueError_type, "%s must be %zd-%zd", name, lo, hi);
    }
    return i;
}

// --- buffers -------------------------------------------------------------------------

// Bytes per item: array slices count items, everything else bytes.
static size_t item_size(Value obj, size_t nbytes) {
    if (obj_isinstance(obj, &array_type)) {
        size_t n = obj_len(obj);
        if (n > 0) {
            return nbytes / n;
        }
    }
    return 1;
}

// CircuitPython's normalize_buffer_bounds, clamped as a slice would be so
// that no start can point outside the buffer.
static void slice_bounds(Value vstart, Value vend, size_t nitems, size_t *first, size_t *count) {
    intptr_t n = (intptr_t)nitems;
    intptr_t start = vstart == VAL_NULL ? 0 : bus_int_arg(vstart);
    intptr_t end = n;
    if (vend != VAL_NULL) {
        end = bus_int_arg(vend);
        if (end < 0) {
            end += n;
        } else if (end > n) {
            end = n;
        }
    }
    if (start < 0) {
        start += n;
        if (start < 0) {
            start = 0;
        }
    }
    if (start > n) {
        start = n;
    }
    *first = (size_t)start;
    *count = end < start ? 0 : (size_t)(end - start);
}

static _Noreturn void no_buffer(void) {
    vm_raise(&exc_TypeError_type, "object with buffer protocol required");
}

void bus_buf_read(Value obj, Value start, Value end, BusBuf *b) {
    const uint8_t *data;
    size_t len;
    if (val_is_str(obj) || !obj_get_buffer(obj, &data, &len)) {
        no_buffer();
    }
    size_t isz = item_size(obj, len), first, count;
    slice_bounds(start, end, len / isz, &first, &count);
    b->obj = obj;
    b->data = (uint8_t *)data + first * isz;
    b->len = count * isz;
    b->scratch = false;
    b->first = first * isz;
}

void bus_buf_write(Value obj, Value start, Value end, BusBuf *b) {
    Value n = obj_native(obj);
    bool scratch = false;
    if (is_type(n, &memoryview_type)) {
        MemoryViewObj *m = (MemoryViewObj *)VAL_OBJ(n);
        if (m->readonly) {
            no_buffer();
        }
        scratch = m->step != 1;
    } else if (is_type(n, &bytes_type) || val_is_str(n)) {
        no_buffer();
    }
    const uint8_t *data;
    size_t len;
    if (!obj_get_buffer(obj, &data, &len)) {
        no_buffer();
    }
    size_t isz = item_size(obj, len), first, count;
    slice_bounds(start, end, len / isz, &first, &count);
    b->obj = obj;
    b->data = (uint8_t *)data + first * isz;
    b->len = count * isz;
    b->scratch = scratch;
    b->first = first * isz;
}

void bus_buf_commit(BusBuf *b) {
    if (!b->scratch) {
        return;
    }
    for (size_t i = 0; i < b->len; i++) {
        obj_setitem(b->obj, val_from_small_int((intptr_t)(b->first + i)), val_from_small_int(b->data[i]));
    }
}

bool busio_deinited(Value obj) {
    if (is_type(obj, &busio_i2c_type)) {
        return ((BusI2C *)VAL_OBJ(obj))->bus < 0;
    }
    if (is_type(obj, &busio_spi_type)) {
        return ((BusSPI *)VAL_OBJ(obj))->bus < 0;
    }
    if (is_type(obj, &busio_uart_type)) {
        return busio_uart_deinited(obj);
    }
    return false;
}

// --- the module ------------------------------------------------------------------------

static const AttrEntry busio_globals[] = {
    {NAME(__name__), NAME(busio)},
    {NAME(I2C), OBJ_VAL(&busio_i2c_type)},
    {NAME(SPI), OBJ_VAL(&busio_spi_type)},
    {NAME(UART), OBJ_VAL(&busio_uart_type)},
};

const ModuleDef module_busio = {
    .name = NAME(busio),
    .globals = busio_globals,
    .nglobals = sizeof(busio_globals) / sizeof(busio_globals[0]),
};
