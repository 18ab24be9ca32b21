// The microcontroller module: cpu (frequency, temperature, voltage, uid,
// reset_reason), nvm (the board's non-volatile bytes as a fixed-size
// bytearray-like object, written through hal_nvm_*), Pin, the `pin`
// submodule of MCU pin names, reset()/on_next_reset() (the supervisor's),
// delay_us, interrupts on/off, and the RunMode/ResetReason enums. Also the
// nvm module, whose ByteArray is the type of microcontroller.nvm.
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "hal.h"
#include "module_table.h"
#include "obj_float.h"
#include "pins.h"
#include "supervisor.h"
#include "vm_raise.h"

// --- enums ------------------------------------------------------------------------------

extern const Type mcu_runmode_type, mcu_resetreason_type;
static const HwEnumObj runmode_normal = {{&mcu_runmode_type}, "microcontroller.RunMode.NORMAL"};
static const HwEnumObj runmode_safe = {{&mcu_runmode_type}, "microcontroller.RunMode.SAFE_MODE"};
static const HwEnumObj runmode_uf2 = {{&mcu_runmode_type}, "microcontroller.RunMode.UF2"};
static const HwEnumObj runmode_bootloader = {{&mcu_runmode_type}, "microcontroller.RunMode.BOOTLOADER"};
static const AttrEntry runmode_attrs[] = {
    {NAME(NORMAL), OBJ_VAL(&runmode_normal)},
    {NAME(SAFE_MODE), OBJ_VAL(&runmode_safe)},
    {NAME(UF2), OBJ_VAL(&runmode_uf2)},
    {NAME(BOOTLOADER), OBJ_VAL(&runmode_bootloader)},
};
const Type mcu_runmode_type = {
    .base = {&type_type},
    .name = NAME(RunMode),
    .base_type = &object_type,
    .repr = hw_enum_repr,
    .attrs = runmode_attrs,
    .nattrs = sizeof(runmode_attrs) / sizeof(runmode_attrs[0]),
};

static const HwEnumObj reason_power_on = {{&mcu_resetreason_type}, "microcontroller.ResetReason.POWER_ON"};
static const HwEnumObj reason_brownout = {{&mcu_resetreason_type}, "microcontroller.ResetReason.BROWNOUT"};
static const HwEnumObj reason_software = {{&mcu_resetreason_type}, "microcontroller.ResetReason.SOFTWARE"};
static const HwEnumObj reason_deep_sleep = {{&mcu_resetreason_type},
                                            "microcontroller.ResetReason.DEEP_SLEEP_ALARM"};
static const HwEnumObj reason_reset_pin = {{&mcu_resetreason_type}, "microcontroller.ResetReason.RESET_PIN"};
static const HwEnumObj reason_watchdog = {{&mcu_resetreason_type}, "microcontroller.ResetReason.WATCHDOG"};
static const HwEnumObj reason_unknown = {{&mcu_resetreason_type}, "microcontroller.ResetReason.UNKNOWN"};
static const HwEnumObj reason_rescue = {{&mcu_resetreason_type}, "microcontroller.ResetReason.RESCUE_DEBUG"};
static const AttrEntry resetreason_attrs[] = {
    {NAME(POWER_ON), OBJ_VAL(&reason_power_on)},
    {NAME(BROWNOUT), OBJ_VAL(&reason_brownout)},
    {NAME(SOFTWARE), OBJ_VAL(&reason_software)},
    {NAME(DEEP_SLEEP_ALARM), OBJ_VAL(&reason_deep_sleep)},
    {NAME(RESET_PIN), OBJ_VAL(&reason_reset_pin)},
    {NAME(WATCHDOG), OBJ_VAL(&reason_watchdog)},
    {NAME(UNKNOWN), OBJ_VAL(&reason_unknown)},
    {NAME(RESCUE_DEBUG), OBJ_VAL(&reason_rescue)},
};
const Type mcu_resetreason_type = {
    .base = {&type_type},
    .name = NAME(ResetReason),
    .base_type = &object_type,
    .repr = hw_enum_repr,
    .attrs = resetreason_attrs,
    .nattrs = sizeof(resetreason_attrs) / sizeof(resetreason_attrs[0]),
};

// --- cpu ----------------------------------------------------------------------------------

extern const Type mcu_processor_type;
static const Obj cpu_obj = {&mcu_processor_type};

static void processor_check(Value self) {
    if (!is_type(self, &mcu_processor_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'Processor' object but received '%s'",
                 type_name_cstr(type_of(self)));
    }
}

static Value cpu_frequency(size_t nargs, const Value *args) {
    (void)nargs;
    processor_check(args[0]);
    return int_from_u64(hal_board()->cpu_hz);
}

static Value cpu_temperature(size_t nargs, const Value *args) {
    (void)nargs;
    processor_check(args[0]);
    return float_from_f32(hal_cpu_temperature());
}

static Value cpu_voltage(size_t nargs, const Value *args) {
    (void)nargs;
    processor_check(args[0]);
    return float_from_f32(hal_cpu_voltage());
}

static Value cpu_uid(size_t nargs, const Value *args) {
    (void)nargs;
    processor_check(args[0]);
    const HalBoard *b = hal_board();
    return bytearray_new(b->uid, b->uid != NULL ? b->uid_len : 0);
}

static Value cpu_reset_reason(size_t nargs, const Value *args) {
    (void)nargs;
    processor_check(args[0]);
    return OBJ_VAL(&reason_power_on);
}

static BUILTIN_FN(cpu_frequency_obj, frequency, 1, 1, cpu_frequency);
static BUILTIN_FN(cpu_temperature_obj, temperature, 1, 1, cpu_temperature);
static BUILTIN_FN(cpu_voltage_obj, voltage, 1, 1, cpu_voltage);
static BUILTIN_FN(cpu_uid_obj, uid, 1, 1, cpu_uid);
static BUILTIN_FN(cpu_reset_reason_obj, reset_reason, 1, 1, cpu_reset_reason);
#define RO_PROP(getter) {{&property_type}, OBJ_VAL(&getter), VAL_NONE, VAL_NONE, VAL_NONE}
static const PropertyObj cpu_frequency_prop = RO_PROP(cpu_frequency_obj);
static const PropertyObj cpu_temperature_prop = RO_PROP(cpu_temperature_obj);
static const PropertyObj cpu_voltage_prop = RO_PROP(cpu_voltage_obj);
static const PropertyObj cpu_uid_prop = RO_PROP(cpu_uid_obj);
static const PropertyObj cpu_reset_reason_prop = RO_PROP(cpu_reset_reason_obj);

static const AttrEntry processor_attrs[] = {
    {NAME(frequency), OBJ_VAL(&cpu_frequency_prop)},
    {NAME(temperature), OBJ_VAL(&cpu_temperature_prop)},
    {NAME(voltage), OBJ_VAL(&cpu_voltage_prop)},
    {NAME(uid), OBJ_VAL(&cpu_uid_prop)},
    {NAME(reset_reason), OBJ_VAL(&cpu_reset_reason_prop)},
};

const Type mcu_processor_type = {
    .base = {&type_type},
    .name = NAME(Processor),
    .base_type = &object_type,
    .attrs = processor_attrs,
    .nattrs = sizeof(processor_attrs) / sizeof(processor_attrs[0]),
};

// --- nvm ------------------------------------------------------------------------------------

// The one nvm.ByteArray: its bytes live behind hal_nvm_*, nothing in RAM.
extern const Type nvm_bytearray_type;
static const Obj nvm_obj = {&nvm_bytearray_type};

static size_t nvm_len(void) { return hal_board()->nvm_bytes; }

static void nvm_write(size_t offset, const uint8_t *data, size_t len) {
    if (hal_nvm_write(offset, data, len) < 0) {
        vm_raise(&exc_RuntimeError_type, "Unable to write to nvm.");
    }
}

static Value nvm_unary_op(int op, Value a) {
    (void)a;
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)nvm_len());
    }
    if (op == UNOP_BOOL) {
        return val_bool(nvm_len() != 0);
    }
    return VAL_NULL;
}

static Value nvm_subscr(Value self, Value index, Value value) {
    (void)self;
    size_t n = nvm_len();
    if (value == VAL_DELETE) {
        return VAL_NULL;   // no deletion: TypeError from the protocol
    }
    if (is_type(index, &slice_type)) {
        intptr_t start, stop, step;
        size_t count = slice_indices(index, n, &start, &stop, &step);
        if (step != 1) {
            vm_raise(&exc_NotImplementedError_type, "only slices with step=1 (aka None) are supported");
        }
        if (value == VAL_NULL) {
            uint8_t *buf = gc_alloc(count + 1, true);
            hal_nvm_read((size_t)start, buf, count);
            return bytearray_new(buf, count);
        }
        const uint8_t *data;
        size_t len;
        if (!obj_get_buffer(value, &data, &len) || is_type(value, &str_type)) {
            vm_raise(&exc_NotImplementedError_type, "array/bytes required on right side");
        }
        if (len != count) {
            vm_raise(&exc_ValueError_type, "Slice and value different lengths.");
        }
        nvm_write((size_t)start, data, len);
        return VAL_NONE;
    }
    if (int_coerce(index) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "ByteArray indices must be integers, not %s", type_name_cstr(type_of(index)));
    }
    int64_t i;
    if (!int_to_i64(int_coerce(index), &i) || i < -(int64_t)n || i >= (int64_t)n) {
        vm_raise(&exc_IndexError_type, "ByteArray index out of range");
    }
    size_t at = (size_t)(i < 0 ? i + (int64_t)n : i);
    if (value == VAL_NULL) {
        uint8_t b = 0;
        hal_nvm_read(at, &b, 1);
        return val_from_small_int(b);
    }
    Value iv = int_coerce(value);
    if (iv == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "can't convert %s to int", type_name_cstr(type_of(value)));
    }
    int64_t v;
    if (!int_to_i64(iv, &v) || v < 0 || v > 255) {
        vm_raise(&exc_ValueError_type, "Bytes must be 0-255.");
    }
    uint8_t b = (uint8_t)v;
    nvm_write(at, &b, 1);
    return VAL_NONE;
}

const Type nvm_bytearray_type = {
    .base = {&type_type},
    .name = NAME(ByteArray),
    .base_type = &object_type,
    .unary_op = nvm_unary_op,
    .subscr = nvm_subscr,
};

static const AttrEntry nvm_globals[] = {
    {NAME(__name__), NAME(nvm)},
    {NAME(ByteArray), OBJ_VAL(&nvm_bytearray_type)},
};

const ModuleDef module_nvm = {
    .name = NAME(nvm),
    .globals = nvm_globals,
    .nglobals = sizeof(nvm_globals) / sizeof(nvm_globals[0]),
};

// --- microcontroller.pin: the MCU names of the board's pins --------------------------------

static Value mcu_pin_getattr(size_t nargs, const Value *args) {
    (void)nargs;
    if (!val_is_str(args[0])) {
        vm_raise(&exc_TypeError_type, "attribute name must be string, not '%s'", type_name_cstr(type_of(args[0])));
    }
    const HalBoard *b = hal_board();
    const char *s = str_cstr(args[0]);
    for (size_t i = 0; i < b->npins; i++) {
        if (strcmp(b->pins[i].mcu_name, s) == 0) {
            return pin_obj((uint8_t)i);
        }
    }
    vm_raise(&exc_AttributeError_type, "module 'microcontroller.pin' has no attribute '%s'", s);
}

static Value mcu_pin_dir(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    const HalBoard *b = hal_board();
    Value l = list_new_empty();
    list_append(l, NAME(__name__));
    for (size_t i = 0; i < b->npins; i++) {
        list_append(l, str_new_cstr(b->pins[i].mcu_name));
    }
    return l;
}

static BUILTIN_FN(mcu_pin_getattr_obj, __getattr__, 1, 1, mcu_pin_getattr);
static BUILTIN_FN(mcu_pin_dir_obj, __dir__, 0, 0, mcu_pin_dir);
static const AttrEntry mcu_pin_globals[] = {
    {NAME(__getattr__), OBJ_VAL(&mcu_pin_getattr_obj)},
    {NAME(__dir__), OBJ_VAL(&mcu_pin_dir_obj)},
};
static const ModuleDef mcu_pin_module = {
    .name = NAME(microcontroller_pin),
    .globals = mcu_pin_globals,
    .nglobals = sizeof(mcu_pin_globals) / sizeof(mcu_pin_globals[0]),
};

// --- functions ----------------------------------------------------------------------------

static Value mcu_reset(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    supervisor_reset();
}

static Value mcu_on_next_reset(size_t nargs, const Value *args) {
    (void)nargs;
    int mode;
    if (args[0] == OBJ_VAL(&runmode_normal)) {
        mode = 0;
    } else if (args[0] == OBJ_VAL(&runmode_safe)) {
        mode = 1;
    } else if (args[0] == OBJ_VAL(&runmode_bootloader) || args[0] == OBJ_VAL(&runmode_uf2)) {
        mode = 2;
    } else {
        vm_raise(&exc_TypeError_type, "run_mode must be of type RunMode, not %s", type_name_cstr(type_of(args[0])));
    }
    supervisor_on_next_reset(mode);
    return VAL_NONE;
}

static Value mcu_delay_us(size_t nargs, const Value *args) {
    (void)nargs;
    int64_t us = arg_int_range(args[0], 0, 0x7FFFFFFF, "delay");
    // A busy wait on the board: it does not let background tasks run.
    uint64_t end = hal_monotonic_ns() + (uint64_t)us * 1000;
    hal_sleep_until_ns(end);
    return VAL_NONE;
}

static Value mcu_noop(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return VAL_NONE;
}

static BUILTIN_FN(mcu_reset_obj, reset, 0, 0, mcu_reset);
static BUILTIN_FN(mcu_on_next_reset_obj, on_next_reset, 1, 1, mcu_on_next_reset);
static BUILTIN_FN(mcu_delay_us_obj, delay_us, 1, 1, mcu_delay_us);
static BUILTIN_FN(mcu_disable_interrupts_obj, disable_interrupts, 0, 0, mcu_noop);
static BUILTIN_FN(mcu_enable_interrupts_obj, enable_interrupts, 0, 0, mcu_noop);

// nvm (None on a board without it) and the pin submodule depend on the
// board, chosen at run time: they go into the module's dict at import.
static void microcontroller_init(Value module) {
    Value g = ((ModuleObj *)VAL_OBJ(module))->globals;
    dict_set(g, NAME(nvm), nvm_len() > 0 ? OBJ_VAL(&nvm_obj) : VAL_NONE);
    Value pin = module_from_def(&mcu_pin_module);
    dict_set(((ModuleObj *)VAL_OBJ(pin))->globals, NAME(__name__), NAME(microcontroller_pin));
    dict_set(g, NAME(pin), pin);
}

static const AttrEntry microcontroller_globals[] = {
    {NAME(__name__), NAME(microcontroller)},
    {NAME(cpu), OBJ_VAL(&cpu_obj)},
    {NAME(delay_us), OBJ_VAL(&mcu_delay_us_obj)},
    {NAME(disable_interrupts), OBJ_VAL(&mcu_disable_interrupts_obj)},
    {NAME(enable_interrupts), OBJ_VAL(&mcu_enable_interrupts_obj)},
    {NAME(on_next_reset), OBJ_VAL(&mcu_on_next_reset_obj)},
    {NAME(reset), OBJ_VAL(&mcu_reset_obj)},
    {NAME(Pin), OBJ_VAL(&mcu_pin_type)},
    {NAME(Processor), OBJ_VAL(&mcu_processor_type)},
    {NAME(ResetReason), OBJ_VAL(&mcu_resetreason_type)},
    {NAME(RunMode), OBJ_VAL(&mcu_runmode_type)},
};

const ModuleDef module_microcontroller = {
    .name = NAME(microcontroller),
    .globals = microcontroller_globals,
    .nglobals = sizeof(microcontroller_globals) / sizeof(microcontroller_globals[0]),
    .init = microcontroller_init,
};
