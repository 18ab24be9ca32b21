// Board configuration of the host build (ports/unix) and the default of
// every build that names no board: every optional module and feature on.
// A board header defines each COPPER_MODULE_<NAME> (an entry of
// core/module_table.c) and each feature switch as 0 or 1; core/config.h
// includes this one when the build selects none (-include boards/<b>.h).
#ifndef COPPER_BOARD_NAME
#define COPPER_BOARD_NAME "host"

// --- language features ----------------------------------------------------
#define COPPER_UNICODE_NAMES 1          // \N{...} name table (~9 KB flash)

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
#define COPPER_MODULE_HASHLIB 1
#define COPPER_MODULE_ZLIB 1
#define COPPER_MODULE_TRACEBACK 1
#define COPPER_MODULE_SELECT 1

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
#define COPPER_MODULE_AUDIOPWMIO 1

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
