// copper-cross: compiles a Python file into a .cpy image (persist.h) that
// import loads on any port without compiling.
#include "copper.h"
#include "compile.h"
#include "nlr.h"
#include "obj.h"
#include "obj_file.h"
#include "persist.h"
#include "print.h"
#include "vm.h"
#include "../hal/hal.h"

int copper_precompile(const char *src_path, const char *out_path, const char *display_name, int small_int_bits) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value path = str_new_cstr(src_path);
        size_t len;
        const char *src = import_read_file(path, &len);
        // Tracebacks name the file as it was given to copper-cross, or
        // by the name asked for ("<frozen asyncio.core>").
        Value name = display_name ? str_new_cstr(display_name) : path;
        Value code = compile_source(src, len, name, COMPILE_FILE);
        Vstr out;
        vstr_init(&out, len / 2 + 64);
        persist_save(code, name, small_int_bits, &out);
        int h = hal_file_open(out_path, HAL_O_WRITE | HAL_O_CREATE | HAL_O_TRUNC);
        if (h < 0) {
            raise_oserror(-h, str_new_cstr(out_path));
        }
        long n = hal_file_write(h, out.buf, out.len);
        hal_file_close(h);
        if (n < 0 || (size_t)n != out.len) {
            raise_oserror(n < 0 ? (int)-n : 28, str_new_cstr(out_path));
        }
        nlr_pop();
        return 0;
    }
    vm_print_exception(nb.exc, VAL_NULL);
    return 1;
}
