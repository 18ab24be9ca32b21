// Exceptions: every built-in exception class of core/exceptions.def as a
// const Type, the ExcObj instances (also used for instances of user
// subclasses, with a heap type), their str/repr as CPython, the attributes
// of the special classes (OSError's errno/strerror/filename, SyntaxError's
// location, StopIteration.value, SystemExit.code, ImportError.name), and
// the pre-allocated MemoryError instance.
//
// Attributes that CPython stores in fields (errno, filename, lineno, ...)
// are kept in the instance dict, set when the exception is initialised;
// the getattr slot answers None for those not set.
#include "obj_exc.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

static const TupleObj no_args = {{&tuple_type}, 0};

// --- creation and initialisation ---------------------------------------------

static void dict_put(ExcObj *e, Value name, Value v) {
    if (e->dict == VAL_NULL) {
        e->dict = dict_new();
    }
    dict_set(e->dict, name, v);
}

// The built-in class behind an exception type (heap classes: native_base).
static const Type *exc_base_of(const Type *t) { return type_is_heap(t) ? t->native_base : t; }

static bool is_a(const Type *nb, const Type *t) { return type_is_subtype(nb, t); }

static void init_oserror(ExcObj *e, TupleObj *a) {
    if (a->len < 2 || a->len > 5) {
        return;
    }
    dict_put(e, NAME(errno), a->items[0]);
    dict_put(e, NAME(strerror), a->items[1]);
    if (a->len >= 3) {
        dict_put(e, NAME(filename), a->items[2]);
        if (a->len >= 5) {
            dict_put(e, NAME(filename2), a->items[4]);
        }
        e->args = tuple_new(2, a->items);
    }
}

static void init_syntaxerror(ExcObj *e, TupleObj *a) {
    if (a->len >= 1) {
        dict_put(e, NAME(msg), a->items[0]);
    }
    if (a->len == 2) {
        Value info = a->items[1];
        size_t n;
        Value *items;
        if (!obj_get_array(info, &n, &items) || !is_type(info, &tuple_type)) {
            info = tuple_from_iter(info);
            obj_get_array(info, &n, &items);
        }
        if (n < 4 || n > 6) {
            vm_raise(&exc_IndexError_type, "tuple index out of range");
        }
        static const uint16_t names[] = {N_filename, N_lineno, N_offset, N_text, N_end_lineno,
                                         N_end_offset};
        for (size_t i = 0; i < n; i++) {
            dict_put(e, NAME_ID_VALUE(names[i]), items[i]);
        }
    }
}

static void init_unicode_error(ExcObj *e, TupleObj *a, bool decode) {
    if (a->len != 5) {
        return;
    }
    dict_put(e, NAME(encoding), a->items[0]);
    dict_put(e, NAME(object), a->items[1]);
    dict_put(e, NAME(start), a->items[2]);
    dict_put(e, NAME(end), a->items[3]);
    dict_put(e, NAME(reason), a->items[4]);
    (void)decode;
}

// Sets args and the derived attributes. kwnames/kwvals: ImportError's name= and path=.
static void exc_init_fields(ExcObj *e, Value args, size_t nkw, Value kwnames, const Value *kwvals) {
    const Type *nb = exc_base_of(e->base.type);
    e->args = args;
    TupleObj *a = val_tuple(args);
    if (nkw != 0) {
        // ImportError(name=, path=), NameError(name=), AttributeError(name=, obj=).
        Value second = is_a(nb, &exc_ImportError_type)      ? NAME(path)
                       : is_a(nb, &exc_AttributeError_type) ? NAME(obj)
                                                            : VAL_NULL;
        if (second == VAL_NULL && !is_a(nb, &exc_NameError_type)) {
            vm_raise(&exc_TypeError_type, "%s() takes no keyword arguments",
                     type_name_cstr(e->base.type));
        }
        for (size_t i = 0; i < nkw; i++) {
            Value k = val_tuple(kwnames)->items[i];
            if (!str_equal(k, NAME(name)) && (second == VAL_NULL || !str_equal(k, second))) {
                vm_raise(&exc_TypeError_type, "'%s' is an invalid keyword argument for %s()",
                         str_cstr(k), type_name_cstr(e->base.type));
            }
            dict_put(e, attr_name(k), kwvals[i]);
        }
    }
    if (is_a(nb, &exc_OSError_type)) {
        init_oserror(e, a);
    } else if (is_a(nb, &exc_SyntaxError_type)) {
        init_syntaxerror(e, a);
    } else if (is_a(nb, &exc_UnicodeDecodeError_type)) {
        init_unicode_error(e, a, true);
    } else if (is_a(nb, &exc_UnicodeEncodeError_type)) {
        init_unicode_error(e, a, false);
    } else if (is_a(nb, &exc_ImportError_type) && a->len == 1) {
        dict_put(e, NAME(msg), a->items[0]);
    }
}

Value exc_alloc(const Type *t, Value args) {
    ExcObj *e = (ExcObj *)gc_alloc_obj(sizeof(ExcObj), t);
    e->args = args;
    return OBJ_VAL(e);
}

// OSError(errno, ...) picks the subclass for the errno, as CPython.
static const Type *oserror_subclass(const Type *t, size_t nargs, const Value *args) {
    if (t != &exc_OSError_type || nargs < 2 || !val_is_small_int(args[0])) {
        return t;
    }
    switch (val_small_int(args[0])) {
        case 2: return &exc_FileNotFoundError_type;
        case 17: return &exc_FileExistsError_type;
        case 21: return &exc_IsADirectoryError_type;
        case 20: return &exc_NotADirectoryError_type;
        case 1:
        case 13: return &exc_PermissionError_type;
        case 110: return &exc_TimeoutError_type;
        case 11:
        case 114:
        case 115: return &exc_BlockingIOError_type;
        case 10: return &exc_ChildProcessError_type;
        case 4: return &exc_InterruptedError_type;
        case 3: return &exc_ProcessLookupError_type;
        case 32:
        case 108: return &exc_BrokenPipeError_type;
        case 103: return &exc_ConnectionAbortedError_type;
        case 111: return &exc_ConnectionRefusedError_type;
        case 104: return &exc_ConnectionResetError_type;
        default: return t;
    }
}

static Value exc_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    t = oserror_subclass(t, nargs, args);
    ExcObj *e = (ExcObj *)gc_alloc_obj(sizeof(ExcObj), t);
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    exc_init_fields(e, nargs != 0 ? tuple_new(nargs, args) : OBJ_VAL(&no_args), nkw, kwnames,
                    args != NULL ? args + nargs : NULL);
    return OBJ_VAL(e);
}

Value exc_new(const Type *t, size_t nargs, const Value *args) {
    if (type_is_heap(t)) {
        return obj_call(OBJ_VAL(t), nargs, args, VAL_NULL);
    }
    return exc_make_new(t, nargs, args, VAL_NULL);
}

Value exc_new_msg(const Type *t, Value msg) {
    return exc_new(t, msg != VAL_NULL ? 1 : 0, &msg);
}

ExcObj *exc_get(Value e) { return (ExcObj *)VAL_OBJ(e); }

bool exc_type_check(const Type *t) { return (t->flags & TYPE_FLAG_EXC) != 0; }

// BaseException.__init__(self, *args): sets args (and the derived attributes).
static Value exc_init_m(size_t nargs, const Value *args, Value kwnames) {
    if (!obj_isinstance(args[0], &exc_BaseException_type)) {
        vm_raise(&exc_TypeError_type, "descriptor '__init__' requires a 'BaseException' object");
    }
    ExcObj *e = exc_get(args[0]);
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    Value t = nargs > 1 ? tuple_new(nargs - 1, args + 1) : OBJ_VAL(&no_args);
    exc_init_fields(e, t, nkw, kwnames, args + nargs);
    return VAL_NONE;
}
static BUILTIN_FN_KW(exc_init_obj, __init__, 1, FN_UNLIMITED, exc_init_m);

static Value exc_with_traceback_m(size_t nargs, const Value *args) {
    (void)nargs;
    exc_get(args[0])->traceback = args[1] == VAL_NONE ? VAL_NULL : args[1];
    return args[0];
}
static BUILTIN_FN(exc_with_traceback_obj, with_traceback, 2, 2, exc_with_traceback_m);

static Value exc_add_note_m(size_t nargs, const Value *args) {
    (void)nargs;
    if (!obj_isinstance(args[1], &str_type)) {
        vm_raise(&exc_TypeError_type, "note must be a str, not '%s'", val_type_name(args[1]));
    }
    ExcObj *e = exc_get(args[0]);
    Value notes = e->dict != VAL_NULL ? dict_get_str(e->dict, NAME(__notes__)) : VAL_NULL;
    if (notes == VAL_NULL) {
        notes = list_new_empty();
        dict_put(e, NAME(__notes__), notes);
    }
    list_append(notes, args[1]);
    return VAL_NONE;
}
static BUILTIN_FN(exc_add_note_obj, add_note, 2, 2, exc_add_note_m);

static const AttrEntry exc_attrs[] = {
    {NAME(__init__), OBJ_VAL(&exc_init_obj)},
    {NAME(with_traceback), OBJ_VAL(&exc_with_traceback_obj)},
    {NAME(add_note), OBJ_VAL(&exc_add_note_obj)},
};

// --- str / repr ------------------------------------------------------------------

static Value dict_attr(ExcObj *e, Value name) {
    return e->dict != VAL_NULL ? dict_get_str(e->dict, name) : VAL_NULL;
}

static Value oserror_str(ExcObj *e) {
    Value err = dict_attr(e, NAME(errno)), msg = dict_attr(e, NAME(strerror));
    Value fn = dict_attr(e, NAME(filename)), fn2 = dict_attr(e, NAME(filename2));
    if (err == VAL_NULL || msg == VAL_NULL) {
        return VAL_NULL;
    }
    if (fn != VAL_NULL && fn != VAL_NONE) {
        if (fn2 != VAL_NULL && fn2 != VAL_NONE) {
            return str_printf("[Errno %S] %S: %R -> %R", err, msg, fn, fn2);
        }
        return str_printf("[Errno %S] %S: %R", err, msg, fn);
    }
    return str_printf("[Errno %S] %S", err, msg);
}

static Value syntaxerror_str(ExcObj *e) {
    Value msg = dict_attr(e, NAME(msg));
    if (msg == VAL_NULL) {
        return VAL_NULL;
    }
    Value fn = dict_attr(e, NAME(filename)), line = dict_attr(e, NAME(lineno));
    bool have_fn = fn != VAL_NULL && val_is_str(fn);
    bool have_line = line != VAL_NULL && val_is_int(line);
    const char *base = "";
    if (have_fn) {
        base = str_cstr(fn);
        for (const char *p = base; *p; p++) {
            if (*p == '/') {
                base = p + 1;
            }
        }
    }
    if (have_fn && have_line) {
        return str_printf("%S (%s, line %S)", msg, base, line);
    }
    if (have_fn) {
        return str_printf("%S (%s)", msg, base);
    }
    if (have_line) {
        return str_printf("%S (line %S)", msg, line);
    }
    return obj_str(msg);
}

static Value unicode_error_str(ExcObj *e, bool decode) {
    Value enc = dict_attr(e, NAME(encoding)), obj = dict_attr(e, NAME(object));
    Value start = dict_attr(e, NAME(start)), end = dict_attr(e, NAME(end));
    Value reason = dict_attr(e, NAME(reason));
    if (enc == VAL_NULL || !val_is_small_int(start) || !val_is_small_int(end)) {
        return VAL_NULL;
    }
    intptr_t s = val_small_int(start), en = val_small_int(end);
    if (decode && en == s + 1) {
        const uint8_t *data;
        size_t len;
        if (obj_get_buffer(obj, &data, &len) && (size_t)s < len) {
            return str_printf("'%S' codec can't decode byte 0x%s%x in position %ld: %S", enc,
                              data[s] < 16 ? "0" : "", (unsigned)data[s], (long)s, reason);
        }
    }
    if (!decode && en == s + 1) {
        return str_printf("'%S' codec can't encode character %R in position %ld: %S", enc,
                          obj_getitem(obj, start), (long)s, reason);
    }
    return str_printf("'%S' codec can't %s %s in position %ld-%ld: %S", enc,
                      decode ? "decode" : "encode", decode ? "bytes" : "characters", (long)s,
                      (long)(en - 1), reason);
}

static Value exc_str(Value self) {
    ExcObj *e = exc_get(self);
    const Type *nb = exc_base_of(e->base.type);
    Value r = VAL_NULL;
    if (is_a(nb, &exc_OSError_type)) {
        r = oserror_str(e);
    } else if (is_a(nb, &exc_SyntaxError_type)) {
        r = syntaxerror_str(e);
    } else if (is_a(nb, &exc_UnicodeDecodeError_type)) {
        r = unicode_error_str(e, true);
    } else if (is_a(nb, &exc_UnicodeEncodeError_type)) {
        r = unicode_error_str(e, false);
    }
    if (r != VAL_NULL) {
        return r;
    }
    TupleObj *a = val_tuple(e->args);
    if (a->len == 0) {
        return NAME(empty);
    }
    if (a->len == 1) {
        return is_a(nb, &exc_KeyError_type) ? obj_repr(a->items[0]) : obj_str(a->items[0]);
    }
    return obj_str(e->args);
}

static Value exc_repr(Value self) {
    ExcObj *e = exc_get(self);
    TupleObj *a = val_tuple(e->args);
    const char *name = val_type_name(self);
    if (a->len == 0) {
        return str_printf("%s()", name);
    }
    if (a->len == 1) {
        return str_printf("%s(%R)", name, a->items[0]);
    }
    return str_printf("%s%R", name, e->args);
}

// --- attributes ------------------------------------------------------------------

static Value exc_getattr(Value self, Value name) {
    ExcObj *e = exc_get(self);
    if (name == NAME(args)) {
        return e->args;
    }
    if (name == NAME(__traceback__)) {
        return e->traceback != VAL_NULL ? e->traceback : VAL_NONE;
    }
    if (name == NAME(__cause__)) {
        return e->cause != VAL_NULL ? e->cause : VAL_NONE;
    }
    if (name == NAME(__context__)) {
        return e->context != VAL_NULL ? e->context : VAL_NONE;
    }
    if (name == NAME(__suppress_context__)) {
        return val_bool(e->suppress_context);
    }
    const Type *nb = exc_base_of(e->base.type);
    TupleObj *a = val_tuple(e->args);
    if (is_a(nb, &exc_StopIteration_type) && name == NAME(value)) {
        return a->len != 0 ? a->items[0] : VAL_NONE;
    }
    if (is_a(nb, &exc_SystemExit_type) && name == NAME(code)) {
        return a->len == 0 ? VAL_NONE : a->len == 1 ? a->items[0] : e->args;
    }
    if (is_a(nb, &exc_OSError_type) &&
        (name == NAME(errno) || name == NAME(strerror) || name == NAME(filename) ||
         name == NAME(filename2))) {
        return VAL_NONE;
    }
    if (is_a(nb, &exc_SyntaxError_type) &&
        (name == NAME(msg) || name == NAME(filename) || name == NAME(lineno) ||
         name == NAME(offset) || name == NAME(text) || name == NAME(end_lineno) ||
         name == NAME(end_offset) || name == NAME(print_file_and_line))) {
        return VAL_NONE;
    }
    if (is_a(nb, &exc_ImportError_type) &&
        (name == NAME(name) || name == NAME(path) || name == NAME(msg))) {
        return VAL_NONE;
    }
    if ((is_a(nb, &exc_NameError_type) && name == NAME(name)) ||
        (is_a(nb, &exc_AttributeError_type) && (name == NAME(name) || name == NAME(obj)))) {
        return VAL_NONE;
    }
    return VAL_NULL;
}

static bool exc_setattr(Value self, Value name, Value value) {
    ExcObj *e = exc_get(self);
    if (name == NAME(args)) {
        if (value == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "args may not be deleted");
        }
        e->args = tuple_from_iter(value);
        return true;
    }
    if (name == NAME(__traceback__)) {
        if (value == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "__traceback__ may not be deleted");
        }
        e->traceback = value == VAL_NONE ? VAL_NULL : value;
        return true;
    }
    if (name == NAME(__cause__) || name == NAME(__context__)) {
        if (value == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "%s may not be deleted", str_cstr(name));
        }
        if (value != VAL_NONE && !obj_isinstance(value, &exc_BaseException_type)) {
            vm_raise(&exc_TypeError_type, "exception %s must be None or derive from BaseException",
                     name == NAME(__cause__) ? "cause" : "context");
        }
        Value v = value == VAL_NONE ? VAL_NULL : value;
        if (name == NAME(__cause__)) {
            e->cause = v;
            e->suppress_context = true;
        } else {
            e->context = v;
        }
        return true;
    }
    if (name == NAME(__suppress_context__)) {
        e->suppress_context = value != VAL_NULL && obj_truthy(value);
        return true;
    }
    return false;
}

// --- the types ---------------------------------------------------------------------

// The preprocessor cannot compare `base` with 0, so each base name maps to
// the address of its type through an EXC_PTR_<base> macro (a new base in
// exceptions.def needs one more line here).
#define EXC_TYPE_DEF(cname, pyname, basesel)                                  \
    const Type exc_##cname##_type = {                                         \
        .base = {&type_type},                                                 \
        .name = NAME(pyname),                                                 \
        .flags = TYPE_FLAG_EXC | TYPE_FLAG_BASETYPE,                          \
        .base_type = basesel,                                                 \
        .make_new = exc_make_new,                                             \
        .repr = exc_repr,                                                     \
        .str = exc_str,                                                       \
        .getattr = exc_getattr,                                               \
        .setattr = exc_setattr,                                               \
        .attrs = exc_attrs,                                                   \
        .nattrs = sizeof(exc_attrs) / sizeof(exc_attrs[0]),                   \
    };

#define EXC(cname, pyname, base) EXC_TYPE_DEF(cname, pyname, EXC_PTR_##base)
#define EXC_PTR_0 (&object_type)
#define EXC_PTR_BaseException (&exc_BaseException_type)
#define EXC_PTR_Exception (&exc_Exception_type)
#define EXC_PTR_ArithmeticError (&exc_ArithmeticError_type)
#define EXC_PTR_ImportError (&exc_ImportError_type)
#define EXC_PTR_LookupError (&exc_LookupError_type)
#define EXC_PTR_NameError (&exc_NameError_type)
#define EXC_PTR_OSError (&exc_OSError_type)
#define EXC_PTR_ConnectionError (&exc_ConnectionError_type)
#define EXC_PTR_RuntimeError (&exc_RuntimeError_type)
#define EXC_PTR_SyntaxError (&exc_SyntaxError_type)
#define EXC_PTR_IndentationError (&exc_IndentationError_type)
#define EXC_PTR_ValueError (&exc_ValueError_type)
#define EXC_PTR_UnicodeError (&exc_UnicodeError_type)
#define EXC_PTR_Warning (&exc_Warning_type)
#include "exceptions.def"
#undef EXC

// --- MemoryError -------------------------------------------------------------------

static ExcObj memory_error = {
    .base = {&exc_MemoryError_type},
    .args = OBJ_VAL(&no_args),
};

Value exc_memory_error_instance(void) { return OBJ_VAL(&memory_error); }

void exc_init(void) {
    memory_error.traceback = VAL_NULL;
    memory_error.context = VAL_NULL;
    memory_error.cause = VAL_NULL;
    memory_error.dict = VAL_NULL;
    gc_add_root(&memory_error, sizeof(memory_error));
}
