// The C modules of this build, found by `import` before sys.path. Which
// modules a board carries is decided here, by the switches of its
// configuration header (boards/<board>.h, through config.h), and nowhere
// else: a module left out is not referenced, so the linker drops its code.
#include "obj.h"
#include "vm.h"
#include "module_table.h"

// MODULE(COPPER_MODULE_X, module_x) is the entry when the switch is 1 and
// nothing when it is 0; a switch the board header lacks does not compile.
#define MODULE_IF_1(def) &def,
#define MODULE_IF_0(def)
#define MODULE_IF(on, def) MODULE_IF_##on(def)
#define MODULE(on, def) MODULE_IF(on, def)

static const ModuleDef *const builtin_modules[] = {
    &module_builtins,
    &module_sys,
    MODULE(COPPER_MODULE_GC, module_gc)
    MODULE(COPPER_MODULE_MATH, module_math)
    MODULE(COPPER_MODULE_TIME, module_time)
    MODULE(COPPER_MODULE_MICROPYTHON, module_micropython)
    MODULE(COPPER_MODULE_ERRNO, module_errno)
    MODULE(COPPER_MODULE_BINASCII, module_binascii)
    MODULE(COPPER_MODULE_OS, module_os)
    MODULE(COPPER_MODULE_RANDOM, module_random)
    MODULE(COPPER_MODULE_STRUCT, module_struct)
    MODULE(COPPER_MODULE_JSON, module_json)
    MODULE(COPPER_MODULE_COLLECTIONS, module_collections)
    MODULE(COPPER_MODULE_RE, module_re)
    MODULE(COPPER_MODULE_ARRAY, module_array)
    MODULE(COPPER_MODULE_IO, module_io)
    MODULE(COPPER_MODULE_HASHLIB, module_hashlib)
    MODULE(COPPER_MODULE_ZLIB, module_zlib)
    MODULE(COPPER_MODULE_TRACEBACK, module_traceback)
    MODULE(COPPER_MODULE_SELECT, module_select)
    MODULE(COPPER_MODULE_BOARD, module_board)
    MODULE(COPPER_MODULE_MICROCONTROLLER, module_microcontroller)
    MODULE(COPPER_MODULE_NVM, module_nvm)
    MODULE(COPPER_MODULE_DIGITALIO, module_digitalio)
    MODULE(COPPER_MODULE_ANALOGIO, module_analogio)
    MODULE(COPPER_MODULE_PWMIO, module_pwmio)
    MODULE(COPPER_MODULE_TOUCHIO, module_touchio)
    MODULE(COPPER_MODULE_NEOPIXEL_WRITE, module_neopixel_write)
    MODULE(COPPER_MODULE_RAINBOWIO, module_rainbowio)
    MODULE(COPPER_MODULE_COUNTIO, module_countio)
    MODULE(COPPER_MODULE_ROTARYIO, module_rotaryio)
    MODULE(COPPER_MODULE_SUPERVISOR, module_supervisor)
    MODULE(COPPER_MODULE_STORAGE, module_storage)
    MODULE(COPPER_MODULE_USB_CDC, module_usb_cdc)
    MODULE(COPPER_MODULE_BUSIO, module_busio)
    MODULE(COPPER_MODULE_BITBANGIO, module_bitbangio)
    MODULE(COPPER_MODULE_KEYPAD, module_keypad)
    MODULE(COPPER_MODULE_ADAFRUIT_PIXELBUF, module_adafruit_pixelbuf)
    MODULE(COPPER_MODULE_AUDIOCORE, module_audiocore)
    MODULE(COPPER_MODULE_AUDIOIO, module_audioio)
    MODULE(COPPER_MODULE_AUDIOPWMIO, module_audiopwmio)
    MODULE(COPPER_MODULE_PULSEIO, module_pulseio)
    MODULE(COPPER_MODULE_DISPLAYIO, module_displayio)
    MODULE(COPPER_MODULE_BUSDISPLAY, module_busdisplay)
    MODULE(COPPER_MODULE_FOURWIRE, module_fourwire)
    MODULE(COPPER_MODULE_I2CDISPLAYBUS, module_i2cdisplaybus)
    MODULE(COPPER_MODULE_FONTIO, module_fontio)
    MODULE(COPPER_MODULE_TERMINALIO, module_terminalio)
    MODULE(COPPER_MODULE_VECTORIO, module_vectorio)
    MODULE(COPPER_MODULE_BITMAPTOOLS, module_bitmaptools)
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
