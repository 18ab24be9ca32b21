// The usb_cdc module: usb_cdc.console (the REPL's serial channel) and
// usb_cdc.data (a second channel, None unless boot.py enabled it with
// usb_cdc.enable(data=True)), both usb_cdc.Serial objects with the
// byte-stream API CircuitPython gives them (read, readline, readinto,
// write, in_waiting, timeout, ...). enable()/disable() work in boot.py only.
#include <string.h>
#include "obj.h"
#include "background.h"
#include "gc.h"
#include "hal.h"
#include "module_table.h"
#include "print.h"
#include "supervisor.h"
#include "vm.h"
#include "vm_raise.h"

typedef struct {
    Obj base;
    bool data;   // the data channel, else the console
} SerialObj;

extern const Type usb_cdc_serial_type;
static const SerialObj console_serial = {{&usb_cdc_serial_type}, false};
static const SerialObj data_serial = {{&usb_cdc_serial_type}, true};

// Timeouts in seconds; negative = None (wait for ever), as CircuitPython's.
static float timeouts[2][2] = {{-1.0f, -1.0f}, {-1.0f, -1.0f}};

static const SerialObj *serial_self(Value v) {
    if (!is_type(v, &usb_cdc_serial_type)) {
        vm_raise(&exc_TypeError_type, "expected Serial, got %T", v);
    }
    return (const SerialObj *)VAL_OBJ(v);
}

// --- the two channels ------------------------------------------------------------

static size_t ch_available(bool data) {
    if (!data) {
        int n = hal_stdin_bytes_available();
        return n > 0 ? (size_t)n : 0;
    }
    const SupervisorPort *p = supervisor_port();
    return p != NULL && p->data_available != NULL ? p->data_available() : 0;
}

static int ch_read_byte(bool data) {
    if (!data) {
        return hal_stdin_read_byte();
    }
    const SupervisorPort *p = supervisor_port();
    uint8_t b;
    if (p != NULL && p->data_read != NULL && p->data_read(&b, 1) == 1) {
        return b;
    }
    return -1;
}

static void ch_write(bool data, const uint8_t *buf, size_t len) {
    if (!data) {
        hal_stdout_write((const char *)buf, len);
        return;
    }
    const SupervisorPort *p = supervisor_port();
    if (p != NULL && p->data_write != NULL) {
        p->data_write(buf, len);
    }
}

static bool ch_connected(bool data) {
    if (!data) {
        return supervisor_serial_connected();
    }
    const SupervisorPort *p = supervisor_port();
    return p != NULL && p->data_connected != NULL && p->data_connected();
}

// Reads up to n bytes (n < 0: as many as come) into v, waiting up to the
// read timeout; stops after '\n' when `line`.
static void read_into_vstr(bool data, intptr_t n, bool line, Vstr *v) {
    float t = timeouts[data][0];
    uint64_t deadline = t < 0 ? UINT64_MAX : hal_monotonic_ns() + (uint64_t)(t * 1e9f);
    while (n < 0 || (intptr_t)v->len < n) {
        if (ch_available(data) > 0) {
            int c = ch_read_byte(data);
            if (c < 0) {
                break;
            }
            vstr_add_byte(v, (char)c);
            if (line && c == '\n') {
                break;
            }
            continue;
        }
        uint64_t now = hal_monotonic_ns();
        if (now >= deadline) {
            break;
        }
        uint64_t next = now + 1000000u;
        if (!background_sleep_until(next < deadline ? next : deadline)) {
            vm_raise_noargs(&exc_KeyboardInterrupt_type);
        }
    }
}

static intptr_t size_arg(size_t nargs, const Value *args, size_t i) {
    if (nargs <= i || args[i] == VAL_NONE) {
        return -1;
    }
    return int_as_intptr(args[i]);
}

static Value serial_read(size_t nargs, const Value *args) {
    const SerialObj *s = serial_self(args[0]);
    Vstr v;
    vstr_init(&v, 16);
    read_into_vstr(s->data, size_arg(nargs, args, 1), false, &v);
    return vstr_to_bytes(&v);
}

static Value serial_readline(size_t nargs, const Value *args) {
    const SerialObj *s = serial_self(args[0]);
    Vstr v;
    vstr_init(&v, 16);
    read_into_vstr(s->data, size_arg(nargs, args, 1), true, &v);
    return vstr_to_bytes(&v);
}

static Value serial_readlines(size_t nargs, const Value *args) {
    (void)nargs;
    const SerialObj *s = serial_self(args[0]);
    Value list = list_new_empty();
    for (;;) {
        Vstr v;
        vstr_init(&v, 16);
        read_into_vstr(s->data, -1, true, &v);
        if (v.len == 0) {
            return list;
        }
        list_append(list, vstr_to_bytes(&v));
        if (v.buf[v.len - 1] != '\n') {
            return list;
        }
    }
}

static Value serial_readinto(size_t nargs, const Value *args) {
    (void)nargs;
    const SerialObj *s = serial_self(args[0]);
    if (!is_type(args[1], &bytearray_type)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    BytesObj *b = (BytesObj *)VAL_OBJ(args[1]);
    Vstr v;
    vstr_init(&v, b->len + 1);
    read_into_vstr(s->data, (intptr_t)b->len, false, &v);
    memcpy(b->data, v.buf, v.len);
    return val_from_small_int((intptr_t)v.len);
}

static Value serial_write(size_t nargs, const Value *args) {
    (void)nargs;
    const SerialObj *s = serial_self(args[0]);
    Value b = args[1];
    if (!is_type(b, &bytes_type) && !is_type(b, &bytearray_type)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    BytesObj *o = (BytesObj *)VAL_OBJ(b);
    ch_write(s->data, o->data, o->len);
    return val_from_small_int((intptr_t)o->len);
}

static Value serial_noop(size_t nargs, const Value *args) {
    (void)nargs;
    serial_self(args[0]);
    return VAL_NONE;
}

static Value serial_reset_input_buffer(size_t nargs, const Value *args) {
    (void)nargs;
    const SerialObj *s = serial_self(args[0]);
    while (ch_available(s->data) > 0 && ch_read_byte(s->data) >= 0) {
    }
    return VAL_NONE;
}

static Value serial_getattr(Value self, Value name) {
    const SerialObj *s = (const SerialObj *)VAL_OBJ(self);
    if (name == NAME(in_waiting)) {
        return val_from_small_int((intptr_t)ch_available(s->data));
    }
    if (name == NAME(out_waiting)) {
        return val_from_small_int(0);
    }
    if (name == NAME(connected)) {
        return val_bool(ch_connected(s->data));
    }
    if (name == NAME(timeout) || name == NAME(write_timeout)) {
        float t = timeouts[s->data][name == NAME(write_timeout)];
        return t < 0 ? VAL_NONE : float_new(t);
    }
    return VAL_NULL;
}

static bool serial_setattr(Value self, Value name, Value value) {
    const SerialObj *s = (const SerialObj *)VAL_OBJ(self);
    if (value == VAL_NULL || (name != NAME(timeout) && name != NAME(write_timeout))) {
        return false;
    }
    float t = -1.0f;
    if (value != VAL_NONE) {
        Value f = obj_call(OBJ_VAL(&float_type), 1, &value, VAL_NULL);
        t = (float)float_value(f);
        if (t < 0) {
            vm_raise(&exc_ValueError_type, "%s must be >= 0", name == NAME(timeout) ? "timeout" : "write_timeout");
        }
    }
    timeouts[s->data][name == NAME(write_timeout)] = t;
    return true;
}

static BUILTIN_FN(serial_read_obj, read, 1, 2, serial_read);
static BUILTIN_FN(serial_readline_obj, readline, 1, 2, serial_readline);
static BUILTIN_FN(serial_readlines_obj, readlines, 1, 1, serial_readlines);
static BUILTIN_FN(serial_readinto_obj, readinto, 2, 2, serial_readinto);
static BUILTIN_FN(serial_write_obj, write, 2, 2, serial_write);
static BUILTIN_FN(serial_flush_obj, flush, 1, 1, serial_noop);
static BUILTIN_FN(serial_reset_input_buffer_obj, reset_input_buffer, 1, 1, serial_reset_input_buffer);
static BUILTIN_FN(serial_reset_output_buffer_obj, reset_output_buffer, 1, 1, serial_noop);

static const AttrEntry serial_attrs[] = {
    {NAME(flush), OBJ_VAL(&serial_flush_obj)},
    {NAME(read), OBJ_VAL(&serial_read_obj)},
    {NAME(readinto), OBJ_VAL(&serial_readinto_obj)},
    {NAME(readline), OBJ_VAL(&serial_readline_obj)},
    {NAME(readlines), OBJ_VAL(&serial_readlines_obj)},
    {NAME(reset_input_buffer), OBJ_VAL(&serial_reset_input_buffer_obj)},
    {NAME(reset_output_buffer), OBJ_VAL(&serial_reset_output_buffer_obj)},
    {NAME(write), OBJ_VAL(&serial_write_obj)},
};

const Type usb_cdc_serial_type = {
    .base = {&type_type},
    .name = NAME(Serial),
    .base_type = &object_type,
    .getattr = serial_getattr,
    .setattr = serial_setattr,
    .attrs = serial_attrs,
    .nattrs = sizeof(serial_attrs) / sizeof(serial_attrs[0]),
};

// --- module -----------------------------------------------------------------------

static void set_channels(Value module) {
    Value g = ((ModuleObj *)VAL_OBJ(module))->globals;
    dict_set(g, NAME(console), supervisor_cdc_console_enabled() ? OBJ_VAL(&console_serial) : VAL_NONE);
    dict_set(g, NAME(data), supervisor_cdc_data_enabled() ? OBJ_VAL(&data_serial) : VAL_NONE);
}

static Value current_module(void) { return dict_get_str(vm_sys_modules(), NAME(usb_cdc)); }

static void check_can_change(void) {
    if (supervisor_active() && !supervisor_in_boot()) {
        vm_raise(&exc_RuntimeError_type, "Cannot change USB devices now");
    }
}

static Value usb_cdc_enable(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(console), false, true, VAL_TRUE},
        {NAME(data), false, true, VAL_FALSE},
    };
    Value a[2];
    args_parse("enable", nargs, args, kwnames, 2, spec, a);
    check_can_change();
    supervisor_set_cdc(obj_truthy(a[0]), obj_truthy(a[1]));
    Value m = current_module();
    if (m != VAL_NULL) {
        set_channels(m);
    }
    return VAL_NONE;
}

static Value usb_cdc_disable(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    check_can_change();
    supervisor_set_cdc(false, false);
    Value m = current_module();
    if (m != VAL_NULL) {
        set_channels(m);
    }
    return VAL_NONE;
}

static BUILTIN_FN_KW(usb_cdc_enable_obj, enable, 0, 0, usb_cdc_enable);
static BUILTIN_FN(usb_cdc_disable_obj, disable, 0, 0, usb_cdc_disable);

static const AttrEntry usb_cdc_globals[] = {
    {NAME(__name__), NAME(usb_cdc)},
    {NAME(Serial), OBJ_VAL(&usb_cdc_serial_type)},
    {NAME(disable), OBJ_VAL(&usb_cdc_disable_obj)},
    {NAME(enable), OBJ_VAL(&usb_cdc_enable_obj)},
};

const ModuleDef module_usb_cdc = {
    .name = NAME(usb_cdc),
    .globals = usb_cdc_globals,
    .nglobals = sizeof(usb_cdc_globals) / sizeof(usb_cdc_globals[0]),
    .init = set_channels,
};
