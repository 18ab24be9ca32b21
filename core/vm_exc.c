// Exception semantics the VM adds on top of raising from C: implicit
// chaining (__context__, set as CPython's _PyErr_SetObject does, breaking
// cycles), the raise statement's normalisation of classes and causes, the
// except-clause match test, and StopIteration values.
#include "vm_impl.h"
#include "nlr.h"
#include "obj_exc.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

void vm_set_context(Value exc) {
    Value handled = vm.handled;
    if (handled == VAL_NULL || handled == exc) {
        return;
    }
    // Avoid a cycle: if exc is already in handled's context chain, cut the
    // chain there (Floyd's check bounds the walk if the chain is a loop).
    Value o = handled, slow = handled;
    bool toggle = false;
    for (;;) {
        Value ctx = exc_get(o)->context;
        if (ctx == VAL_NULL) {
            break;
        }
        if (ctx == exc) {
            exc_get(o)->context = VAL_NULL;
            break;
        }
        o = ctx;
        if (o == slow) {
            break;
        }
        if (toggle) {
            slow = exc_get(slow)->context;
        }
        toggle = !toggle;
    }
    exc_get(exc)->context = handled;
}

static bool is_exc_class(Value v) {
    return val_is_type(v) && type_is_subtype(val_as_type(v), &exc_BaseException_type);
}

static Value instantiate(Value cls) {
    Value e = obj_call0(cls);
    if (!obj_isinstance(e, &exc_BaseException_type)) {
        vm_raise(&exc_TypeError_type,
                 "calling %R should have returned an instance of BaseException, not %s", cls,
                 val_type_name(e));
    }
    return e;
}

Value vm_make_raise(Value exc, Value cause) {
    if (is_exc_class(exc)) {
        exc = instantiate(exc);
    } else if (!obj_isinstance(exc, &exc_BaseException_type)) {
        vm_raise(&exc_TypeError_type, "exceptions must derive from BaseException");
    }
    if (cause != VAL_NULL) {
        if (is_exc_class(cause)) {
            cause = instantiate(cause);
        } else if (cause == VAL_NONE) {
            cause = VAL_NULL;
        } else if (!obj_isinstance(cause, &exc_BaseException_type)) {
            vm_raise(&exc_TypeError_type, "exception causes must derive from BaseException");
        }
        ExcObj *e = exc_get(exc);
        e->cause = cause;
        e->suppress_context = true;
    }
    return exc;
}

static void check_except_class(Value cls) {
    if (!is_exc_class(cls)) {
        vm_raise(&exc_TypeError_type,
                 "catching classes that do not inherit from BaseException is not allowed");
    }
}

bool vm_exc_matches(Value exc, Value cls) {
    if (is_type(cls, &tuple_type)) {
        TupleObj *t = val_tuple(cls);
        for (size_t i = 0; i < t->len; i++) {
            check_except_class(t->items[i]);
        }
        for (size_t i = 0; i < t->len; i++) {
            if (obj_isinstance(exc, val_as_type(t->items[i]))) {
                return true;
            }
        }
        return false;
    }
    check_except_class(cls);
    return obj_isinstance(exc, val_as_type(cls));
}

Value vm_stop_iteration_value(Value exc) {
    ExcObj *e = exc_get(exc);
    if (e->dict != VAL_NULL) {
        Value v = dict_get_str(e->dict, NAME(value));
        if (v != VAL_NULL) {
            return v;
        }
    }
    if (e->args != VAL_NULL && val_tuple(e->args)->len > 0) {
        return val_tuple(e->args)->items[0];
    }
    return VAL_NONE;
}

_Noreturn void vm_raise_with_mode(Value exc, int mode) {
    vm.raise_mode = (uint8_t)mode;
    nlr_jump(exc);
}

// ascii(): repr with non-ASCII code points escaped.
Value vm_ascii(Value s) {
    const uint8_t *p = (const uint8_t *)str_cstr(s);
    size_t len = str_len_bytes(s);
    bool plain = true;
    for (size_t i = 0; i < len; i++) {
        if (p[i] >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain) {
        return s;
    }
    Vstr v;
    vstr_init(&v, len + 16);
    for (size_t i = 0; i < len;) {
        uint32_t c = p[i];
        size_t n = 1;
        if (c >= 0xF0) {
            c = ((c & 0x07) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) |
                (p[i + 3] & 0x3Fu);
            n = 4;
        } else if (c >= 0xE0) {
            c = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
            n = 3;
        } else if (c >= 0xC0) {
            c = ((c & 0x1F) << 6) | (p[i + 1] & 0x3Fu);
            n = 2;
        }
        i += n;
        if (c < 0x80) {
            vstr_add_byte(&v, (char)c);
        } else if (c < 0x100) {
            vstr_printf(&v, "\\x%c%c", "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15]);
        } else if (c < 0x10000) {
            char buf[8];
            for (int k = 0; k < 4; k++) {
                buf[k] = "0123456789abcdef"[(c >> (12 - 4 * k)) & 15];
            }
            vstr_add_cstr(&v, "\\u");
            vstr_add_bytes(&v, buf, 4);
        } else {
            char buf[8];
            for (int k = 0; k < 8; k++) {
                buf[k] = "0123456789abcdef"[(c >> (28 - 4 * k)) & 15];
            }
            vstr_add_cstr(&v, "\\U");
            vstr_add_bytes(&v, buf, 8);
        }
    }
    return vstr_to_str(&v);
}
