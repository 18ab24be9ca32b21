// busdisplay: displays on a display bus (BusDisplay), board.DISPLAY, and
// releasing displays. (Being written: for now only the release hook the
// rest of the display stack calls.)
#include "displayio.h"

void disp_release_displays(void) {}
