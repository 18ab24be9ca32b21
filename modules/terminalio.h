// The serial console on a display (modules/terminalio.c), for busdisplay:
// CircuitPython's supervisor shows everything the console prints on a
// display that shows no group of the program's. The layout is the
// supervisor's (supervisor/shared/display.c, built without the Blinka
// logo): the built-in font at scale 1, or 2 when more than 80 cells would
// fit across (486 px and wider); a one-row status bar at the top, right-aligned;
// the scroll area below it, right- and bottom-aligned. A 160x128 display
// gets 26x9 cells under a 26-cell status bar, a 240x240 one 40x19.
// Defined only when COPPER_MODULE_TERMINALIO is 1.
#ifndef COPPER_MODULES_TERMINALIO_H
#define COPPER_MODULES_TERMINALIO_H

#include <stddef.h>
#include "obj.h"

// The group showing the console on a width x height display (pixels,
// after rotation); the same group while the size stays, otherwise a new
// one, cleared. The console keeps it alive until released (or a soft
// reboot clears the heap). May raise (allocates).
Value terminalio_console_group(int width, int height);
// Shows console output (UTF-8, with the escapes a Terminal handles) on
// the console group, if there is one; otherwise does nothing. Never raises.
void terminalio_console_write(const char *data, size_t len);
// Remembers the console's text and cursor outside the heap, for the next
// console group of the same size: a soft reload clears the heap, and the
// board's display keeps showing the console across it. Never raises.
void terminalio_console_keep(void);
// Forgets the console group (the display was released).
void terminalio_console_release(void);

#endif
