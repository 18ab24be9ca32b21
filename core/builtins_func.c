// The builtins that iterate, compute or do I/O: print, input, open, eval,
// exec, __import__, iter (with the callable-iterator type), next, min, max,
// sorted, sum, pow and round.
#include <math.h>
#include <string.h>
#include "builtins.h"
#include "compile.h"
#include "nlr.h"
#include "obj_float.h"
#include "obj_complex.h"
#include "obj_int.h"
#include "print.h"
#include "runtime.h"
#include "stream.h"
#include "vm.h"
#include "vm_impl.h"
#include "vm_raise.h"

// --- print / input / open -------------------------------------------------------------

static Value str_or_none_arg(Value v, const char *what) {
    if (v == VAL_NULL || v == VAL_NONE) {
        return VAL_NULL;
    }
    if (!obj_isinstance(v, &str_type)) {
        vm_raise(&exc_TypeError_type, "%s must be None or a string, not %s", what, val_type_name(v));
    }
    return obj_native(v);
}

static Value print_m(size_t nargs, const Value *args, Value kwnames) {
    Value sep = VAL_NULL, end = VAL_NULL, file = VAL_NULL, flush = VAL_NULL;
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = val_tuple(kwnames)->items[i], v = args[nargs + i];
        if (str_equal(k, NAME(sep))) {
            sep = v;
        } else if (str_equal(k, NAME(end))) {
            end = v;
        } else if (str_equal(k, NAME(file))) {
            file = v;
        } else if (str_equal(k, NAME(flush))) {
            flush = v;
        } else {
            vm_raise(&exc_TypeError_type, "'%s' is an invalid keyword argument for print()",
                     str_cstr(k));
        }
    }
    sep = str_or_none_arg(sep, "sep");
    end = str_or_none_arg(end, "end");
    if (file == VAL_NULL || file == VAL_NONE) {
        file = stream_stdout();
        if (file == VAL_NONE || file == VAL_NULL) {
            return VAL_NONE;
        }
    }
    for (size_t i = 0; i < nargs; i++) {
        if (i != 0) {
            if (sep == VAL_NULL) {
                stream_write(file, " ", 1);
            } else {
                stream_write_str(file, sep);
            }
        }
        stream_write_str(file, obj_str(args[i]));
    }
    if (end == VAL_NULL) {
        stream_write(file, "\n", 1);
    } else {
        stream_write_str(file, end);
    }
    if (flush != VAL_NULL && obj_truthy(flush)) {
        stream_flush(file);
    }
    return VAL_NONE;
}
BUILTIN_FN_KW(builtin_print_obj, print, 0, FN_UNLIMITED, print_m);

static Value input_m(size_t n, const Value *a) {
    Value out = stream_stdout();
    if (n == 1) {
        stream_write_str(out, obj_str(a[0]));
    }
    stream_flush(out);
    Value line = stream_readline(stream_stdin());
    if (line == VAL_NULL) {
        vm_raise(&exc_EOFError_type, "EOF when reading a line");
    }
    const char *s = str_cstr(line);
    size_t len = str_len_bytes(line);
    if (len != 0 && s[len - 1] == '\n') {
        return str_new(s, len - 1);
    }
    return line;
}
BUILTIN_FN(builtin_input_obj, input, 0, 1, input_m);

static Value open_m(size_t nargs, const Value *args, Value kwnames) {
    return file_open(nargs, args, kwnames);
}
BUILTIN_FN_KW(builtin_open_obj, open, 0, FN_UNLIMITED, open_m);

// --- eval / exec / __import__ --------------------------------------------------------

static Value run_code(const char *fname, size_t nargs, const Value *args, Value kwnames,
                      CompileMode mode) {
    static const ArgSpec spec[] = {
        {NAME(source), true, false, VAL_NULL},
        {NAME(globals), false, false, VAL_NONE},
        {NAME(locals), false, false, VAL_NONE},
    };
    Value a[3];
    args_parse(fname, nargs, args, kwnames, 3, spec, a);
    Value globals = a[1], locals = a[2];
    if (globals != VAL_NONE && !is_type(globals, &dict_type)) {
        vm_raise(&exc_TypeError_type, "%s() globals must be a dict, not %s", fname,
                 val_type_name(globals));
    }
    if (globals == VAL_NONE) {
        globals = vm_current_globals();
        if (locals == VAL_NONE) {
            locals = vm_current_locals();
        }
    } else if (locals == VAL_NONE) {
        locals = globals;
    }
    if (dict_get(globals, NAME(__builtins__)) == VAL_NULL) {
        dict_set(globals, NAME(__builtins__), vm_builtins_dict());
    }
    Value code = a[0];
    if (!is_type(code, &code_type)) {
        const uint8_t *data;
        size_t len;
        Value src = obj_native(code);
        if (val_is_str(src)) {
            data = (const uint8_t *)str_cstr(src);
            len = str_len_bytes(src);
        } else if (!obj_get_buffer(src, &data, &len)) {
            vm_raise(&exc_TypeError_type, "%s() arg 1 must be a string, bytes or code object",
                     fname);
        }
        if (mode == COMPILE_EVAL) {
            // eval() ignores leading spaces and tabs, as CPython.
            while (len != 0 && (*data == ' ' || *data == '\t')) {
                data++;
                len--;
            }
        }
        code = compile_source((const char *)data, len, NAME(lt_string), mode);
    }
    Value r = vm_exec(code, globals, locals);
    return mode == COMPILE_EVAL ? r : VAL_NONE;
}

static Value eval_m(size_t nargs, const Value *args, Value kwnames) {
    return run_code("eval", nargs, args, kwnames, COMPILE_EVAL);
}
BUILTIN_FN_KW(builtin_eval_obj, eval, 1, 3, eval_m);

static Value exec_m(size_t nargs, const Value *args, Value kwnames) {
    return run_code("exec", nargs, args, kwnames, COMPILE_FILE);
}
BUILTIN_FN_KW(builtin_exec_obj, exec, 1, 3, exec_m);

static Value compile_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(source), true, false, VAL_NULL},
        {NAME(filename), true, false, VAL_NULL},
        {NAME(mode), true, false, VAL_NULL},
        {NAME(flags), false, false, VAL_NULL},
        {NAME(dont_inherit), false, false, VAL_NULL},
        {NAME(optimize), false, false, VAL_NULL},
    };
    Value a[6];
    args_parse("compile", nargs, args, kwnames, 6, spec, a);
    if (!obj_isinstance(a[2], &str_type)) {
        vm_raise(&exc_TypeError_type, "compile() argument 'mode' must be str, not %s",
                 val_type_name(a[2]));
    }
    const char *mode = str_cstr(obj_native(a[2]));
    CompileMode m;
    if (strcmp(mode, "exec") == 0) {
        m = COMPILE_FILE;
    } else if (strcmp(mode, "eval") == 0) {
        m = COMPILE_EVAL;
    } else if (strcmp(mode, "single") == 0) {
        m = COMPILE_SINGLE;
    } else {
        vm_raise(&exc_ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    Value fname = a[1];
    if (!obj_isinstance(fname, &str_type)) {
        const uint8_t *data;
        size_t len;
        if (!obj_get_buffer(fname, &data, &len)) {
            vm_raise(&exc_TypeError_type,
                     "compile() argument 'filename' must be str, bytes or os.PathLike, not %s",
                     val_type_name(fname));
        }
        fname = str_new((const char *)data, len);
    }
    Value src = obj_native(a[0]);
    if (is_type(src, &code_type)) {
        return src;
    }
    const uint8_t *data;
    size_t len;
    if (val_is_str(src)) {
        data = (const uint8_t *)str_cstr(src);
        len = str_len_bytes(src);
    } else if (!obj_get_buffer(src, &data, &len)) {
        vm_raise(&exc_TypeError_type, "compile() arg 1 must be a string, bytes or AST object");
    }
    return compile_source((const char *)data, len, obj_native(fname), m);
}
BUILTIN_FN_KW(builtin_compile_obj, compile, 0, 6, compile_m);

static Value import_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(name), true, false, VAL_NULL},
        {NAME(globals), false, false, VAL_NONE},
        {NAME(locals), false, false, VAL_NONE},
        {NAME(fromlist), false, false, VAL_NONE},
        {NAME(level), false, false, VAL_NULL},
    };
    Value a[5];
    args_parse("__import__", nargs, args, kwnames, 5, spec, a);
    if (!obj_isinstance(a[0], &str_type)) {
        vm_raise(&exc_TypeError_type, "__import__() argument 1 must be str, not %s",
                 val_type_name(a[0]));
    }
    int level = a[4] == VAL_NULL ? 0 : (int)int_as_intptr(a[4]);
    Value globals = a[1] == VAL_NONE ? vm_current_globals() : a[1];
    return import_name(obj_native(a[0]), a[3], level, globals);
}
BUILTIN_FN_KW(builtin___import___obj, __import__, 1, 5, import_m);

// --- iter / next ------------------------------------------------------------------------

// iter(callable, sentinel): calls until the result equals the sentinel.
typedef struct {
    Obj base;
    Value fn;        // VAL_NULL once exhausted
    Value sentinel;
} CallIterObj;

static Value calliter_next(Value self) {
    CallIterObj *it = (CallIterObj *)VAL_OBJ(self);
    if (it->fn == VAL_NULL) {
        return VAL_NULL;
    }
    Value v = obj_call0(it->fn);
    if (obj_eq(v, it->sentinel)) {
        it->fn = VAL_NULL;
        return VAL_NULL;
    }
    return v;
}

static Value calliter_iter(Value self) { return self; }

static const Type calliter_type = {
    .base = {&type_type},
    .name = NAME(callable_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .getiter = calliter_iter,
    .iternext = calliter_next,
};

static Value iter_m(size_t n, const Value *a) {
    if (n == 1) {
        return obj_getiter(a[0]);
    }
    if (!obj_callable(a[0])) {
        vm_raise(&exc_TypeError_type, "iter(v, w): v must be callable");
    }
    CallIterObj *it = (CallIterObj *)gc_alloc_obj(sizeof(CallIterObj), &calliter_type);
    it->fn = a[0];
    it->sentinel = a[1];
    return OBJ_VAL(it);
}
BUILTIN_FN(builtin_iter_obj, iter, 1, 2, iter_m);

static Value next_m(size_t n, const Value *a) {
    const Type *t = type_of(a[0]);
    if (t->iternext == NULL || (type_is_heap(t) && type_lookup(t, NAME(__next__)) == VAL_NULL)) {
        vm_raise(&exc_TypeError_type, "'%s' object is not an iterator", type_name_cstr(t));
    }
    if (n == 1 && (type_is_heap(t) || gen_next_keeps_value(t))) {
        // Keep the StopIteration raised by __next__ (its value matters).
        return call_special_opt(a[0], NAME(__next__), 0, NULL);
    }
    Value r = obj_iternext(a[0]);
    if (r == VAL_NULL) {
        if (n == 2) {
            return a[1];
        }
        vm_raise_noargs(&exc_StopIteration_type);
    }
    return r;
}
BUILTIN_FN(builtin_next_obj, next, 1, 2, next_m);

// --- min / max ------------------------------------------------------------------------------

static Value minmax(const char *name, int op, size_t nargs, const Value *args, Value kwnames) {
    Value key = VAL_NULL, dflt = VAL_NULL;
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = val_tuple(kwnames)->items[i];
        if (str_equal(k, NAME(key))) {
            key = args[nargs + i];
        } else if (str_equal(k, NAME(default))) {
            dflt = args[nargs + i];
        } else {
            vm_raise(&exc_TypeError_type, "'%s' is an invalid keyword argument for %s()",
                     str_cstr(k), name);
        }
    }
    if (nargs == 0) {
        vm_raise(&exc_TypeError_type, "%s expected at least 1 argument, got 0", name);
    }
    if (key == VAL_NONE) {
        key = VAL_NULL;
    }
    Value it;
    if (nargs == 1) {
        it = obj_getiter(args[0]);
    } else {
        if (dflt != VAL_NULL) {
            vm_raise(&exc_TypeError_type,
                     "Cannot specify a default for %s() with multiple positional arguments", name);
        }
        it = obj_getiter(tuple_new(nargs, args));
    }
    Value best = VAL_NULL, best_key = VAL_NULL;
    for (Value x; (x = obj_iternext(it)) != VAL_NULL;) {
        Value k = key != VAL_NULL ? obj_call1(key, x) : x;
        if (best == VAL_NULL || obj_truthy(obj_compare(op, k, best_key))) {
            best = x;
            best_key = k;
        }
    }
    if (best == VAL_NULL) {
        if (dflt != VAL_NULL) {
            return dflt;
        }
        vm_raise(&exc_ValueError_type, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value max_m(size_t nargs, const Value *args, Value kwnames) {
    return minmax("max", CMP_GT, nargs, args, kwnames);
}
BUILTIN_FN_KW(builtin_max_obj, max, 0, FN_UNLIMITED, max_m);

static Value min_m(size_t nargs, const Value *args, Value kwnames) {
    return minmax("min", CMP_LT, nargs, args, kwnames);
}
BUILTIN_FN_KW(builtin_min_obj, min, 0, FN_UNLIMITED, min_m);

// --- sorted / sum ----------------------------------------------------------------------------

static Value sorted_m(size_t nargs, const Value *args, Value kwnames) {
    if (nargs != 1) {
        vm_raise(&exc_TypeError_type, "sorted expected 1 argument, got %zu", nargs);
    }
    Value key = VAL_NONE, reverse = VAL_FALSE;
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = val_tuple(kwnames)->items[i];
        if (str_equal(k, NAME(key))) {
            key = args[nargs + i];
        } else if (str_equal(k, NAME(reverse))) {
            reverse = args[nargs + i];
        } else {
            vm_raise(&exc_TypeError_type, "'%s' is an invalid keyword argument for sort()",
                     str_cstr(k));
        }
    }
    Value l = list_from_iter(args[0]);
    list_sort(l, key, obj_truthy(reverse));
    return l;
}
BUILTIN_FN_KW(builtin_sorted_obj, sorted, 0, FN_UNLIMITED, sorted_m);

static Value sum_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(iterable), true, false, VAL_NULL},
        {NAME(start), false, false, VAL_NULL},
    };
    if (nargs == 0 && (kwnames == VAL_NULL || val_tuple(kwnames)->len == 0)) {
        vm_raise(&exc_TypeError_type, "sum() takes at least 1 positional argument (0 given)");
    }
    Value a[2];
    args_parse("sum", nargs, args, kwnames, 2, spec, a);
    Value acc = a[1] == VAL_NULL ? val_from_small_int(0) : a[1];
    if (obj_isinstance(acc, &str_type)) {
        vm_raise(&exc_TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (obj_isinstance(acc, &bytes_type)) {
        vm_raise(&exc_TypeError_type, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (obj_isinstance(acc, &bytearray_type)) {
        vm_raise(&exc_TypeError_type, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Value it = obj_getiter(a[0]);
    for (Value x; (x = obj_iternext(it)) != VAL_NULL;) {
        if (val_is_small_int(acc) && val_is_small_int(x)) {
            intptr_t s = val_small_int(acc) + val_small_int(x);
            if (small_int_fits(s)) {
                acc = val_from_small_int(s);
                continue;
            }
        }
        acc = obj_binary_op(BINOP_ADD, acc, x);
    }
    return acc;
}
BUILTIN_FN_KW(builtin_sum_obj, sum, 0, FN_UNLIMITED, sum_m);

// --- pow / round ------------------------------------------------------------------------------

static Value pow_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(base), true, false, VAL_NULL},
        {NAME(exp), true, false, VAL_NULL},
        {NAME(mod), false, false, VAL_NONE},
    };
    Value a[3];
    args_parse("pow", nargs, args, kwnames, 3, spec, a);
    if (a[2] == VAL_NONE) {
        return obj_binary_op(BINOP_POW, a[0], a[1]);
    }
    if (type_is_heap(type_of(a[0]))) {
        Value r = call_special_opt(a[0], NAME(__pow__), 2, a + 1);
        if (r != VAL_NULL && r != VAL_NOTIMPL) {
            return r;
        }
    }
    Value b = int_coerce(obj_native(a[0])), e = int_coerce(obj_native(a[1]));
    Value m = int_coerce(obj_native(a[2]));
    if (b == VAL_NULL || e == VAL_NULL || m == VAL_NULL) {
        for (int i = 0; i < 3; i++) {
            if (obj_isinstance(a[i], &complex_type)) {
                vm_raise(&exc_ValueError_type, "complex modulo");
            }
        }
        vm_raise(&exc_TypeError_type,
                 "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return int_pow(b, e, m);
}
BUILTIN_FN_KW(builtin_pow_obj, pow, 0, 3, pow_m);

static Value round_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(number), true, false, VAL_NULL},
        {NAME(ndigits), false, false, VAL_NONE},
    };
    Value a[2];
    args_parse("round", nargs, args, kwnames, 2, spec, a);
    Value x = a[0], nd = a[1];
    const Type *t = type_of(x);
    if (type_is_heap(t) || (t->attrs != NULL && type_lookup(t, NAME(__round__)) != VAL_NULL)) {
        Value r = nd == VAL_NONE ? call_special_opt(x, NAME(__round__), 0, NULL)
                                 : call_special_opt(x, NAME(__round__), 1, &nd);
        if (r != VAL_NULL) {
            return r;
        }
        x = obj_native(x);
    }
    Value i = int_coerce(x);
    if (i != VAL_NULL) {
        return nd == VAL_NONE ? i : int_round(i, nd);
    }
    if (is_type(x, &float_type)) {
        double d = float_value(x);
        if (nd == VAL_NONE) {
            double r = nearbyint(d);
            return int_from_double(r);
        }
        return float_new(float_round_digits(d, int_as_intptr(nd)));
    }
    vm_raise(&exc_TypeError_type, "type %s doesn't define __round__ method", val_type_name(a[0]));
}
BUILTIN_FN_KW(builtin_round_obj, round, 0, 2, round_m);
