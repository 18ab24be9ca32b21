// Shared by the hardware modules: microcontroller.Pin objects, pin
// arguments, claiming pins, and the errors CircuitPython raises for misuse.
// Implemented in modules/pins.c (with microcontroller.Pin itself).
#ifndef COPPER_MODULES_PINS_H
#define COPPER_MODULES_PINS_H

#include <stdbool.h>
#include <stdint.h>
#include "obj.h"
#include "hal_board.h"

extern const Type mcu_pin_type;   // microcontroller.Pin

// The Pin object for a pin index (one object per pin, never copied).
Value pin_obj(uint8_t pin);
// A Pin argument -> its index. `argname` is used in the TypeError
// ("<argname> must be of type Pin, not <type>"). pin_arg_or_none also
// accepts None, returning HAL_NO_PIN.
uint8_t pin_arg(Value v, const char *argname);
uint8_t pin_arg_or_none(Value v, const char *argname);
// Claims a pin for one user; "ValueError: <NAME> in use" when taken.
void pin_claim(uint8_t pin);
void pin_release(uint8_t pin);
bool pin_in_use(uint8_t pin);
// Every pin back to its reset state, unclaimed (soft reload); the pins of
// board.DISPLAY stay with it while it shows the console (disp_reset_displays).
void pins_reset(void);
// Raises ValueError("Invalid pin") unless the pin has all of `caps`.
void pin_require(uint8_t pin, uint16_t caps);
// Raises the deinitialised-object ValueError when `deinited` is true.
void raise_if_deinited(bool deinited);
// "TypeError: <argname> contains duplicate pins" when any two of the
// given pins (HAL_NO_PIN ignored) are the same.
void pins_check_distinct(const uint8_t *pins, size_t n, const char *argname);
// The first board name of a pin (board.D13 -> "D13"), else its MCU name.
const char *pin_name(uint8_t pin);
// Raises the Python exception for a negative HAL code (-HAL_ENODEV ->
// OSError 19, -HAL_EINVAL -> ValueError("Invalid pin"), ...).
_Noreturn void raise_hal_error(int code);
// An int argument (int, bool or __index__) as mp_obj_get_int takes it:
// "TypeError: can't convert <type> to int", OverflowError past 64 bits.
int64_t arg_int(Value v);
// An int argument (int, bool or __index__) checked against lo..hi:
// "TypeError: can't convert <type> to int", "ValueError: <name> must be
// <lo>-<hi>" (CircuitPython's mp_arg_validate_int_range).
int64_t arg_int_range(Value v, int64_t lo, int64_t hi, const char *name);
// A float the HAL gives in single precision (3.3f), as a Python float
// with the digits CircuitPython's single-precision floats print (3.3).
Value float_from_f32(float f);
// A constant member of a hardware enum class (digitalio.Pull.UP): a const
// object of the class's type whose repr is `repr`; classes use hw_enum_repr.
typedef struct { Obj base; const char *repr; } HwEnumObj;
Value hw_enum_repr(Value self);

#endif
