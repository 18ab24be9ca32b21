// Board configuration of a SAMD21-class board (Cortex-M0+, 256 KB flash,
// 32 KB RAM: Trinket M0, Circuit Playground Express). The module set is
// CircuitPython's full SAMD21 build (the CPX, CIRCUITPYTHON.md 3.3) plus
// what CircuitPython drops there to fit and Copper keeps: json, re,
// arbitrary-precision ints and asyncio (frozen, lib/asyncio). Left out as
// CircuitPython leaves them out on SAMD21: binascii, io, hashlib, zlib,
// traceback, select, keypad; audiopwmio is not an atmel-samd module (the
// SAMD21 has a DAC: audioio). The language stays whole (complex, big ints,
// f-strings, async/await); only the \N{...} name table goes.
// Built by mk/small.mk (`make size-samd21`): link fails past 256K/32K.
#ifndef COPPER_BOARD_NAME
#define COPPER_BOARD_NAME "samd21"

// --- language features ----------------------------------------------------
#define COPPER_UNICODE_NAMES 0          // \N{...} raises SyntaxError (CircuitPython has none)

// --- standard modules -----------------------------------------------------
#define COPPER_MODULE_GC 1
#define COPPER_MODULE_MATH 1
#define COPPER_MODULE_TIME 1
#define COPPER_MODULE_MICROPYTHON 1
#define COPPER_MODULE_ERRNO 1
#define COPPER_MODULE_BINASCII 0
#define COPPER_MODULE_OS 1
#define COPPER_MODULE_RANDOM 1
#define COPPER_MODULE_STRUCT 1
#define COPPER_MODULE_JSON 1
#define COPPER_MODULE_COLLECTIONS 1
#define COPPER_MODULE_RE 1
#define COPPER_MODULE_ARRAY 1
#define COPPER_MODULE_IO 0
#define COPPER_MODULE_HASHLIB 0
#define COPPER_MODULE_ZLIB 0
#define COPPER_MODULE_TRACEBACK 0
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
#define COPPER_MODULE_KEYPAD 0
#define COPPER_MODULE_ADAFRUIT_PIXELBUF 1
#define COPPER_MODULE_AUDIOCORE 1
#define COPPER_MODULE_AUDIOIO 1
#define COPPER_MODULE_AUDIOPWMIO 0

// --- display stack (displayio and the modules around it) -----------------
#define COPPER_MODULE_DISPLAYIO 0
#define COPPER_MODULE_BUSDISPLAY 0
#define COPPER_MODULE_FOURWIRE 0
#define COPPER_MODULE_I2CDISPLAYBUS 0
#define COPPER_MODULE_FONTIO 0
#define COPPER_MODULE_TERMINALIO 0
#define COPPER_MODULE_VECTORIO 0
#define COPPER_MODULE_BITMAPTOOLS 0

#endif
