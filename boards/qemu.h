// Board configuration of the qemu-arm port (Arm MPS2 AN385 with 4 MB of
// code memory): the whole of Copper, as on the host. `make qemu
// QEMU_BOARD=samd21` builds the same port with a small board's header
// instead (how `make size` measures the SAMD21's free heap).
#ifndef COPPER_BOARD_NAME
#include "host.h"
#undef COPPER_BOARD_NAME
#define COPPER_BOARD_NAME "qemu"

#endif
