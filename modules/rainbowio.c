// The rainbowio module: colorwheel(n), the colour wheel of the Learn guides
// as CircuitPython computes it in C: n is taken modulo 256 (as a float, so
// 255.5 is a valid position), the wheel runs red -> green -> blue -> red in
// three thirds of 85, and the result is 0xRRGGBB.
#include <math.h>
#include <stdint.h>
#include "obj.h"
#include "module_table.h"
#include "vm_raise.h"

static Value rainbowio_colorwheel(size_t nargs, const Value *args) {
    (void)nargs;
    double d;
    if (!obj_to_double(args[0], &d)) {
        vm_raise(&exc_TypeError_type, "can't convert %s to float", type_name_cstr(type_of(args[0])));
    }
    // CircuitPython's arithmetic is single precision on these boards.
    float pos = (float)d;
    if (!isfinite(pos)) {
        pos = 0;
    }
    // The wheel position: CircuitPython subtracts whole turns of a
    // non-negative position; a negative one is left as it is (the cast to
    // unsigned saturates to 0 on the boards), so its third is the first.
    if (pos >= 256) {
        float turns = pos / 256;
        // The unsigned cast saturates on the boards; C leaves it undefined.
        pos = pos - (turns >= 4294967296.0f ? 4294967295.0f : (float)(uint32_t)turns) * 256;
    }
    int shift_up, shift_down;
    if (pos < 85) {
        shift_up = 8;      // red falls, green rises
        shift_down = 16;
    } else if (pos < 170) {
        pos -= 85;
        shift_up = 0;      // green falls, blue rises
        shift_down = 8;
    } else {
        pos -= 170;
        shift_up = 16;     // blue falls, red rises
        shift_down = 0;
    }
    float scaled = pos * 3;
    // Below -2**31 the board's float-to-int conversion saturates too.
    int32_t p = scaled < -2147483648.0f ? INT32_MIN : (int32_t)scaled;
    if (p > 255) {
        p = 255;
    }
    uint32_t rgb = ((uint32_t)p << shift_up) | ((255u - (uint32_t)p) << shift_down);
    return int_from_i64((int32_t)rgb);
}

static BUILTIN_FN(rainbowio_colorwheel_obj, colorwheel, 1, 1, rainbowio_colorwheel);

static const AttrEntry rainbowio_globals[] = {
    {NAME(__name__), NAME(rainbowio)},
    {NAME(colorwheel), OBJ_VAL(&rainbowio_colorwheel_obj)},
};

const ModuleDef module_rainbowio = {
    .name = NAME(rainbowio),
    .globals = rainbowio_globals,
    .nglobals = sizeof(rainbowio_globals) / sizeof(rainbowio_globals[0]),
};
