// The neopixel_write module: neopixel_write(digitalinout, buf) sends the
// buffer's bytes unchanged, in order, at 800 kHz on the DigitalInOut's pin
// (colour order is the caller's business: the neopixel library reorders).
#include "obj.h"
#include "digitalio.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

static Value neopixel_write_fn(size_t nargs, const Value *args) {
    (void)nargs;
    uint8_t pin = digitalinout_pin(args[0], "digitalinout");
    const uint8_t *data;
    size_t len;
    if (!obj_get_buffer(args[1], &data, &len)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    hal_neopixel_write(pin, data, len);
    return VAL_NONE;
}

static BUILTIN_FN(neopixel_write_obj, neopixel_write, 2, 2, neopixel_write_fn);

static const AttrEntry neopixel_write_globals[] = {
    {NAME(__name__), NAME(neopixel_write)},
    {NAME(neopixel_write), OBJ_VAL(&neopixel_write_obj)},
};

const ModuleDef module_neopixel_write = {
    .name = NAME(neopixel_write),
    .globals = neopixel_write_globals,
    .nglobals = sizeof(neopixel_write_globals) / sizeof(neopixel_write_globals[0]),
};
