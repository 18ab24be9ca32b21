// The import system: `import a.b.c`, `from . import x`, `from m import *`
// support, as importlib's __import__ does it. A name is looked up in
// sys.modules, then among the C modules of this build
// (module_find_builtin), then along sys.path (or the parent package's
// __path__) as NAME/__init__.py or NAME/__init__.cpy (a package), NAME.py,
// NAME.cpy (precompiled by copper-cross, persist.h), or a directory without
// either __init__ (a namespace package); modules frozen from lib/ (frozen.h) are found at a
// ".frozen" entry, or after the whole path.
// Source is read through the HAL, compiled with compile_source and run
// with vm_exec in the new module's dict; the module is in sys.modules while
// it runs (circular imports see it) and removed again if running it fails.
// Also here: the entry points that run a main file or source text as
// __main__.
#include <string.h>
#include "vm_impl.h"
#include "compile.h"
#include "frozen.h"
#include "persist.h"
#include "gc.h"
#include "nlr.h"
#include "obj_file.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"
#include "../hal/hal.h"

// --- errors ---------------------------------------------------------------------------

static _Noreturn void raise_not_found(Value fullname, const char *extra) {
    Value msg = extra != NULL ? str_printf("No module named %R; %s", fullname, extra)
                              : str_printf("No module named %R", fullname);
    Value e = exc_new_msg(&exc_ModuleNotFoundError_type, msg);
    obj_setattr(e, NAME(name), fullname);
    vm_raise_obj(e);
}

// --- paths ---------------------------------------------------------------------------

static Value join_path(Value dir, const char *name, size_t name_len, const char *suffix) {
    Vstr v;
    vstr_init(&v, 64);
    if (dir != VAL_NULL && str_len_bytes(dir) > 0) {
        vstr_add_value_str(&v, dir);
        if (v.buf[v.len - 1] != '/') {
            vstr_add_byte(&v, '/');
        }
    }
    vstr_add_bytes(&v, name, name_len);
    vstr_add_cstr(&v, suffix);
    return vstr_to_str(&v);
}

static bool is_file(Value path) {
    HalStat st;
    return hal_stat(str_cstr(path), &st) == 0 && !st.is_dir;
}

static bool is_dir(Value path) {
    HalStat st;
    return hal_stat(str_cstr(path), &st) == 0 && st.is_dir;
}

// Reads a whole file into a no-scan GC block (NUL-terminated).
char *import_read_file(Value path, size_t *len_out) {
    const char *p = str_cstr(path);
    int h = hal_file_open(p, HAL_O_READ);
    if (h < 0) {
        raise_oserror(-h, path);
    }
    size_t cap = 256, len = 0;
    HalStat st;
    if (hal_stat(p, &st) == 0 && st.size + 1 > cap) {
        cap = (size_t)st.size + 1;
    }
    char *buf = NULL;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        buf = gc_alloc(cap, true);
        for (;;) {
            if (len + 1 >= cap) {
                cap *= 2;
                buf = gc_realloc(buf, cap);
            }
            long n = hal_file_read(h, buf + len, cap - 1 - len);
            if (n < 0) {
                raise_oserror((int)-n, path);
            }
            if (n == 0) {
                break;
            }
            len += (size_t)n;
        }
        nlr_pop();
    } else {
        hal_file_close(h);
        nlr_jump(nb.exc);
    }
    hal_file_close(h);
    buf[len] = '\0';
    *len_out = len;
    return buf;
}

bool import_is_precompiled(Value path, const char *data, size_t len) {
    size_t n = str_len_bytes(path);
    return persist_is_image((const uint8_t *)data, len) || (n > 4 && strcmp(str_cstr(path) + n - 4, ".cpy") == 0);
}

// Compiles (or, for a .cpy image from copper-cross, loads) and runs a
// file in `globals`.
static void exec_file(Value path, Value globals) {
    size_t len;
    char *src = import_read_file(path, &len);
    Value code = import_is_precompiled(path, src, len) ? persist_load((const uint8_t *)src, len)
                                                         : compile_source(src, len, path, COMPILE_FILE);
    gc_free(src);
    vm_exec(code, globals, globals);
}

// --- loading ---------------------------------------------------------------------------

static void done_initializing(Value m) {
    ListObj *l = val_list(vm.initializing);
    for (size_t i = l->len; i > 0; i--) {
        if (l->items[i - 1] == m) {
            memmove(&l->items[i - 1], &l->items[i], (l->len - i) * sizeof(Value));
            l->len--;
            return;
        }
    }
}

bool vm_module_initializing(Value module) {
    ListObj *l = val_list(vm.initializing);
    for (size_t i = 0; i < l->len; i++) {
        if (l->items[i] == module) {
            return true;
        }
    }
    return false;
}

// Runs a module's source in a new module object. `frozen` is the module's
// entry in the frozen table (then `file` is the code's filename and the
// module gets no __file__), or NULL for a file on disk.
static Value load_source(Value fullname, Value file, Value pkg_dir, Value parent,
                         const FrozenModule *frozen) {
    Value m = module_new(fullname);
    Value g = module_get_dict(m);
    if (frozen == NULL) {
        dict_set(g, NAME(__file__), file);
    }
    dict_set(g, NAME(__cached__), VAL_NONE);
    dict_set(g, NAME(__builtins__), vm.builtins_module);
    if (pkg_dir != VAL_NULL) {
        dict_set(g, NAME(__package__), fullname);
        Value path = list_new_empty();
        list_append(path, pkg_dir);
        dict_set(g, NAME(__path__), path);
    } else {
        dict_set(g, NAME(__package__), parent != VAL_NULL ? parent : NAME(empty));
    }
    dict_set(vm.sys_modules, fullname, m);
    list_append(vm.initializing, m);
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        if (frozen != NULL) {
            vm_exec(OBJ_VAL(frozen->code), g, g);
        } else {
            exec_file(file, g);
        }
        nlr_pop();
        done_initializing(m);
    } else {
        done_initializing(m);
        dict_delete(vm.sys_modules, fullname);
        nlr_jump(nb.exc);
    }
    Value r = dict_get(vm.sys_modules, fullname);
    if (r == VAL_NULL) {
        vm_raise(&exc_ImportError_type, "Loaded module %S not found in sys.modules", fullname);
    }
    return r;
}

static Value absolute_path(const char *path);

// A sys.path entry as importlib's FileFinder uses it: "" and "." are the
// current directory, other relative entries are joined to it.
static Value finder_path(Value dir) {
    const char *s = str_cstr(dir);
    if (s[0] == '/') {
        return dir;
    }
    if (s[0] == '\0' || (s[0] == '.' && s[1] == '\0')) {
        char cwd[256];
        return hal_getcwd(cwd, sizeof(cwd)) < 0 ? dir : str_new_cstr(cwd);
    }
    return absolute_path(s);
}

// The frozen module `fullname` (lib/ compiled into the binary), loaded, or
// VAL_NULL. Like CircuitPython, a frozen package's __path__ is
// [".frozen/<pkg>"] so its submodules are looked up in the table too; code
// filenames are "<frozen NAME>" as in CPython.
static Value load_frozen(Value fullname, Value parent) {
    const FrozenModule *f = frozen_find(str_cstr(fullname), str_len_bytes(fullname));
    if (f == NULL) {
        return VAL_NULL;
    }
    Value pkg_dir = VAL_NULL;
    if (f->package) {
        Vstr v;
        vstr_init(&v, 32);
        vstr_add_cstr(&v, ".frozen/");
        for (const char *c = f->name; *c; c++) {
            vstr_add_byte(&v, *c == '.' ? '/' : *c);
        }
        pkg_dir = vstr_to_str(&v);
    }
    return load_source(fullname, str_printf("<frozen %S>", fullname), pkg_dir, parent, f);
}

static bool is_frozen_entry(Value dir) {
    const char *s = str_cstr(dir);
    return strncmp(s, ".frozen", 7) == 0 && (s[7] == '\0' || s[7] == '/');
}

// Searches the directories in `path` (a list) for module `tail`. An entry
// ".frozen" (or ".frozen/pkg") stands for the frozen modules; without one,
// they come after every directory, so files beside the script shadow them.
static Value find_and_load(Value fullname, const char *tail, size_t tail_len, Value path,
                           Value parent) {
    size_t n;
    Value *dirs;
    if (!obj_get_array(path, &n, &dirs)) {
        path = list_from_iter(path);
        obj_get_array(path, &n, &dirs);
    }
    Value ns_dirs = VAL_NULL;
    bool frozen_seen = false;
    for (size_t i = 0; i < n; i++) {
        Value dir = dirs[i];
        if (!val_is_str(dir)) {
            continue;
        }
        if (is_frozen_entry(dir)) {
            if (!frozen_seen) {
                frozen_seen = true;
                Value m = load_frozen(fullname, parent);
                if (m != VAL_NULL) {
                    return m;
                }
            }
            continue;
        }
        dir = finder_path(dir);
        Value pkg = join_path(dir, tail, tail_len, "");
        // Source first, then a precompiled file, as CircuitPython prefers
        // .py over .mpy (for a package's __init__ too: the bundle ships
        // packages as __init__.mpy).
        if (is_dir(pkg)) {
            Value init = join_path(pkg, "__init__", 8, ".py");
            if (!is_file(init)) {
                init = join_path(pkg, "__init__", 8, ".cpy");
            }
            if (is_file(init)) {
                return load_source(fullname, init, pkg, parent, NULL);
            }
        }
        Value file = join_path(dir, tail, tail_len, ".py");
        if (is_file(file)) {
            return load_source(fullname, file, VAL_NULL, parent, NULL);
        }
        file = join_path(dir, tail, tail_len, ".cpy");
        if (is_file(file)) {
            return load_source(fullname, file, VAL_NULL, parent, NULL);
        }
        if (is_dir(pkg)) {
            if (ns_dirs == VAL_NULL) {
                ns_dirs = list_new_empty();
            }
            list_append(ns_dirs, pkg);
        }
    }
    if (!frozen_seen) {
        Value m = load_frozen(fullname, parent);
        if (m != VAL_NULL) {
            return m;
        }
    }
    if (ns_dirs != VAL_NULL) {
        Value m = module_new(fullname);
        Value g = module_get_dict(m);
        dict_set(g, NAME(__package__), fullname);
        dict_set(g, NAME(__path__), ns_dirs);
        dict_set(g, NAME(__file__), VAL_NONE);
        dict_set(vm.sys_modules, fullname, m);
        return m;
    }
    return VAL_NULL;
}

static Value import_absolute(Value fullname) {
    Value m = dict_get(vm.sys_modules, fullname);
    if (m != VAL_NULL) {
        if (m == VAL_NONE) {
            Value e = exc_new_msg(&exc_ModuleNotFoundError_type,
                                  str_printf("import of %S halted; None in sys.modules", fullname));
            obj_setattr(e, NAME(name), fullname);
            vm_raise_obj(e);
        }
        return m;
    }
    const char *s = str_cstr(fullname);
    size_t len = str_len_bytes(fullname);
    const char *dot = NULL;
    for (const char *p = s + len; p > s; p--) {
        if (p[-1] == '.') {
            dot = p - 1;
            break;
        }
    }
    if (dot == NULL) {
        const ModuleDef *def = module_find_builtin(fullname);
        if (def != NULL) {
            m = module_from_def(def);
            dict_set(vm.sys_modules, fullname, m);
            return m;
        }
        m = find_and_load(fullname, s, len, vm.sys_path, VAL_NULL);
        if (m == VAL_NULL) {
            raise_not_found(fullname, NULL);
        }
        return m;
    }
    Value parent_name = str_new(s, (size_t)(dot - s));
    Value parent = import_absolute(parent_name);
    m = dict_get(vm.sys_modules, fullname);
    if (m != VAL_NULL) {
        return m;
    }
    Value path = obj_getattr_opt(parent, NAME(__path__));
    if (path == VAL_NULL) {
        Vstr v;
        vstr_init(&v, 32);
        vstr_printf(&v, "%R is not a package", parent_name);
        raise_not_found(fullname, vstr_cstr(&v));
    }
    const char *tail = dot + 1;
    m = find_and_load(fullname, tail, len - (size_t)(tail - s), path, parent_name);
    if (m == VAL_NULL) {
        raise_not_found(fullname, NULL);
    }
    // Bind the submodule as an attribute of its package.
    obj_setattr(parent, str_intern(tail, len - (size_t)(tail - s)), m);
    return m;
}

// The package a relative import in `globals` is relative to.
static Value resolve_package(Value globals) {
    Value pkg = globals != VAL_NULL ? dict_get_str(globals, NAME(__package__)) : VAL_NULL;
    if (pkg != VAL_NULL && pkg != VAL_NONE) {
        if (!val_is_str(pkg)) {
            vm_raise(&exc_TypeError_type, "package must be a string");
        }
        return pkg;
    }
    Value name = globals != VAL_NULL ? dict_get_str(globals, NAME(__name__)) : VAL_NULL;
    if (name == VAL_NULL || !val_is_str(name)) {
        return NAME(empty);
    }
    if (dict_get_str(globals, NAME(__path__)) != VAL_NULL) {
        return name;
    }
    const char *s = str_cstr(name);
    size_t len = str_len_bytes(name);
    while (len > 0 && s[len - 1] != '.') {
        len--;
    }
    return len > 0 ? str_new(s, len - 1) : NAME(empty);
}

static Value resolve_name(Value name, int level, Value globals) {
    Value pkg = resolve_package(globals);
    if (str_len_bytes(pkg) == 0) {
        vm_raise(&exc_ImportError_type, "attempted relative import with no known parent package");
    }
    const char *s = str_cstr(pkg);
    size_t len = str_len_bytes(pkg);
    for (int i = 1; i < level; i++) {
        while (len > 0 && s[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            vm_raise(&exc_ImportError_type, "attempted relative import beyond top-level package");
        }
        len--;
    }
    Value base = str_new(s, len);
    if (str_len_bytes(name) == 0) {
        return base;
    }
    return str_printf("%S.%S", base, name);
}

static bool has_fromlist(Value fromlist) {
    if (fromlist == VAL_NULL || fromlist == VAL_NONE) {
        return false;
    }
    size_t n;
    Value *items;
    if (obj_get_array(fromlist, &n, &items)) {
        return n > 0;
    }
    return obj_truthy(fromlist);
}

// `from package import x` where x is a submodule not yet imported.
static void import_fromlist(Value module, Value absname, Value fromlist, bool recursive) {
    Value it = obj_getiter(fromlist);
    for (Value x; (x = obj_iternext(it)) != VAL_NULL;) {
        if (!val_is_str(x)) {
            vm_raise(&exc_TypeError_type, "Item in %s must be str, not %s",
                     recursive ? "__all__" : "from list", val_type_name(x));
        }
        if (str_equal(x, NAME(star))) {
            if (!recursive) {
                Value all = obj_getattr_opt(module, NAME(__all__));
                if (all != VAL_NULL) {
                    import_fromlist(module, absname, all, true);
                }
            }
            continue;
        }
        if (obj_getattr_opt(module, x) != VAL_NULL) {
            continue;
        }
        Value sub = str_printf("%S.%S", absname, x);
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            import_absolute(sub);
            nlr_pop();
        } else {
            Value e = nb.exc;
            if (obj_isinstance(e, &exc_ModuleNotFoundError_type)) {
                Value n = obj_getattr_opt(e, NAME(name));
                if (n != VAL_NULL && val_is_str(n) && str_equal(n, sub)) {
                    continue;
                }
            }
            nlr_jump(e);
        }
    }
}

Value import_name(Value name, Value fromlist, int level, Value globals) {
    if (!val_is_str(name)) {
        vm_raise(&exc_TypeError_type, "module name must be str, not %s", val_type_name(name));
    }
    if (level < 0) {
        vm_raise(&exc_ValueError_type, "level must be >= 0");
    }
    Value absname = level > 0 ? resolve_name(name, level, globals) : name;
    if (str_len_bytes(absname) == 0) {
        vm_raise(&exc_ValueError_type, "Empty module name");
    }
    Value module = import_absolute(absname);
    if (!has_fromlist(fromlist)) {
        if (level == 0) {
            const char *s = str_cstr(name);
            const char *dot = strchr(s, '.');
            if (dot == NULL) {
                return module;
            }
            Value top = dict_get(vm.sys_modules, str_new(s, (size_t)(dot - s)));
            return top != VAL_NULL ? top : module;
        }
        if (str_len_bytes(name) == 0) {
            return module;
        }
        // `import .a.b` is not syntax, but __import__ may ask for it.
        const char *s = str_cstr(name);
        const char *dot = strchr(s, '.');
        size_t cut = dot == NULL ? 0 : str_len_bytes(name) - (size_t)(dot - s);
        Value mname = obj_getattr(module, NAME(__name__));
        Value top = dict_get(vm.sys_modules, str_new(str_cstr(mname), str_len_bytes(mname) - cut));
        return top != VAL_NULL ? top : module;
    }
    if (obj_getattr_opt(module, NAME(__path__)) != VAL_NULL) {
        import_fromlist(module, absname, fromlist, false);
    }
    return module;
}

// --- running programs -------------------------------------------------------------------

static Value absolute_path(const char *path) {
    if (path[0] == '/') {
        return str_new_cstr(path);
    }
    char cwd[256];
    if (hal_getcwd(cwd, sizeof(cwd)) < 0) {
        return str_new_cstr(path);
    }
    Vstr v;
    vstr_init(&v, 64);
    vstr_add_cstr(&v, cwd);
    if (v.len == 0 || v.buf[v.len - 1] != '/') {
        vstr_add_byte(&v, '/');
    }
    vstr_add_cstr(&v, path);
    return vstr_to_str(&v);
}

// The directory part of an absolute path with "." and ".." resolved (as
// os.path.abspath(os.path.dirname(p))).
static Value normalized_dir(Value file) {
    const char *s = str_cstr(file);
    size_t len = str_len_bytes(file);
    while (len > 0 && s[len - 1] != '/') {
        len--;
    }
    Vstr v;
    vstr_init(&v, len + 1);
    size_t i = 0;
    while (i < len) {
        while (i < len && s[i] == '/') {
            i++;
        }
        size_t start = i;
        while (i < len && s[i] != '/') {
            i++;
        }
        size_t n = i - start;
        if (n == 0 || (n == 1 && s[start] == '.')) {
            continue;
        }
        if (n == 2 && s[start] == '.' && s[start + 1] == '.') {
            while (v.len > 0 && v.buf[v.len - 1] != '/') {
                v.len--;
            }
            if (v.len > 0) {
                v.len--;
            }
            continue;
        }
        vstr_add_byte(&v, '/');
        vstr_add_bytes(&v, s + start, n);
    }
    if (v.len == 0) {
        vstr_add_byte(&v, '/');
    }
    return vstr_to_str(&v);
}

// What CPython puts in __main__'s namespace besides __name__ & co.
static void main_globals_extra(Value g) {
    if (dict_get_str(g, NAME(__builtins__)) == VAL_NULL) {
        dict_set(g, NAME(__annotations__), dict_new());
        dict_set(g, NAME(__builtins__), vm.builtins_module);
    }
}

static Value main_module(void) {
    Value m = dict_get_str(vm.sys_modules, NAME(__main__));
    if (m == VAL_NULL || !is_type(m, &module_type)) {
        m = module_new(NAME(__main__));
        main_globals_extra(module_get_dict(m));
        dict_set(vm.sys_modules, NAME(__main__), m);
    }
    vm.main_module = m;
    return m;
}

void vm_run_main_file(const char *path) {
    Value file = absolute_path(path);
    if (!is_file(file)) {
        raise_oserror(2, file);
    }
    Value m = module_new(NAME(__main__));
    Value g = module_get_dict(m);
    main_globals_extra(g);
    dict_set(g, NAME(__file__), file);
    dict_set(g, NAME(__cached__), VAL_NONE);
    dict_set(vm.sys_modules, NAME(__main__), m);
    vm.main_module = m;
    // sys.path[0] is the script's directory.
    Value dir = normalized_dir(file);
    ListObj *p = val_list(vm.sys_path);
    if (p->len > 0) {
        p->items[0] = dir;
    } else {
        list_append(vm.sys_path, dir);
    }
    exec_file(file, g);
}

void vm_run_source(const char *src, size_t len, Value filename, int mode, Value globals) {
    if (globals == VAL_NULL) {
        globals = module_get_dict(main_module());
    }
    Value name = dict_get_str(globals, NAME(__name__));
    if (name != VAL_NULL && val_is_str(name) && str_equal(name, NAME(__main__))) {
        main_globals_extra(globals);
    }
    Value code = compile_source(src, len, filename, (CompileMode)mode);
    vm_exec(code, globals, globals);
}
