// Board configuration of the qemu-arm port (Arm MPS2 AN385 with 4 MB of
// code memory): the whole of Copper, as on the host. `make qemu
// QEMU_BOARD=samd21` builds the same port with a small board's header
// instead (how `make size` measures the SAMD21's free heap).
#ifndef COPPER_BOARD_NAME
#include "host.h"
#undef COPPER_BOARD_NAME
#define COPPER_BOARD_NAME "qemu"

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
