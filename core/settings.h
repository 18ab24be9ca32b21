// settings.toml at the root of CIRCUITPY (core/settings.c): the subset of
// TOML CircuitPython reads for os.getenv() and its own settings. The whole
// file is scanned on every lookup; the first line with the key wins; a
// `[table]` line ends the scan. Bad content never raises: it makes the
// value invalid.
#ifndef COPPER_CORE_SETTINGS_H
#define COPPER_CORE_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include "value.h"

typedef enum {
    SETTINGS_OK,
    SETTINGS_MISSING,           // no file, or no such key
    SETTINGS_INVALID,           // empty value, unterminated string, junk after it
    SETTINGS_INVALID_UNICODE,   // a bad \u or \U escape
} SettingsStatus;

// Looks `key` up in `path` (normally "/settings.toml"). On SETTINGS_OK,
// *value is a str and *quoted says whether it was a "string" (else the
// bare text, trimmed). May raise MemoryError only.
SettingsStatus settings_lookup(const char *path, const char *key, Value *value, bool *quoted);

// os.getenv(key, default): the str value, else `dflt`. Boards without
// settings.toml support raise NotImplementedError; outside the workflow
// (no CIRCUITPY drive) it returns `dflt`.
Value settings_getenv(Value key, Value dflt);
// supervisor.get_setting(key, default): quoted values as str; bare ones as
// bool (true/false), int (C strtol base 0) or float, else str.
Value settings_get_typed(Value key, Value dflt);

#endif
