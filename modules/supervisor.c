// The supervisor module: supervisor.runtime (autoreload, serial state, run
// and safe-mode reasons), reload(), set_next_code_file(), ticks_ms(),
// get_previous_traceback(), get_setting(), status_bar. The state lives in
// core/supervisor.c, which runs the workflow; without it (a plain
// `copper file.py`) the calls still work and describe a host session.
#include "obj.h"
#include "hal.h"
#include "module_table.h"
#include "pins.h"
#include "settings.h"
#include "supervisor.h"
#include "vm_raise.h"

// --- RunReason and SafeModeReason ---------------------------------------------------------

extern const Type run_reason_type, safe_mode_reason_type;

#define ENUM_CLASS(cname, pyname, attrs_)          \
    const Type cname = {                           \
        .base = {&type_type},                      \
        .name = NAME(pyname),                      \
        .base_type = &object_type,                 \
        .repr = hw_enum_repr,                      \
        .attrs = attrs_,                           \
        .nattrs = sizeof(attrs_) / sizeof(attrs_[0]), \
    }

static const HwEnumObj run_reasons[] = {
    {{&run_reason_type}, "supervisor.RunReason.STARTUP"},
    {{&run_reason_type}, "supervisor.RunReason.AUTO_RELOAD"},
    {{&run_reason_type}, "supervisor.RunReason.SUPERVISOR_RELOAD"},
    {{&run_reason_type}, "supervisor.RunReason.REPL_RELOAD"},
};
static const AttrEntry run_reason_attrs[] = {
    {NAME(AUTO_RELOAD), OBJ_VAL(&run_reasons[RUN_REASON_AUTO_RELOAD])},
    {NAME(REPL_RELOAD), OBJ_VAL(&run_reasons[RUN_REASON_REPL_RELOAD])},
    {NAME(STARTUP), OBJ_VAL(&run_reasons[RUN_REASON_STARTUP])},
    {NAME(SUPERVISOR_RELOAD), OBJ_VAL(&run_reasons[RUN_REASON_SUPERVISOR_RELOAD])},
};
ENUM_CLASS(run_reason_type, RunReason, run_reason_attrs);

#define SM(x) {{&safe_mode_reason_type}, "supervisor.SafeModeReason." #x}
static const HwEnumObj safe_mode_reasons[SAFE_MODE_COUNT] = {
    SM(NONE), SM(BROWNOUT), SM(FLASH_WRITE_FAIL), SM(GC_ALLOC_OUTSIDE_VM), SM(HARD_FAULT),
    SM(INTERRUPT_ERROR), SM(MANUAL), SM(NLR_JUMP_FAIL), SM(NO_CIRCUITPY), SM(NO_HEAP),
    SM(PROGRAMMATIC), SM(SAFEMODE_PY_ERROR), SM(SDK_FATAL_ERROR), SM(STACK_OVERFLOW),
    SM(USB_BOOT_DEVICE_NOT_INTERFACE_ZERO), SM(USB_TOO_MANY_ENDPOINTS), SM(USB_TOO_MANY_INTERFACE_NAMES),
    SM(USER), SM(WATCHDOG),
};
#define SMA(x) {NAME(x), OBJ_VAL(&safe_mode_reasons[SAFE_MODE_##x])}
static const AttrEntry safe_mode_reason_attrs[] = {
    SMA(NONE), SMA(BROWNOUT), SMA(FLASH_WRITE_FAIL), SMA(GC_ALLOC_OUTSIDE_VM), SMA(HARD_FAULT),
    SMA(INTERRUPT_ERROR), SMA(MANUAL), SMA(NLR_JUMP_FAIL), SMA(NO_CIRCUITPY), SMA(NO_HEAP),
    SMA(PROGRAMMATIC), SMA(SAFEMODE_PY_ERROR), SMA(SDK_FATAL_ERROR), SMA(STACK_OVERFLOW),
    SMA(USB_BOOT_DEVICE_NOT_INTERFACE_ZERO), SMA(USB_TOO_MANY_ENDPOINTS), SMA(USB_TOO_MANY_INTERFACE_NAMES),
    SMA(USER), SMA(WATCHDOG),
};
ENUM_CLASS(safe_mode_reason_type, SafeModeReason, safe_mode_reason_attrs);

// --- supervisor.runtime ---------------------------------------------------------------

static uint8_t status_brightness = 255;

static Value runtime_getattr(Value self, Value name) {
    (void)self;
    if (name == NAME(autoreload)) {
        return val_bool(supervisor_autoreload_enabled());
    }
    if (name == NAME(serial_connected) || name == NAME(usb_connected)) {
        return val_bool(supervisor_serial_connected());
    }
    if (name == NAME(serial_bytes_available)) {
        int n = supervisor_serial_connected() ? hal_stdin_bytes_available() : 0;
        return val_from_small_int(n < 0 ? 0 : n);
    }
    if (name == NAME(run_reason)) {
        return OBJ_VAL(&run_reasons[supervisor_run_reason()]);
    }
    if (name == NAME(safe_mode_reason)) {
        return OBJ_VAL(&safe_mode_reasons[supervisor_safe_mode_reason()]);
    }
    if (name == NAME(rgb_status_brightness)) {
        return val_from_small_int(status_brightness);
    }
    return VAL_NULL;
}

static bool runtime_setattr(Value self, Value name, Value value) {
    (void)self;
    if (value == VAL_NULL) {
        return false;
    }
    if (name == NAME(autoreload)) {
        supervisor_set_autoreload(obj_truthy(value));
        return true;
    }
    if (name == NAME(rgb_status_brightness)) {
        status_brightness = (uint8_t)arg_int_range(value, 0, 255, "brightness");
        return true;
    }
    return false;
}

static const Type runtime_type = {
    .base = {&type_type},
    .name = NAME(Runtime),
    .base_type = &object_type,
    .getattr = runtime_getattr,
    .setattr = runtime_setattr,
};
static const Obj runtime_obj = {&runtime_type};

// --- supervisor.status_bar -------------------------------------------------------------

// Whether the status bar's title goes to the serial console and to the
// display (core/supervisor.c sends it). Kept across soft reboots.
static Value status_bar_getattr(Value self, Value name) {
    (void)self;
    if (name == NAME(console)) {
        return val_bool(supervisor_status_bar_console());
    }
    if (name == NAME(display)) {
        return val_bool(supervisor_status_bar_display());
    }
    return VAL_NULL;
}

static bool status_bar_setattr(Value self, Value name, Value value) {
    (void)self;
    if (value == VAL_NULL) {
        return false;
    }
    if (name == NAME(console)) {
        supervisor_set_status_bar_console(obj_truthy(value));
        return true;
    }
    if (name == NAME(display)) {
        supervisor_set_status_bar_display(obj_truthy(value));
        return true;
    }
    return false;
}

static const Type status_bar_type = {
    .base = {&type_type},
    .name = NAME(StatusBar),
    .base_type = &object_type,
    .getattr = status_bar_getattr,
    .setattr = status_bar_setattr,
};
static const Obj status_bar_obj = {&status_bar_type};

// --- functions ---------------------------------------------------------------------------

static Value sup_reload(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    supervisor_reload();
}

static Value sup_enable_autoreload(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    supervisor_set_autoreload(true);
    return VAL_NONE;
}

static Value sup_disable_autoreload(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    supervisor_set_autoreload(false);
    return VAL_NONE;
}

static Value sup_set_next_code_file(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(filename), true, false, VAL_NULL},
        {NAME(reload_on_success), false, true, VAL_FALSE},
        {NAME(reload_on_error), false, true, VAL_FALSE},
        {NAME(sticky_on_success), false, true, VAL_FALSE},
        {NAME(sticky_on_error), false, true, VAL_FALSE},
        {NAME(sticky_on_reload), false, true, VAL_FALSE},
    };
    Value a[6];
    args_parse("set_next_code_file", nargs, args, kwnames, 6, spec, a);
    int options = 0;
    for (int i = 1; i < 6; i++) {
        if (obj_truthy(a[i])) {
            options |= 1 << (i - 1);
        }
    }
    if (a[0] == VAL_NONE) {
        supervisor_set_next_code_file(NULL, 0, options);
    } else {
        if (!obj_isinstance(a[0], &str_type)) {
            vm_raise(&exc_TypeError_type, "filename must be of type str, not %T", a[0]);
        }
        Value s = obj_native(a[0]);
        supervisor_set_next_code_file(str_cstr(s), str_len_bytes(s), options);
    }
    return VAL_NONE;
}

static Value sup_ticks_ms(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return val_from_small_int((intptr_t)supervisor_ticks_ms());
}

static Value sup_get_previous_traceback(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    const char *tb = supervisor_previous_traceback();
    return tb == NULL ? VAL_NONE : str_new_cstr(tb);
}

static Value sup_get_setting(size_t nargs, const Value *args) {
    return settings_get_typed(args[0], nargs > 1 ? args[1] : VAL_NONE);
}

static Value sup_set_rgb_status_brightness(size_t nargs, const Value *args) {
    (void)nargs;
    status_brightness = (uint8_t)arg_int_range(args[0], 0, 255, "brightness");
    return VAL_NONE;
}

static BUILTIN_FN(sup_reload_obj, reload, 0, 0, sup_reload);
static BUILTIN_FN(sup_enable_autoreload_obj, enable_autoreload, 0, 0, sup_enable_autoreload);
static BUILTIN_FN(sup_disable_autoreload_obj, disable_autoreload, 0, 0, sup_disable_autoreload);
static BUILTIN_FN_KW(sup_set_next_code_file_obj, set_next_code_file, 1, 1, sup_set_next_code_file);
static BUILTIN_FN(sup_ticks_ms_obj, ticks_ms, 0, 0, sup_ticks_ms);
static BUILTIN_FN(sup_get_previous_traceback_obj, get_previous_traceback, 0, 0, sup_get_previous_traceback);
static BUILTIN_FN(sup_get_setting_obj, get_setting, 1, 2, sup_get_setting);
static BUILTIN_FN(sup_set_rgb_status_brightness_obj, set_rgb_status_brightness, 1, 1,
                  sup_set_rgb_status_brightness);

static const AttrEntry supervisor_globals[] = {
    {NAME(__name__), NAME(supervisor)},
    {NAME(RunReason), OBJ_VAL(&run_reason_type)},
    {NAME(Runtime), OBJ_VAL(&runtime_type)},
    {NAME(SafeModeReason), OBJ_VAL(&safe_mode_reason_type)},
    {NAME(StatusBar), OBJ_VAL(&status_bar_type)},
    {NAME(disable_autoreload), OBJ_VAL(&sup_disable_autoreload_obj)},
    {NAME(enable_autoreload), OBJ_VAL(&sup_enable_autoreload_obj)},
    {NAME(get_previous_traceback), OBJ_VAL(&sup_get_previous_traceback_obj)},
    {NAME(get_setting), OBJ_VAL(&sup_get_setting_obj)},
    {NAME(reload), OBJ_VAL(&sup_reload_obj)},
    {NAME(runtime), OBJ_VAL(&runtime_obj)},
    {NAME(set_next_code_file), OBJ_VAL(&sup_set_next_code_file_obj)},
    {NAME(set_rgb_status_brightness), OBJ_VAL(&sup_set_rgb_status_brightness_obj)},
    {NAME(status_bar), OBJ_VAL(&status_bar_obj)},
    {NAME(ticks_ms), OBJ_VAL(&sup_ticks_ms_obj)},
};

const ModuleDef module_supervisor = {
    .name = NAME(supervisor),
    .globals = supervisor_globals,
    .nglobals = sizeof(supervisor_globals) / sizeof(supervisor_globals[0]),
};
