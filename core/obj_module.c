// Module objects (module_type). A module is a name and a globals dict; a C
// module also points at its const ROM table of globals (ModuleDef), which
// stays in flash: attribute lookup reads the dict first (so assignments
// such as `time.sleep = fake` win) and then the ROM table. The builtins
// module is such a module over module_builtins: LOAD_GLOBAL's fallback
// (vm_lookup_builtin) reads its small RAM dict of names a program assigned
// into builtins, then the ROM table, and never copies the table to RAM.
#include <string.h>
#include "vm_impl.h"
#include "vm_module.h"
#include "gc.h"
#include "module_table.h"
#include "nlr.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

static Value rom_lookup(const AttrEntry *t, size_t n, Value name) {
    for (size_t i = 0; i < n; i++) {
        if (t[i].name == name) {
            return t[i].value;
        }
    }
    if (!val_str(name)->interned) {
        for (size_t i = 0; i < n; i++) {
            if (str_equal(t[i].name, name)) {
                return t[i].value;
            }
        }
    }
    return VAL_NULL;
}

static ModuleObj *module_alloc(Value name) {
    ModuleObj *m = (ModuleObj *)gc_alloc_obj(sizeof(ModuleObj), &module_type);
    m->name = name;
    m->globals = dict_new();
    dict_set(m->globals, NAME(__name__), name);
    return m;
}

Value module_new(Value name) {
    ModuleObj *m = module_alloc(name);
    dict_set(m->globals, NAME(__doc__), VAL_NONE);
    dict_set(m->globals, NAME(__package__), VAL_NONE);
    dict_set(m->globals, NAME(__loader__), VAL_NONE);
    dict_set(m->globals, NAME(__spec__), VAL_NONE);
    return OBJ_VAL(m);
}

Value module_from_def(const ModuleDef *def) {
    ModuleObj *m = module_alloc(def->name);
    m->rom = def->globals;
    m->nrom = def->nglobals;
    Value mv = OBJ_VAL(m);
    if (def->init != NULL) {
        def->init(mv);
    }
    return mv;
}

Value module_get_dict(Value module) { return ((ModuleObj *)VAL_OBJ(module))->globals; }

Value module_lookup(Value module, Value name) {
    ModuleObj *m = (ModuleObj *)VAL_OBJ(module);
    Value v = dict_get_str(m->globals, name);
    if (v != VAL_NULL) {
        return v;
    }
    return m->rom != NULL ? rom_lookup(m->rom, m->nrom, name) : VAL_NULL;
}

// --- builtins ---------------------------------------------------------------------

// On heaps that can spare a few hundred bytes, a hash index over the
// builtins ROM table makes misses of the global caches cheap.
static void build_builtin_index(void) {
    size_t n = module_builtins.nglobals;
    if (gc_bytes_total() < 256 * 1024 || n >= 0xFFFF) {
        return;
    }
    size_t size = 8;
    while (size < 2 * n) {
        size *= 2;
    }
    uint16_t *ix = (uint16_t *)gc_alloc_noraise(size * sizeof(uint16_t), true);
    if (ix == NULL) {
        return;
    }
    for (size_t i = 0; i < n; i++) {
        Value name = module_builtins.globals[i].name;
        size_t h = str_hash(name) & (size - 1);
        bool dup = false;
        while (ix[h] != 0) {
            if (module_builtins.globals[ix[h] - 1].name == name) {
                dup = true;   // first entry wins, as the linear search
                break;
            }
            h = (h + 1) & (size - 1);
        }
        if (!dup) {
            ix[h] = (uint16_t)(i + 1);
        }
    }
    vm.builtin_index = ix;
    vm.builtin_index_size = size;
}

void module_init_builtins(void) {
    vm.builtins_module = module_from_def(&module_builtins);
    vm.builtins_dict = module_get_dict(vm.builtins_module);
    dict_set(vm.sys_modules, NAME(builtins), vm.builtins_module);
    build_builtin_index();
}

Value vm_lookup_builtin(Value name) {
    Value v = dict_get_str(vm.builtins_dict, name);
    if (v != VAL_NULL) {
        return v;
    }
    if (vm.builtin_index != NULL && val_str(name)->interned) {
        size_t mask = vm.builtin_index_size - 1;
        for (size_t h = str_hash(name) & mask; vm.builtin_index[h] != 0; h = (h + 1) & mask) {
            const AttrEntry *e = &module_builtins.globals[vm.builtin_index[h] - 1];
            if (e->name == name) {
                return e->value;
            }
        }
        return VAL_NULL;
    }
    return rom_lookup(module_builtins.globals, module_builtins.nglobals, name);
}

// --- the type -------------------------------------------------------------------------

// A module's __getattr__(name). An AttributeError for a dunder the import
// machinery probes (__path__, __file__) means "missing", as CPython's hasattr.
static Value call_module_getattr(Value ga, Value name) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value r = obj_call1(ga, name);
        nlr_pop();
        return r;
    }
    const char *s = str_cstr(name);
    if (s[0] != '_' || s[1] != '_' || !obj_isinstance(nb.exc, &exc_AttributeError_type)) {
        nlr_jump(nb.exc);
    }
    return VAL_NULL;
}

static Value module_getattr(Value self, Value name) {
    ModuleObj *m = (ModuleObj *)VAL_OBJ(self);
    if (name == NAME(__dict__)) {
        return m->globals;
    }
    Value v = module_lookup(self, name);
    if (v != VAL_NULL) {
        return v;
    }
    // PEP 562: a module-level __getattr__ handles names nothing else has.
    if (type_lookup(&module_type, name) == VAL_NULL) {
        Value ga = module_lookup(self, NAME(__getattr__));
        if (ga != VAL_NULL) {
            return call_module_getattr(ga, name);
        }
    }
    return VAL_NULL;
}

static bool module_setattr(Value self, Value name, Value value) {
    ModuleObj *m = (ModuleObj *)VAL_OBJ(self);
    if (name == NAME(__dict__)) {
        vm_raise(&exc_AttributeError_type, "readonly attribute");
    }
    if (value == VAL_NULL) {
        return dict_delete(m->globals, name);
    }
    dict_set(m->globals, name, value);
    return true;
}

static Value module_repr(Value self) {
    ModuleObj *m = (ModuleObj *)VAL_OBJ(self);
    Value name = dict_get_str(m->globals, NAME(__name__));
    if (name == VAL_NULL || !val_is_str(name)) {
        name = m->name;
    }
    Value file = dict_get_str(m->globals, NAME(__file__));
    if (file != VAL_NULL && val_is_str(file)) {
        return str_printf("<module %R from %R>", name, file);
    }
    if (m->rom != NULL) {
        return str_printf("<module %R (built-in)>", name);
    }
    Value path = dict_get_str(m->globals, NAME(__path__));
    if (path != VAL_NULL) {
        return str_printf("<module %R (namespace)>", name);
    }
    return str_printf("<module %R>", name);
}

static Value module_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(name), true, false, VAL_NULL},
        {NAME(doc), false, false, VAL_NULL},
    };
    Value out[2];
    args_parse("module", nargs, args, kwnames, 2, spec, out);
    if (!val_is_str(out[0])) {
        vm_raise(&exc_TypeError_type, "module.__init__() argument 'name' must be str, not %s",
                 val_type_name(out[0]));
    }
    Value m = module_new(out[0]);
    if (out[1] != VAL_NULL) {
        dict_set(module_get_dict(m), NAME(__doc__), out[1]);
    }
    return m;
}

static Value module_dir_m(size_t n, const Value *a) {
    (void)n;
    ModuleObj *m = (ModuleObj *)VAL_OBJ(a[0]);
    Value d = module_lookup(a[0], NAME(__dir__));   // PEP 562: a module-level __dir__ wins
    if (d != VAL_NULL) {
        return obj_call0(d);
    }
    Value l = list_new_empty();
    for (size_t i = 0; i < m->nrom; i++) {
        if (dict_get(m->globals, m->rom[i].name) == VAL_NULL) {
            list_append(l, m->rom[i].name);
        }
    }
    Value k, v;
    for (size_t pos = 0; dict_next(m->globals, &pos, &k, &v);) {
        list_append(l, k);
    }
    return l;
}
static BUILTIN_FN(module_dir_obj, __dir__, 1, 1, module_dir_m);

static const AttrEntry module_attrs[] = {
    {NAME(__dir__), OBJ_VAL(&module_dir_obj)},
};

const Type module_type = {
    .base = {&type_type},
    .name = NAME(module),
    .base_type = &object_type,
    .make_new = module_make_new,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .attrs = module_attrs,
    .nattrs = sizeof(module_attrs) / sizeof(module_attrs[0]),
};
