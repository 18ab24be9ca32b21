// The audiopwmio module: PWMAudioOut, audioio.AudioOut's API on a pin that
// makes PWM (nRF52840 boards, which have no DAC). The output object is
// audioio.c's; only the pins it accepts differ.
#include "obj.h"
#include "audiocore.h"
#include "module_table.h"

extern const Type pwmaudioout_type;

static Value pwmaudioout_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    return audioout_make(&pwmaudioout_type, 1, "PWMAudioOut", nargs, args, kwnames);
}

const Type pwmaudioout_type = {
    .base = {&type_type},
    .name = NAME(PWMAudioOut),
    .base_type = &object_type,
    .make_new = pwmaudioout_make_new,
    .attrs = audioout_attrs,
    .nattrs = AUDIOOUT_NATTRS,
};

static const AttrEntry audiopwmio_globals[] = {
    {NAME(__name__), NAME(audiopwmio)},
    {NAME(PWMAudioOut), OBJ_VAL(&pwmaudioout_type)},
};

const ModuleDef module_audiopwmio = {
    .name = NAME(audiopwmio),
    .globals = audiopwmio_globals,
    .nglobals = sizeof(audiopwmio_globals) / sizeof(audiopwmio_globals[0]),
};
