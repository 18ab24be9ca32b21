// Build switches. Each COPPER_<FEATURE> is always defined as 0 or 1 and
// tested with #if (so -Wundef catches typos). A port or board may define
// them on the command line; these are the defaults.
#ifndef COPPER_CORE_CONFIG_H
#define COPPER_CORE_CONFIG_H

// The board's modules and features (boards/<board>.h, given to every file
// with -include); a build that names no board gets boards/host.h (all on).
#ifndef COPPER_BOARD_NAME
#include "../boards/host.h"
#endif

#ifndef COPPER_GC_STRESS
#define COPPER_GC_STRESS 0          // collect before every allocation (test builds)
#endif
#ifndef COPPER_COMPUTED_GOTO
#if defined(__GNUC__)
#define COPPER_COMPUTED_GOTO 1
#else
#define COPPER_COMPUTED_GOTO 0
#endif
#endif

#define COPPER_VERSION "0.1.0"

#endif
