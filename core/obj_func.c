// Python function objects (function_type), bound methods
// (bound_method_type) and closure cells (cell_type). A function is a code
// object plus what `def` evaluated: globals, defaults, closure cells; its
// call slot is the VM's (vm_call.c). A bound method pairs a callable with
// the self it prepends; the dispatch loop unpacks bound Python functions
// in place, so this type's own call slot only serves calls from C.
#include <string.h>
#include "vm_impl.h"
#include "gc.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

// --- functions ---------------------------------------------------------------

struct FunctionExtra {
    Value dict;               // function attributes, VAL_NULL until set
    Value name, qualname;     // VAL_NULL: the code's
    Value doc;                // VAL_NULL: the code's docstring
};

static FunctionExtra *extra_of(FunctionObj *f) {
    if (f->extra == NULL) {
        FunctionExtra *e = gc_alloc(sizeof(FunctionExtra), false);
        e->dict = e->name = e->qualname = e->doc = VAL_NULL;
        f->extra = e;
    }
    return f->extra;
}

static const CodeObj *code_of(const FunctionObj *f) { return (const CodeObj *)VAL_OBJ(f->code); }

Value function_name(const FunctionObj *f) {
    return f->extra != NULL && f->extra->name != VAL_NULL ? f->extra->name : code_of(f)->name;
}

Value function_qualname(const FunctionObj *f) {
    return f->extra != NULL && f->extra->qualname != VAL_NULL ? f->extra->qualname : code_of(f)->qualname;
}

// The docstring is the first constant when it is a str (the compiler puts
// None first in functions without one, as CPython does).
static Value function_doc(const FunctionObj *f) {
    if (f->extra != NULL && f->extra->doc != VAL_NULL) {
        return f->extra->doc;
    }
    const CodeObj *co = code_of(f);
    TupleObj *consts = val_tuple(co->consts);
    return consts->len > 0 && val_is_str(consts->items[0]) && (co->flags & CO_NEWLOCALS) ? consts->items[0]
                                                                                          : VAL_NONE;
}

static Value function_dict(FunctionObj *f) {
    FunctionExtra *e = extra_of(f);
    if (e->dict == VAL_NULL) {
        e->dict = dict_new();
    }
    return e->dict;
}

Value function_new(Value code, Value globals, Value qualname, Value defaults, Value kwdefaults,
                   Value closure) {
    const CodeObj *co = (const CodeObj *)VAL_OBJ(code);
    FunctionObjX *x = (FunctionObjX *)gc_alloc_obj(sizeof(FunctionObjX), &function_type);
    FunctionObj *f = &x->f;
    f->code = code;
    f->globals = globals;
    f->defaults = defaults == VAL_NONE ? VAL_NULL : defaults;
    f->kwdefaults = kwdefaults == VAL_NONE ? VAL_NULL : kwdefaults;
    f->closure = closure == VAL_NONE ? VAL_NULL : closure;
    if (qualname != VAL_NULL && qualname != VAL_NONE && qualname != co->qualname) {
        extra_of(f)->qualname = qualname;
    }
    Value mod = is_type(globals, &dict_type) ? dict_get_str(globals, NAME(__name__)) : VAL_NULL;
    x->module = mod != VAL_NULL ? mod : VAL_NONE;
    function_code_changed(x);
    return OBJ_VAL(f);
}

void function_code_changed(FunctionObjX *x) {
    const CodeObj *co = (const CodeObj *)VAL_OBJ(x->f.code);
    x->cache = NULL;
    x->acache = NULL;
    x->frame_bytes = (uint32_t)frame_size(co);
    x->plain = !(co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE |
                              CO_ASYNC_GENERATOR)) &&
               co->kwonlyargcount == 0;
}

static Value function_repr(Value self) {
    FunctionObj *f = (FunctionObj *)VAL_OBJ(self);
    return str_printf("<function %S at %p>", function_qualname(f), (void *)VAL_OBJ(self));
}

static Value or_none(Value v) { return v == VAL_NULL ? VAL_NONE : v; }

static Value function_getattr(Value self, Value name) {
    FunctionObjX *x = (FunctionObjX *)VAL_OBJ(self);
    FunctionObj *f = &x->f;
    if (f->extra != NULL && f->extra->dict != VAL_NULL) {
        Value v = dict_get_str(f->extra->dict, name);
        if (v != VAL_NULL) {
            return v;
        }
    }
    if (name == NAME(__name__)) {
        return function_name(f);
    }
    if (name == NAME(__qualname__)) {
        return function_qualname(f);
    }
    if (name == NAME(__doc__)) {
        return function_doc(f);
    }
    if (name == NAME(__defaults__)) {
        return or_none(f->defaults);
    }
    if (name == NAME(__kwdefaults__)) {
        return or_none(f->kwdefaults);
    }
    if (name == NAME(__code__)) {
        return f->code;
    }
    if (name == NAME(__globals__)) {
        return f->globals;
    }
    if (name == NAME(__closure__)) {
        return or_none(f->closure);
    }
    if (name == NAME(__module__)) {
        return x->module;
    }
    if (name == NAME(__dict__)) {
        return function_dict(f);
    }
    if (name == NAME(__annotations__)) {
        Value a = dict_new();
        dict_set(function_dict(f), NAME(__annotations__), a);
        return a;
    }
    if (name == NAME(__builtins__)) {
        return vm_builtins_dict();
    }
    return VAL_NULL;
}

static bool function_setattr(Value self, Value name, Value value) {
    FunctionObjX *x = (FunctionObjX *)VAL_OBJ(self);
    FunctionObj *f = &x->f;
    if (name == NAME(__name__) || name == NAME(__qualname__)) {
        if (value == VAL_NULL || !val_is_str(value)) {
            vm_raise(&exc_TypeError_type, "%s must be set to a string object", str_cstr(name));
        }
        if (name == NAME(__name__)) {
            extra_of(f)->name = value;
        } else {
            extra_of(f)->qualname = value;
        }
        return true;
    }
    if (name == NAME(__doc__)) {
        extra_of(f)->doc = value == VAL_NULL ? VAL_NONE : value;
        return true;
    }
    if (name == NAME(__defaults__)) {
        if (value != VAL_NULL && value != VAL_NONE && !is_type(value, &tuple_type)) {
            vm_raise(&exc_TypeError_type, "__defaults__ must be set to a tuple object");
        }
        f->defaults = value == VAL_NONE ? VAL_NULL : value;
        return true;
    }
    if (name == NAME(__kwdefaults__)) {
        if (value != VAL_NULL && value != VAL_NONE && !is_type(value, &dict_type)) {
            vm_raise(&exc_TypeError_type, "__kwdefaults__ must be set to a dict object");
        }
        f->kwdefaults = value == VAL_NONE ? VAL_NULL : value;
        return true;
    }
    if (name == NAME(__code__)) {
        if (value == VAL_NULL || !is_type(value, &code_type)) {
            vm_raise(&exc_TypeError_type, "__code__ must be set to a code object");
        }
        f->code = value;
        function_code_changed(x);
        return true;
    }
    if (name == NAME(__module__)) {
        x->module = value == VAL_NULL ? VAL_NONE : value;
        return true;
    }
    if (name == NAME(__dict__)) {
        if (value == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "cannot delete __dict__");
        }
        if (!is_type(value, &dict_type)) {
            vm_raise(&exc_TypeError_type, "__dict__ must be set to a dictionary, not a '%s'",
                     val_type_name(value));
        }
        extra_of(f)->dict = value;
        return true;
    }
    if (name == NAME(__globals__) || name == NAME(__closure__) || name == NAME(__builtins__)) {
        vm_raise(&exc_AttributeError_type, "readonly attribute");
    }
    if (value == VAL_NULL) {
        return f->extra != NULL && f->extra->dict != VAL_NULL && dict_delete(f->extra->dict, name);
    }
    dict_set(function_dict(f), name, value);
    return true;
}

// function.__get__(obj, type=None): binds like a method lookup does.
static Value function_get(size_t nargs, const Value *args) {
    if (nargs < 2 || args[1] == VAL_NONE) {
        return args[0];
    }
    return bound_method_new(args[1], args[0]);
}
static BUILTIN_FN(function_get_obj, __get__, 2, 3, function_get);

static const AttrEntry function_attrs[] = {
    {NAME(__get__), OBJ_VAL(&function_get_obj)},
};

const Type function_type = {
    .base = {&type_type},
    .name = NAME(function),
    .base_type = &object_type,
    .call = vm_call_function,
    .repr = function_repr,
    .getattr = function_getattr,
    .setattr = function_setattr,
    .attrs = function_attrs,
    .nattrs = sizeof(function_attrs) / sizeof(function_attrs[0]),
};

// --- bound methods -------------------------------------------------------------

Value bound_method_new(Value self, Value func) {
    BoundMethodObj *m = (BoundMethodObj *)gc_alloc_obj(sizeof(BoundMethodObj), &bound_method_type);
    m->self = self;
    m->func = func;
    return OBJ_VAL(m);
}

static Value bound_method_call(Value self, size_t nargs, const Value *args, Value kwnames) {
    BoundMethodObj *m = (BoundMethodObj *)VAL_OBJ(self);
    size_t total = nargs + (kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0);
    Value buf[8];
    Value *a = total + 1 <= 8 ? buf : (Value *)gc_alloc((total + 1) * sizeof(Value), false);
    a[0] = m->self;
    if (total > 0) {
        memcpy(a + 1, args, total * sizeof(Value));
    }
    return obj_call(m->func, nargs + 1, a, kwnames);
}

static Value bound_method_repr(Value self) {
    BoundMethodObj *m = (BoundMethodObj *)VAL_OBJ(self);
    if (is_type(m->func, &builtin_function_type)) {
        const BuiltinFn *fn = (const BuiltinFn *)VAL_OBJ(m->func);
        return str_printf("<built-in method %S of %s object at %p>", fn->name,
                          val_type_name(m->self), (void *)VAL_OBJ(m->self));
    }
    Value name = obj_getattr_opt(m->func, NAME(__qualname__));
    if (name == VAL_NULL || !val_is_str(name)) {
        name = obj_getattr_opt(m->func, NAME(__name__));
    }
    if (name == VAL_NULL || !val_is_str(name)) {
        name = str_new_cstr("?");
    }
    return str_printf("<bound method %S of %R>", name, m->self);
}

static Value bound_method_getattr(Value self, Value name) {
    BoundMethodObj *m = (BoundMethodObj *)VAL_OBJ(self);
    if (name == NAME(__self__)) {
        return m->self;
    }
    if (name == NAME(__func__)) {
        return m->func;
    }
    return obj_getattr_opt(m->func, name);
}

static Value bound_method_compare(int op, Value a, Value b) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &bound_method_type)) {
        return VAL_NULL;
    }
    BoundMethodObj *x = (BoundMethodObj *)VAL_OBJ(a), *y = (BoundMethodObj *)VAL_OBJ(b);
    bool eq = x->self == y->self && (x->func == y->func || obj_eq(x->func, y->func));
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static Value bound_method_hash(Value self) {
    BoundMethodObj *m = (BoundMethodObj *)VAL_OBJ(self);
    uintptr_t h = ((uintptr_t)m->self >> 4) ^ obj_hash(m->func);
    return val_from_small_int((intptr_t)(h & (uintptr_t)SMALL_INT_MAX));
}

const Type bound_method_type = {
    .base = {&type_type},
    .name = NAME(method),
    .base_type = &object_type,
    .call = bound_method_call,
    .repr = bound_method_repr,
    .hash = bound_method_hash,
    .compare = bound_method_compare,
    .getattr = bound_method_getattr,
};

// --- cells -------------------------------------------------------------------------

Value cell_new(Value v) {
    CellObj *c = (CellObj *)gc_alloc_obj(sizeof(CellObj), &cell_type);
    c->value = v;
    return OBJ_VAL(c);
}

static Value cell_repr(Value self) {
    CellObj *c = (CellObj *)VAL_OBJ(self);
    if (c->value == VAL_NULL) {
        return str_printf("<cell at %p: empty>", (void *)c);
    }
    return str_printf("<cell at %p: %s object at %p>", (void *)c, val_type_name(c->value),
                      (void *)c->value);
}

static Value cell_getattr(Value self, Value name) {
    CellObj *c = (CellObj *)VAL_OBJ(self);
    if (name == NAME(cell_contents)) {
        if (c->value == VAL_NULL) {
            vm_raise(&exc_ValueError_type, "Cell is empty");
        }
        return c->value;
    }
    return VAL_NULL;
}

static bool cell_setattr(Value self, Value name, Value value) {
    if (name != NAME(cell_contents)) {
        return false;
    }
    ((CellObj *)VAL_OBJ(self))->value = value;
    return true;
}

const Type cell_type = {
    .base = {&type_type},
    .name = NAME(cell),
    .base_type = &object_type,
    .repr = cell_repr,
    .getattr = cell_getattr,
    .setattr = cell_setattr,
};
