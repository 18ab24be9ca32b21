// The table of C modules (module_table.c) and the ModuleDefs it lists.
#ifndef COPPER_CORE_MODULE_TABLE_H
#define COPPER_CORE_MODULE_TABLE_H

#include "obj.h"

extern const ModuleDef module_builtins, module_sys, module_gc;
extern const ModuleDef module_math, module_time, module_micropython, module_errno,
    module_binascii, module_os, module_random, module_struct,
    module_json, module_collections, module_re;
extern const ModuleDef module_array, module_io, module_hashlib, module_zlib, module_traceback;
extern const ModuleDef module_select;
extern const ModuleDef module_board, module_microcontroller, module_nvm, module_digitalio, module_analogio, module_pwmio, module_touchio, module_neopixel_write, module_rainbowio, module_countio, module_rotaryio;
extern const ModuleDef module_pulseio;
extern const ModuleDef module_supervisor, module_storage, module_usb_cdc;
extern const ModuleDef module_busio, module_bitbangio, module_keypad;
extern const ModuleDef module_adafruit_pixelbuf, module_audiocore, module_audioio, module_audiopwmio;
extern const ModuleDef module_displayio, module_busdisplay, module_fourwire, module_i2cdisplaybus, module_fontio,
    module_terminalio, module_vectorio, module_bitmaptools;

size_t module_builtin_count(void);
const ModuleDef *module_builtin_at(size_t i);

#endif
