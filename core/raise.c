// Raising: builds exception objects and longjmps to the innermost NlrBuf
// (nlr.h). The MemoryError path never allocates: it throws the instance
// pre-allocated by obj_exc.c.
#include "vm_raise.h"
#include "nlr.h"
#include "obj.h"
#include "obj_exc.h"
#include "print.h"
#include "../hal/hal.h"

NlrBuf *nlr_top;

void nlr_jump(Value exc) {
    NlrBuf *top = nlr_top;
    if (top == NULL) {
        hal_fatal("uncaught exception with no handler");
    }
    nlr_top = top->prev;
    top->exc = exc;
    longjmp(top->jb, 1);
}

void vm_raise(const Type *type, const char *fmt, ...) {
    Vstr v;
    vstr_init(&v, 64);
    va_list ap;
    va_start(ap, fmt);
    vstr_vprintf(&v, fmt, ap);
    va_end(ap);
    nlr_jump(exc_new_msg(type, vstr_to_str(&v)));
}

void vm_raise_noargs(const Type *type) { nlr_jump(exc_new(type, 0, NULL)); }

void vm_raise_obj(Value exc) {
    if (val_is_obj(exc) && type_is_subtype(type_of(exc), &type_type)) {
        const Type *t = (const Type *)VAL_OBJ(exc);
        if (type_is_subtype(t, &exc_BaseException_type)) {
            exc = obj_call(exc, 0, NULL, VAL_NULL);
        }
    }
    if (!obj_isinstance(exc, &exc_BaseException_type)) {
        vm_raise(&exc_TypeError_type, "exceptions must derive from BaseException");
    }
    nlr_jump(exc);
}

void vm_raise_memory_error(void) {
    Value e = exc_memory_error_instance();
    ExcObj *x = exc_get(e);
    // The one instance is reused: forget where it was raised last time.
    x->traceback = VAL_NULL;
    x->context = VAL_NULL;
    x->cause = VAL_NULL;
    nlr_jump(e);
}

void vm_raise_unsupported_binop(const char *op, Value a, Value b) {
    vm_raise(&exc_TypeError_type, "unsupported operand type(s) for %s: '%T' and '%T'", op, a, b);
}
