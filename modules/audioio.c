// The audioio module: AudioOut, which plays audiocore samples on a DAC
// pin. The output object is shared with audiopwmio.PWMAudioOut (the same
// API on a PWM pin), so both are implemented here: play(sample, loop=),
// stop, pause, resume, playing, paused, deinit and the context manager.
// The port pulls the samples as board time passes; while a sound plays
// the output is kept alive (queued as a background task) because the port
// reads through a pointer into it.
#include <stdint.h>
#include "obj.h"
#include "audiocore.h"
#include "background.h"
#include "gc.h"
#include "module_table.h"
#include "pins.h"
#include "vm_raise.h"

typedef struct {
    Obj base;
    BackgroundTask keep;   // queued while a sample is out with the port
    AudioPlayer player;
    uint8_t left, right;   // right: HAL_NO_PIN when mono
    uint16_t quiescent;
    bool paused;
    bool deinited;
} AudioOutObj;

extern const Type audioout_type_dac;

static AudioOutObj *out_self(Value v) {
    Value n = obj_native(v);
    const Type *t = type_of(n);
    if (t->attrs != audioout_attrs) {
        vm_raise(&exc_TypeError_type, "'%T' object is not an audio output", v);
    }
    return (AudioOutObj *)VAL_OBJ(n);
}

static AudioOutObj *out_live(Value v) {
    AudioOutObj *o = out_self(v);
    raise_if_deinited(o->deinited);
    return o;
}

// Never due: the task is only there to keep the object reachable.
static void keep_run(BackgroundTask *task) { background_schedule(task, UINT64_MAX); }

static void out_stop(AudioOutObj *o) {
    hal_audio_stop(o->left);
    audiocore_player_stop(&o->player);
    background_cancel(&o->keep);
    o->paused = false;
}

// Raises "<NAME> in use" for a claimed pin before any other check, as
// CircuitPython validates free pins first.
static void check_free(uint8_t pin) {
    if (pin != HAL_NO_PIN && pin_in_use(pin)) {
        pin_claim(pin);
    }
}

static void check_caps(uint8_t pin, int kind) {
    if (pin == HAL_NO_PIN) {
        return;
    }
    if (kind == 0) {
        pin_require(pin, HAL_CAP_DAC);
    } else if (!(hal_board()->pins[pin].caps & (HAL_CAP_AUDIO | HAL_CAP_PWM))) {
        vm_raise(&exc_ValueError_type, "Invalid pin");
    }
}

static const ArgSpec out_spec[] = {
    {NAME(left_channel), true, false, VAL_NULL},
    {NAME(right_channel), false, true, VAL_NONE},
    {NAME(quiescent_value), false, true, VAL_NULL},
};

Value audioout_make(const Type *t, int kind, const char *fname, size_t nargs, const Value *args, Value kwnames) {
    Value a[3];
    args_parse(fname, nargs, args, kwnames, 3, out_spec, a);
    uint8_t left = pin_arg(a[0], "left_channel");
    uint8_t right = pin_arg_or_none(a[1], "right_channel");
    if (left == right) {
        vm_raise(&exc_ValueError_type, "left_channel and right_channel must be different");
    }
    int64_t q = 0x8000;
    if (a[2] != VAL_NULL) {
        Value qi = int_coerce(a[2]);
        if (qi == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "can't convert %T to int", a[2]);
        }
        // CircuitPython keeps the low 16 bits without complaint.
        Value low = obj_binary_op(BINOP_AND, qi, val_from_small_int(0xFFFF));
        int_to_i64(low, &q);
    }
    check_free(left);
    check_free(right);
    check_caps(left, kind);
    check_caps(right, kind);
    int r = hal_audio_init(left, kind);
    if (r < 0) {
        raise_hal_error(r);
    }
    AudioOutObj *o = (AudioOutObj *)gc_alloc_obj(sizeof(AudioOutObj), t);
    o->keep.run = keep_run;
    o->keep.next = NULL;
    o->keep.queued = false;
    o->player.sample = VAL_NULL;
    o->player.fd = -1;
    o->player.frame = 0;
    o->player.loop = false;
    o->left = left;
    o->right = right;
    o->quiescent = (uint16_t)q;
    o->paused = false;
    o->deinited = false;
    pin_claim(left);
    if (right != HAL_NO_PIN) {
        pin_claim(right);
    }
    return OBJ_VAL(o);
}

// --- methods ----------------------------------------------------------------------------

static const ArgSpec play_spec[] = {
    {NAME(sample), true, false, VAL_NULL},
    {NAME(loop), false, true, VAL_FALSE},
};

static Value out_play(size_t nargs, const Value *args, Value kwnames) {
    AudioOutObj *o = out_live(args[0]);
    Value a[2];
    args_parse("play", nargs - 1, args + 1, kwnames, 2, play_spec, a);
    bool loop = obj_truthy(a[1]);
    HalAudioSource src;
    // Checks the sample (and opens a WaveFile) before the current sound stops.
    AudioPlayer next = {VAL_NULL, 0, -1, false};
    audiocore_player_start(&next, a[0], loop, &src);
    out_stop(o);
    o->player = next;
    src.ctx = &o->player;
    hal_audio_play(o->left, &src);
    background_schedule(&o->keep, UINT64_MAX);
    return VAL_NONE;
}

static Value out_stop_m(size_t nargs, const Value *args) {
    (void)nargs;
    out_stop(out_live(args[0]));
    return VAL_NONE;
}

static Value out_pause_m(size_t nargs, const Value *args) {
    (void)nargs;
    AudioOutObj *o = out_live(args[0]);
    if (!hal_audio_playing(o->left)) {
        vm_raise(&exc_RuntimeError_type, "Not playing");
    }
    hal_audio_pause(o->left, true);
    o->paused = true;
    return VAL_NONE;
}

static Value out_resume_m(size_t nargs, const Value *args) {
    (void)nargs;
    AudioOutObj *o = out_live(args[0]);
    if (o->paused) {
        hal_audio_pause(o->left, false);
        o->paused = false;
    }
    return VAL_NONE;
}

static Value out_playing_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(hal_audio_playing(out_live(args[0])->left));
}

static Value out_paused_get(size_t nargs, const Value *args) {
    (void)nargs;
    AudioOutObj *o = out_live(args[0]);
    return val_bool(o->paused && hal_audio_playing(o->left));
}

static Value out_deinit_m(size_t nargs, const Value *args) {
    (void)nargs;
    AudioOutObj *o = out_self(args[0]);
    if (!o->deinited) {
        out_stop(o);
        hal_audio_deinit(o->left);
        pin_release(o->left);
        if (o->right != HAL_NO_PIN) {
            pin_release(o->right);
        }
        o->deinited = true;
    }
    return VAL_NONE;
}

static Value out_enter_m(size_t nargs, const Value *args) {
    (void)nargs;
    out_live(args[0]);
    return args[0];
}

static BUILTIN_FN_KW(out_play_obj, play, 1, FN_UNLIMITED, out_play);
static BUILTIN_FN(out_stop_obj, stop, 1, 1, out_stop_m);
static BUILTIN_FN(out_pause_obj, pause, 1, 1, out_pause_m);
static BUILTIN_FN(out_resume_obj, resume, 1, 1, out_resume_m);
static BUILTIN_FN(out_deinit_obj, deinit, 1, 1, out_deinit_m);
static BUILTIN_FN(out_enter_obj, __enter__, 1, 1, out_enter_m);
static BUILTIN_FN(out_exit_obj, __exit__, 1, 4, out_deinit_m);
static BUILTIN_FN(out_playing_get_obj, playing, 1, 1, out_playing_get);
static BUILTIN_FN(out_paused_get_obj, paused, 1, 1, out_paused_get);

static const PropertyObj out_playing_prop = {{&property_type}, OBJ_VAL(&out_playing_get_obj), VAL_NONE,
                                             VAL_NONE, VAL_NONE};
static const PropertyObj out_paused_prop = {{&property_type}, OBJ_VAL(&out_paused_get_obj), VAL_NONE,
                                            VAL_NONE, VAL_NONE};

const AttrEntry audioout_attrs[AUDIOOUT_NATTRS] = {
    {NAME(__del__), OBJ_VAL(&out_deinit_obj)},
    {NAME(__enter__), OBJ_VAL(&out_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&out_exit_obj)},
    {NAME(deinit), OBJ_VAL(&out_deinit_obj)},
    {NAME(pause), OBJ_VAL(&out_pause_obj)},
    {NAME(paused), OBJ_VAL(&out_paused_prop)},
    {NAME(play), OBJ_VAL(&out_play_obj)},
    {NAME(playing), OBJ_VAL(&out_playing_prop)},
    {NAME(resume), OBJ_VAL(&out_resume_obj)},
    {NAME(stop), OBJ_VAL(&out_stop_obj)},
};

static Value audioout_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    return audioout_make(&audioout_type_dac, 0, "AudioOut", nargs, args, kwnames);
}

const Type audioout_type_dac = {
    .base = {&type_type},
    .name = NAME(AudioOut),
    .base_type = &object_type,
    .make_new = audioout_make_new,
    .attrs = audioout_attrs,
    .nattrs = AUDIOOUT_NATTRS,
};

static const AttrEntry audioio_globals[] = {
    {NAME(__name__), NAME(audioio)},
    {NAME(AudioOut), OBJ_VAL(&audioout_type_dac)},
};

const ModuleDef module_audioio = {
    .name = NAME(audioio),
    .globals = audioio_globals,
    .nglobals = sizeof(audioio_globals) / sizeof(audioio_globals[0]),
};
