// digitalio.DigitalInOut for the other hardware modules: neopixel_write
// writes through one, libraries hand them around as chip selects.
#ifndef COPPER_MODULES_DIGITALIO_H
#define COPPER_MODULES_DIGITALIO_H

#include <stdbool.h>
#include <stdint.h>
#include "obj.h"
#include "hal_board.h"

extern const Type digitalio_digitalinout_type;

// The pin of a live DigitalInOut. TypeError "<argname> must be of type
// DigitalInOut, not <type>" for anything else; the deinit ValueError when
// it has been deinitialised.
uint8_t digitalinout_pin(Value v, const char *argname);
// digitalio.Pull.UP / Pull.DOWN / None as a HalPull; "TypeError: pull must
// be of type Pull or None, not <type>" otherwise.
HalPull digitalio_pull_arg(Value v);

#endif
