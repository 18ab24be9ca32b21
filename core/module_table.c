// The C modules of this build, found by `import` before sys.path. Which
// modules a board carries is decided here (and, later, by the board's
// configuration header), not by #ifdefs spread through the modules.
#include "obj.h"
#include "vm.h"
#include "module_table.h"

static const ModuleDef *const builtin_modules[] = {
    &module_builtins,
    &module_sys,
    &module_gc,
    &module_math,
    &module_time,
    &module_micropython,
    &module_errno,
    &module_binascii,
    &module_os,
    &module_random,
    &module_struct,
    &module_json,
    &module_collections,
    &module_re,
    &module_array,
    &module_io,
    &module_hashlib,
    &module_zlib,
    &module_traceback,
    &module_select,
    &module_board, &module_microcontroller, &module_nvm, &module_digitalio, &module_analogio, &module_pwmio, &module_touchio, &module_neopixel_write, &module_rainbowio, &module_countio, &module_rotaryio,
    &module_supervisor, &module_storage, &module_usb_cdc,
    &module_busio, &module_bitbangio, &module_keypad,
    &module_adafruit_pixelbuf,
    &module_audiocore,
    &module_audioio,
    &module_audiopwmio,
    &module_pulseio,
};

const ModuleDef *module_find_builtin(Value name) {
    for (size_t i = 0; i < sizeof(builtin_modules) / sizeof(builtin_modules[0]); i++) {
        if (str_equal(builtin_modules[i]->name, name)) {
            return builtin_modules[i];
        }
    }
    return NULL;
}

size_t module_builtin_count(void) { return sizeof(builtin_modules) / sizeof(builtin_modules[0]); }

const ModuleDef *module_builtin_at(size_t i) { return builtin_modules[i]; }
