// Board configuration of a SAMD51-class board (Cortex-M4F, 512 KB flash,
// 192 KB RAM: Metro M4 Express, PyBadge, PyGamer). The module set follows
// CircuitPython's Metro M4 build (CIRCUITPYTHON.md 3.3) as far as Copper
// has the modules: everything of the SAMD21 set plus binascii, io, json,
// re, keypad, traceback, zlib, and the PyBadge's display stack (displayio,
// busdisplay, fourwire, i2cdisplaybus, fontio, terminalio, vectorio,
// bitmaptools). hashlib (nRF52840 only), select and
// audiopwmio (not atmel-samd modules) are left out. The language is whole
// but for the \N{...} name table, which no CircuitPython build has.
// Built by mk/small.mk (`make size-samd51`): link fails past 512K/192K.
#ifndef COPPER_BOARD_NAME
#define COPPER_BOARD_NAME "samd51"

// --- language features ----------------------------------------------------
#define COPPER_UNICODE_NAMES 0          // \N{...} raises SyntaxError (CircuitPython has none)

// --- standard modules -----------------------------------------------------
#define COPPER_MODULE_GC 1
#define COPPER_MODULE_MATH 1
#define COPPER_MODULE_TIME 1
#define COPPER_MODULE_MICROPYTHON 1
#define COPPER_MODULE_ERRNO 1
#define COPPER_MODULE_BINASCII 1
#define COPPER_MODULE_OS 1
#define COPPER_MODULE_RANDOM 1
#define COPPER_MODULE_STRUCT 1
#define COPPER_MODULE_JSON 1
#define COPPER_MODULE_COLLECTIONS 1
#define COPPER_MODULE_RE 1
#define COPPER_MODULE_ARRAY 1
#define COPPER_MODULE_IO 1
#define COPPER_MODULE_HASHLIB 0
#define COPPER_MODULE_ZLIB 1
#define COPPER_MODULE_TRACEBACK 1
#define COPPER_MODULE_SELECT 0

// --- CircuitPython hardware and workflow modules --------------------------
#define COPPER_MODULE_BOARD 1
#define COPPER_MODULE_MICROCONTROLLER 1
#define COPPER_MODULE_NVM 1
#define COPPER_MODULE_DIGITALIO 1
#define COPPER_MODULE_ANALOGIO 1
#define COPPER_MODULE_PWMIO 1
#define COPPER_MODULE_TOUCHIO 1
#define COPPER_MODULE_NEOPIXEL_WRITE 1
#define COPPER_MODULE_RAINBOWIO 1
#define COPPER_MODULE_COUNTIO 1
#define COPPER_MODULE_ROTARYIO 1
#define COPPER_MODULE_PULSEIO 1
#define COPPER_MODULE_SUPERVISOR 1
#define COPPER_MODULE_STORAGE 1
#define COPPER_MODULE_USB_CDC 1
#define COPPER_MODULE_BUSIO 1
#define COPPER_MODULE_BITBANGIO 1
#define COPPER_MODULE_KEYPAD 1
#define COPPER_MODULE_ADAFRUIT_PIXELBUF 1
#define COPPER_MODULE_AUDIOCORE 1
#define COPPER_MODULE_AUDIOIO 1
#define COPPER_MODULE_AUDIOPWMIO 0

// --- display stack (displayio and the modules around it) -----------------
#define COPPER_MODULE_DISPLAYIO 1
#define COPPER_MODULE_BUSDISPLAY 1
#define COPPER_MODULE_FOURWIRE 1
#define COPPER_MODULE_I2CDISPLAYBUS 1
#define COPPER_MODULE_FONTIO 1
#define COPPER_MODULE_TERMINALIO 1
#define COPPER_MODULE_VECTORIO 1
#define COPPER_MODULE_BITMAPTOOLS 1

#endif
