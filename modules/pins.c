// microcontroller.Pin and the helpers every hardware module shares (see
// pins.h): one const Pin object per pin index (in flash, never on the heap),
// pin arguments, the claim table that makes "A1 in use" work, and the
// mapping from HAL error codes to CircuitPython's exceptions.
#include <math.h>
#include <string.h>
#include "obj.h"
#include "displayio.h"
#include "obj_file.h"
#include "obj_float.h"
#include "pins.h"
#include "print.h"
#include "vm_raise.h"

// The largest board has fewer pins than this; pin indexes beyond it are
// never handed out (pin_obj clamps to the board's own count anyway).
#define PINS_MAX 64

typedef struct {
    Obj base;
    uint8_t index;
} PinObj;

#define PIN1(i) {{&mcu_pin_type}, (i)}
#define PIN8(i)                                                                      \
    PIN1(i), PIN1((i) + 1), PIN1((i) + 2), PIN1((i) + 3), PIN1((i) + 4), PIN1((i) + 5), \
        PIN1((i) + 6), PIN1((i) + 7)
static const PinObj pin_objs[PINS_MAX] = {
    PIN8(0), PIN8(8), PIN8(16), PIN8(24), PIN8(32), PIN8(40), PIN8(48), PIN8(56),
};

// Claimed pins, one bit per index: the only RAM the pin layer needs.
static uint64_t pins_claimed;

static size_t board_npins(void) {
    size_t n = hal_board()->npins;
    return n < PINS_MAX ? n : PINS_MAX;
}

Value pin_obj(uint8_t pin) {
    if (pin >= board_npins()) {
        vm_raise(&exc_ValueError_type, "Invalid pin");
    }
    return OBJ_VAL(&pin_objs[pin]);
}

static const char *board_name_of(uint8_t pin) {
    const HalBoard *b = hal_board();
    for (size_t i = 0; i < b->nnames; i++) {
        if (b->names[i].pin == pin) {
            return b->names[i].name;
        }
    }
    return NULL;
}

const char *pin_name(uint8_t pin) {
    const char *n = board_name_of(pin);
    if (n != NULL) {
        return n;
    }
    return pin < board_npins() ? hal_board()->pins[pin].mcu_name : "?";
}

uint8_t pin_arg(Value v, const char *argname) {
    if (!is_type(v, &mcu_pin_type)) {
        vm_raise(&exc_TypeError_type, "%s must be of type Pin, not %s", argname, type_name_cstr(type_of(v)));
    }
    uint8_t pin = ((const PinObj *)VAL_OBJ(v))->index;
    if (pin >= board_npins()) {
        vm_raise(&exc_ValueError_type, "Invalid pin");
    }
    return pin;
}

uint8_t pin_arg_or_none(Value v, const char *argname) {
    if (v == VAL_NONE) {
        return HAL_NO_PIN;
    }
    if (!is_type(v, &mcu_pin_type)) {
        vm_raise(&exc_TypeError_type, "%s must be of type Pin or None, not %s", argname,
                 type_name_cstr(type_of(v)));
    }
    return pin_arg(v, argname);
}

void pin_claim(uint8_t pin) {
    if (pin >= board_npins()) {
        vm_raise(&exc_ValueError_type, "Invalid pin");
    }
    if (pins_claimed & ((uint64_t)1 << pin)) {
        vm_raise(&exc_ValueError_type, "%s in use", pin_name(pin));
    }
    pins_claimed |= (uint64_t)1 << pin;
}

void pin_release(uint8_t pin) {
    if (pin < PINS_MAX) {
        pins_claimed &= ~((uint64_t)1 << pin);
    }
}

bool pin_in_use(uint8_t pin) { return pin < PINS_MAX && (pins_claimed & ((uint64_t)1 << pin)) != 0; }

#if COPPER_MODULE_BUSDISPLAY
static bool is_display_pin(const HalDisplay *d, uint8_t pin) {
    return pin == d->sck || pin == d->mosi || pin == d->cs || pin == d->dc || pin == d->reset ||
           pin == d->backlight;
}
#endif

void pins_reset(void) {
    // Displays first: they give back their buses and pins, except the
    // board's own display, which goes on showing the console.
    const HalDisplay *kept = NULL;
#if COPPER_MODULE_BUSDISPLAY
    if (disp_reset_displays()) {
        kept = hal_board()->display;
    }
#endif
    // As a board's reset between runs: whatever the last program left
    // running on a pin (a sound, PWM, the DAC, an output) stops, and every
    // pin is an unclaimed input again. (Bus, counter and pulse handles are
    // the port's; it takes them over when they are opened again.)
    uint64_t still_claimed = 0;
    for (uint8_t pin = 0; pin < board_npins(); pin++) {
#if COPPER_MODULE_BUSDISPLAY
        if (kept != NULL && is_display_pin(kept, pin)) {
            still_claimed |= pins_claimed & ((uint64_t)1 << pin);
            continue;
        }
#endif
        hal_audio_deinit(pin);
        hal_pwm_deinit(pin);
        hal_dac_deinit(pin);
        hal_adc_deinit(pin);
        hal_touch_deinit(pin);
        hal_gpio_deinit(pin);
    }
    (void)kept;
    pins_claimed = still_claimed;
}

void pin_require(uint8_t pin, uint16_t caps) {
    if (pin >= board_npins() || (hal_board()->pins[pin].caps & caps) != caps) {
        vm_raise(&exc_ValueError_type, "Invalid pin");
    }
}

void raise_if_deinited(bool deinited) {
    if (deinited) {
        vm_raise(&exc_ValueError_type, "Object has been deinitialized and can no longer be used. Create a new object.");
    }
}

void pins_check_distinct(const uint8_t *pins, size_t n, const char *argname) {
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            if (pins[i] != HAL_NO_PIN && pins[i] == pins[j]) {
                vm_raise(&exc_TypeError_type, "%s contains duplicate pins", argname);
            }
        }
    }
}

_Noreturn void raise_hal_error(int code) {
    switch (code) {
        case -HAL_EINVAL:
            vm_raise(&exc_ValueError_type, "Invalid pin");
        case -HAL_EBUSY:
            vm_raise(&exc_RuntimeError_type, "Conflicting settings for shared resource");
        case -HAL_ENOPULLUP:
            vm_raise(&exc_RuntimeError_type, "No pull up found on SDA or SCL; check your wiring");
        case -HAL_ENOPULL:
            vm_raise(&exc_ValueError_type, "No pulldown on pin; 1Mohm recommended");
        default:
            raise_oserror(code < 0 ? -code : HAL_EIO, VAL_NULL);
    }
}

// --- the type --------------------------------------------------------------------------

static Value pin_repr(Value self) {
    uint8_t pin = ((const PinObj *)VAL_OBJ(self))->index;
    const char *n = board_name_of(pin);
    if (n != NULL) {
        return str_printf("board.%s", n);
    }
    return str_printf("microcontroller.pin.%s", pin_name(pin));
}

static Value pin_hash(Value self) { return val_from_small_int(((const PinObj *)VAL_OBJ(self))->index); }

const Type mcu_pin_type = {
    .base = {&type_type},
    .name = NAME(Pin),
    .base_type = &object_type,
    .repr = pin_repr,
    .hash = pin_hash,
};

Value hw_enum_repr(Value self) { return str_new_cstr(((const HwEnumObj *)VAL_OBJ(self))->repr); }

// The int value of an int argument; TypeError as mp_obj_get_int otherwise.
static Value int_of(Value v) {
    Value i = int_coerce(v);
    if (i == VAL_NULL) {
        if (!val_is_obj(v) || type_lookup(type_of(v), NAME(__index__)) == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "can't convert %s to int", type_name_cstr(type_of(v)));
        }
        i = int_from_i64(obj_index(v));
    }
    return i;
}

int64_t arg_int(Value v) {
    int64_t n;
    if (!int_to_i64(int_of(v), &n)) {
        vm_raise(&exc_OverflowError_type, "overflow converting long int to machine word");
    }
    return n;
}

int64_t arg_int_range(Value v, int64_t lo, int64_t hi, const char *name) {
    Value i = int_of(v);
    int64_t n;
    if (!int_to_i64(i, &n) || n < lo || n > hi) {
        vm_raise(&exc_ValueError_type, "%s must be %ld-%ld", name, (long)lo, (long)hi);
    }
    return n;
}

Value float_from_f32(float f) {
    double d = f;
    if (d == 0 || !isfinite(d)) {
        return float_new(d);
    }
    // float32 holds about 7 significant digits: keep those.
    double scale = pow(10, 6 - floor(log10(fabs(d))));
    return float_new(round(d * scale) / scale);
}
