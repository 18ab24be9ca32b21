// The sys module: argv, path, modules, exit, the standard streams, and the
// facts about this implementation (version, platform, byte order, limits).
// argv/path/modules and the streams are set in the module's dict at import
// (they are mutable); everything else is a const table entry.
#include "obj.h"
#include "gc.h"
#include "hal_board.h"
#include "print.h"
#include "obj_file.h"
#include "obj_int.h"
#include "module_table.h"
#include "sys_module.h"
#include "stream.h"
#include "structseq.h"
#include "vm.h"
#include "vm_raise.h"

static Value sys_argv_list;   // set by the port before the program runs (GC root)
static int recursion_limit = VM_MAX_DEPTH_DEFAULT;

void sys_set_argv(int argc, char **argv) {
    sys_argv_list = list_new_empty();
    for (int i = 0; i < argc; i++) {
        list_append(sys_argv_list, str_new_cstr(argv[i]));
    }
}

// sys.exit(x) raises SystemExit as CPython's PyErr_SetObject does: no
// arguments for None, the items of a tuple, else x itself.
static Value sys_exit(size_t nargs, const Value *args) {
    Value code = nargs > 0 ? args[0] : VAL_NONE;
    if (code == VAL_NONE) {
        vm_raise_obj(exc_new(&exc_SystemExit_type, 0, NULL));
    }
    if (is_type(code, &tuple_type)) {
        vm_raise_obj(exc_new(&exc_SystemExit_type, val_tuple(code)->len, val_tuple(code)->items));
    }
    vm_raise_obj(exc_new(&exc_SystemExit_type, 1, &code));
}

static Value sys_exc_info(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    Value e = vm_handled_exception();
    Value t[3] = {VAL_NONE, VAL_NONE, VAL_NONE};
    if (e != VAL_NULL) {
        t[0] = OBJ_VAL(type_of(e));
        t[1] = e;
        ExcObj *x = exc_get(e);
        t[2] = x->traceback != VAL_NULL ? x->traceback : VAL_NONE;
    }
    return tuple_new(3, t);
}

static Value sys_getrecursionlimit(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return val_from_small_int(recursion_limit);
}

static Value sys_setrecursionlimit(size_t nargs, const Value *args) {
    (void)nargs;
    intptr_t n = int_as_intptr(args[0]);
    if (n < 1) {
        vm_raise(&exc_ValueError_type, "recursion limit must be greater or equal than 1");
    }
    recursion_limit = (int)n;
    vm_set_max_depth((int)n);
    return VAL_NONE;
}

static Value sys_print_exception(size_t nargs, const Value *args) {
    vm_print_exception(args[0], nargs > 1 ? args[1] : VAL_NULL);
    return VAL_NONE;
}

static Value sys_get_int_max_str_digits(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return int_from_i64(int_get_max_str_digits());
}

static Value sys_set_int_max_str_digits(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {{NAME(maxdigits), true, false, VAL_NULL}};
    Value a[1];
    args_parse("set_int_max_str_digits", nargs, args, kwnames, 1, spec, a);
    int_set_max_str_digits(int_as_intptr(a[0]));
    return VAL_NONE;
}

static BUILTIN_FN(sys_get_int_max_str_digits_obj, get_int_max_str_digits, 0, 0, sys_get_int_max_str_digits);
static BUILTIN_FN_KW(sys_set_int_max_str_digits_obj, set_int_max_str_digits, 0, 1, sys_set_int_max_str_digits);
static BUILTIN_FN(sys_exit_obj, exit, 0, 1, sys_exit);
static BUILTIN_FN(sys_exc_info_obj, exc_info, 0, 0, sys_exc_info);
static BUILTIN_FN(sys_getrecursionlimit_obj, getrecursionlimit, 0, 0, sys_getrecursionlimit);
static BUILTIN_FN(sys_setrecursionlimit_obj, setrecursionlimit, 1, 1, sys_setrecursionlimit);
static BUILTIN_FN(sys_print_exception_obj, print_exception, 1, 2, sys_print_exception);

// On a board, sys.implementation is CircuitPython's: the name stays
// 'circuitpython' (not 'copper') because libraries test
// `sys.implementation.name == "circuitpython"` to pick their code paths;
// the version is Copper's own. _mpy = 774 (mpy v6, no native code).
// Copper's version "X.Y.Z" as (X, Y, Z, '').
static Value board_version_tuple(void) {
    Value v[4] = {val_from_small_int(0), val_from_small_int(0), val_from_small_int(0), NAME(empty)};
    const char *p = COPPER_VERSION;
    for (int i = 0; i < 3 && *p != '\0'; i++) {
        intptr_t n = 0;
        while (*p >= '0' && *p <= '9') {
            n = n * 10 + (*p++ - '0');
        }
        v[i] = val_from_small_int(n);
        if (*p == '.') {
            p++;
        }
    }
    return tuple_new(4, v);
}

static Value board_impl_field(Value name) {
    const HalBoard *b = hal_board();
    if (name == NAME(name)) {
        return NAME(circuitpython);
    }
    if (name == NAME(version)) {
        return board_version_tuple();
    }
    if (name == NAME(_machine)) {
        return str_printf("%s with %s", b->name, b->mcu);
    }
    if (name == NAME(_mpy)) {
        return val_from_small_int(6 | (3 << 8));
    }
    if (name == NAME(_build)) {
        return str_new_cstr(b->id);
    }
    return VAL_NULL;
}

// sys.implementation: a small read-only object with name and version.
static Value impl_getattr(Value self, Value name) {
    (void)self;
    if (hal_board_mode()) {
        return board_impl_field(name);
    }
    if (name == NAME(name)) {
        return NAME(copper);
    }
    if (name == NAME(version)) {
        Value v[3] = {val_from_small_int(0), val_from_small_int(1), val_from_small_int(0)};
        return tuple_new(3, v);
    }
    if (name == NAME(_machine)) {
        return str_new_cstr("host with Copper");
    }
    return VAL_NULL;
}

static Value impl_repr(Value self) {
    (void)self;
    if (hal_board_mode()) {
        return str_printf("(name='circuitpython', version=%R, _machine=%R, _mpy=774, _build=%R)",
                          board_version_tuple(), board_impl_field(NAME(_machine)), board_impl_field(NAME(_build)));
    }
    return str_new_cstr("namespace(name='copper', version=(0, 1, 0))");
}

static const Type implementation_type = {
    .base = {&type_type},
    .name = NAME(implementation_type),
    .base_type = &object_type,
    .repr = impl_repr,
    .getattr = impl_getattr,
};
static const Obj implementation_obj = {&implementation_type};

// sys.version_info: a record that is also a 5-tuple.
static const Value version_info_fields[] = {NAME(major), NAME(minor), NAME(micro), NAME(releaselevel),
                                            NAME(serial)};
static const Type version_info_type;
static const StructSeqDesc version_info_desc = {
    .type = &version_info_type,
    .qualname = "sys.version_info",
    .nvisible = 5,
    .nextra = 0,
    .fields = version_info_fields,
};
static const Type version_info_type = {
    .base = {&type_type},
    .name = NAME(version_info),
    .base_type = &object_type,
    STRUCTSEQ_SLOTS,
};

static void sys_module_init(Value module) {
    Value g = ((ModuleObj *)VAL_OBJ(module))->globals;
    if (sys_argv_list == VAL_NULL) {
        sys_argv_list = list_new_empty();
    }
    dict_set(g, NAME(argv), sys_argv_list);
    dict_set(g, NAME(path), vm_sys_path());
    dict_set(g, NAME(modules), vm_sys_modules());
    dict_set(g, NAME(stdin), file_console_stream(0));
    dict_set(g, NAME(stdout), file_console_stream(1));
    dict_set(g, NAME(stderr), file_console_stream(2));
    dict_set(g, NAME(version), str_new_cstr("3.11.0 (Copper " COPPER_VERSION ")"));
    Value vi[5] = {val_from_small_int(3), val_from_small_int(11), val_from_small_int(0),
                   NAME(final), val_from_small_int(0)};
    dict_set(g, NAME(version_info), structseq_new(&version_info_desc, vi));
    dict_set(g, NAME(maxsize), int_from_i64((int64_t)(SIZE_MAX >> 1)));
    if (hal_board_mode()) {
        dict_set(g, NAME(platform), str_new_cstr(hal_board()->platform));
    }
}

static const AttrEntry sys_globals[] = {
    {NAME(__name__), NAME(sys)},
    {NAME(byteorder), NAME(little)},
    {NAME(exc_info), OBJ_VAL(&sys_exc_info_obj)},
    {NAME(exit), OBJ_VAL(&sys_exit_obj)},
    {NAME(get_int_max_str_digits), OBJ_VAL(&sys_get_int_max_str_digits_obj)},
    {NAME(getrecursionlimit), OBJ_VAL(&sys_getrecursionlimit_obj)},
    {NAME(implementation), OBJ_VAL(&implementation_obj)},
    {NAME(platform), NAME(linux)},
    {NAME(print_exception), OBJ_VAL(&sys_print_exception_obj)},
    {NAME(set_int_max_str_digits), OBJ_VAL(&sys_set_int_max_str_digits_obj)},
    {NAME(setrecursionlimit), OBJ_VAL(&sys_setrecursionlimit_obj)},
};

const ModuleDef module_sys = {
    .name = NAME(sys),
    .globals = sys_globals,
    .nglobals = sizeof(sys_globals) / sizeof(sys_globals[0]),
    .init = sys_module_init,
};

void sys_init(void) {
    sys_argv_list = VAL_NULL;
    gc_add_root(&sys_argv_list, sizeof(sys_argv_list));
}
