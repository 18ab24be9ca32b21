// Start-up and the top-level run loop shared by every port: initialises the
// parts of the core in dependency order, runs a program under a protected
// region, and turns what escaped into an exit status and a traceback.
#include <string.h>
#include "copper.h"
#include "compile.h"
#include "disasm.h"
#include "gc.h"
#include "init.h"
#include "nlr.h"
#include "obj.h"
#include "obj_file.h"
#include "persist.h"
#include "print.h"
#include "repl.h"
#include "stream.h"
#include "vm.h"
#include "../hal/hal.h"

static Value main_globals;   // the __main__ module's dict (GC root)

static void *init_heap, *init_stack_top;   // for copper_reinit
static size_t init_heap_size;

void copper_reinit(void) { copper_init(init_heap, init_heap_size, init_stack_top); }

void copper_init(void *heap, size_t heap_size, void *stack_top) {
    init_heap = heap;
    init_heap_size = heap_size;
    init_stack_top = stack_top;
    nlr_top = NULL;
    gc_init(heap, heap_size);
    gc_set_stack_top(stack_top);
    main_globals = VAL_NULL;
    gc_add_root(&main_globals, sizeof(main_globals));
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        core_init_all();
        nlr_pop();
    } else {
        hal_fatal("start-up failed: heap too small");
    }
}

static Value get_main_globals(void) {
    if (main_globals == VAL_NULL) {
        Value m = module_new(NAME(__main__));
        dict_set(vm_sys_modules(), NAME(__main__), m);
        main_globals = ((ModuleObj *)VAL_OBJ(m))->globals;
    }
    return main_globals;
}

// Exit status for an exception that reached the top; prints it.
static int report(Value exc) {
    volatile int status = 1;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        if (obj_isinstance(exc, &exc_SystemExit_type)) {
            ExcObj *e = exc_get(exc);
            size_t n = val_tuple(e->args)->len;
            Value code = n == 0 ? VAL_NONE : (n == 1 ? val_tuple(e->args)->items[0] : e->args);
            int64_t i;
            if (code == VAL_NONE) {
                status = 0;
            } else if (val_is_int(code) && int_to_i64(code, &i)) {
                status = (int)(i & 0xFF);
            } else {
                Value s = obj_str(code);
                stream_write_str(stream_stderr(), s);
                stream_write(stream_stderr(), "\n", 1);
                status = 1;
            }
        } else {
            vm_print_exception(exc, VAL_NULL);
            status = obj_isinstance(exc, &exc_KeyboardInterrupt_type) ? 130 : 1;
        }
        nlr_pop();
    } else {
        // Printing needed memory the program still holds (a MemoryError
        // from a full heap): print what needs none, the type and message.
        const char *name = type_name_cstr(type_of(exc));
        hal_stderr_write("Traceback (most recent call last):\n  (traceback unavailable: out of memory)\n", 76);
        hal_stderr_write(name, strlen(name));
        Value args = exc_get(exc)->args;
        if (args != VAL_NULL && val_tuple(args)->len == 1 && val_is_str(val_tuple(args)->items[0])) {
            Value msg = val_tuple(args)->items[0];
            hal_stderr_write(": ", 2);
            hal_stderr_write(str_cstr(msg), str_len_bytes(msg));
        }
        hal_stderr_write("\n", 1);
    }
    return status;
}

typedef struct {
    int kind;            // 0 file, 1 string, 2 REPL input
    const char *text;
    size_t len;
} RunRequest;

static int run(const RunRequest *req) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        switch (req->kind) {
            case 0:
                vm_run_main_file(req->text);
                break;
            case 1:
                vm_run_source(req->text, req->len, NAME(lt_string), COMPILE_FILE, get_main_globals());
                break;
            default:
                vm_run_source(req->text, req->len, NAME(lt_stdin), COMPILE_SINGLE, get_main_globals());
                break;
        }
        nlr_pop();
        return 0;
    }
    return report(nb.exc);
}

int copper_run_file(const char *path) {
    RunRequest r = {0, path, strlen(path)};
    return run(&r);
}

int copper_run_string(const char *src, size_t len) {
    RunRequest r = {1, src, len};
    return run(&r);
}

int copper_run_module(const char *name) {
    // Find NAME.py (or NAME/__main__.py) along sys.path and run it as __main__.
    volatile int status = 1;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value path = vm_sys_path();
        size_t n;
        Value *items;
        obj_get_array(path, &n, &items);
        Vstr v;
        for (size_t i = 0; i < n; i++) {
            for (int pkg = 0; pkg < 2; pkg++) {
                vstr_init(&v, 64);
                Value dir = items[i];
                if (str_len_bytes(dir) > 0) {
                    vstr_add_value_str(&v, dir);
                    vstr_add_byte(&v, '/');
                }
                for (const char *c = name; *c; c++) {
                    vstr_add_byte(&v, *c == '.' ? '/' : *c);
                }
                vstr_add_cstr(&v, pkg ? "/__main__.py" : ".py");
                HalStat st;
                if (hal_stat(vstr_cstr(&v), &st) == 0 && !st.is_dir) {
                    nlr_pop();
                    return copper_run_file(vstr_cstr(&v));
                }
            }
        }
        nlr_pop();
        Vstr msg;
        vstr_init(&msg, 64);
        vstr_printf(&msg, "copper: No module named %s\n", name);
        hal_stderr_write(msg.buf, msg.len);
        return 1;
    } else {
        status = report(nb.exc);
    }
    return status;
}

int copper_disassemble_file(const char *path) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value name = str_new_cstr(path);
        size_t len;
        const char *src = import_read_file(name, &len);
        disasm_code(import_is_precompiled(name, src, len) ? persist_load((const uint8_t *)src, len)
                                                          : compile_source(src, len, name, COMPILE_FILE));
        nlr_pop();
        return 0;
    }
    return report(nb.exc);
}

// --- the interactive prompt (core/repl.c and friends) ------------------------

Value repl_globals(void) { return get_main_globals(); }

void repl_new_globals(void) { main_globals = VAL_NULL; }

Value repl_run(const char *src, size_t len, bool file_mode) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        vm_run_source(src, len, NAME(lt_stdin), file_mode ? COMPILE_FILE : COMPILE_SINGLE, get_main_globals());
        nlr_pop();
        return VAL_NULL;
    }
    return nb.exc;
}

int repl_report(Value exc) { return report(exc); }

// The host's prompt: python3-like, with the raw REPL behind Ctrl-A for host
// tools; a soft reboot there (Ctrl-D on an empty buffer) keeps the raw REPL
// with fresh globals, as on a board.
int copper_repl(void) {
    ReplResult r = repl_friendly(false);
    for (;;) {
        switch (r) {
            case REPL_EXIT:
                return repl_exit_status();
            case REPL_TO_RAW:
                repl_new_globals();
                r = repl_raw();
                break;
            case REPL_TO_FRIENDLY:
                repl_new_globals();
                r = repl_friendly(false);
                break;
            case REPL_SOFT_REBOOT:
                hal_stdout_write("soft reboot\r\n", 13);
                repl_new_globals();
                r = repl_raw();
                break;
        }
    }
}
