// The traceback module: print_exception / format_exception (the 3.10+
// single-exception form and the (etype, value, tb) form), format_exception_only,
// print_exc / format_exc, print_tb / format_tb, with CPython 3.11's output.
// The text comes from the core's traceback printer (traceback_format in
// core/traceback.c), which yields the same pieces as CPython's
// format_exception list: a "Traceback (most recent call last):" header, one
// piece per frame (and per "[Previous line repeated ...]" line), and the
// exception lines. What the arguments change (another traceback, no chain,
// no traceback at all) is done by swapping the exception's fields while it
// is formatted; `limit` is applied to the frame pieces afterwards.
#include <string.h>
#include "mods.h"
#include "module_table.h"
#include "nlr.h"
#include "obj_str.h"
#include "print.h"
#include "runtime.h"
#include "stream.h"
#include "vm.h"
#include "vm_raise.h"

// What to format: `exc` (VAL_NULL or None print "NoneType: None"), with
// traceback `tb` (VAL_NULL: the exception's own), all of the chain or not.
typedef struct {
    Value exc;
    Value tb;           // VAL_NULL keep, VAL_NONE none, else a traceback
    bool chain;
    bool only;          // format_exception_only: no traceback, no chain
    Value limit;        // VAL_NULL / None: all frames
} FormatReq;

static bool starts_with(Value s, const char *prefix) {
    size_t n = strlen(prefix);
    return str_len_bytes(s) >= n && memcmp(str_cstr(s), prefix, n) == 0;
}

static bool is_frame_piece(Value s) { return starts_with(s, "  File ") || starts_with(s, "  [Previous line"); }

#define RECURSIVE_CUTOFF 3   // identical frames shown before "[Previous line repeated ...]"

static const char REPEAT_PREFIX[] = "  [Previous line repeated ";

// Appends frames[lo..hi) to out folded as CPython's StackSummary.format:
// after three identical frames, one "[Previous line repeated N more
// time(s)]" line.
static void fold_frames(Value out, const Value *frames, size_t lo, size_t hi) {
    size_t count = 0;
    Value last = VAL_NULL;
    for (size_t k = lo; k <= hi; k++) {
        if (k == hi || last == VAL_NULL || !str_equal(frames[k], last)) {
            if (count > RECURSIVE_CUTOFF) {
                size_t more = count - RECURSIVE_CUTOFF;
                list_append(out, str_printf("%s%zu more time%s]\n", REPEAT_PREFIX, more,
                                            more > 1 ? "s" : ""));
            }
            if (k == hi) {
                break;
            }
            last = frames[k];
            count = 0;
        }
        if (++count <= RECURSIVE_CUTOFF) {
            list_append(out, frames[k]);
        }
    }
}

// Keeps `limit` frames of each "Traceback" section (the last -limit ones
// when negative), dropping a header left without frames. The core's
// pieces are folded already, so the section is unfolded, cut and folded
// again: CPython applies the limit before folding.
static Value apply_limit(Value pieces, intptr_t limit) {
    ListObj *l = val_list(pieces);
    Value out = list_new_empty();
    size_t i = 0;
    while (i < l->len) {
        Value p = l->items[i];
        if (!starts_with(p, "Traceback (most recent call last):")) {
            list_append(out, p);
            i++;
            continue;
        }
        Value frames = list_new_empty();
        size_t end = i + 1;
        for (; end < l->len && is_frame_piece(l->items[end]); end++) {
            Value f = l->items[end];
            ListObj *fl = val_list(frames);
            if (starts_with(f, REPEAT_PREFIX) && fl->len > 0) {
                Value prev = fl->items[fl->len - 1];
                intptr_t n = 0;
                for (const char *c = str_cstr(f) + sizeof(REPEAT_PREFIX) - 1; *c >= '0' && *c <= '9'; c++) {
                    n = n * 10 + (*c - '0');
                }
                while (n-- > 0) {
                    list_append(frames, prev);
                }
            } else {
                list_append(frames, f);
            }
        }
        ListObj *fl = val_list(frames);
        size_t n = fl->len, lo = 0, hi = n;
        if (limit >= 0 && (size_t)limit < n) {
            hi = (size_t)limit;
        } else if (limit < 0 && (size_t)-limit < n) {
            lo = n - (size_t)-limit;
        }
        if (hi > lo) {
            list_append(out, p);
            fold_frames(out, fl->items, lo, hi);
        }
        i = end;
    }
    return out;
}

static Value format_req(const FormatReq *r) {
    if (r->exc == VAL_NULL || r->exc == VAL_NONE) {
        Value line = str_new_cstr("NoneType: None\n");
        return list_new(1, &line);
    }
    if (!obj_isinstance(r->exc, &exc_BaseException_type)) {
        vm_raise(&exc_TypeError_type, "Exception expected for value, %T found", r->exc);
    }
    ExcObj *e = exc_get(r->exc);
    Value tb = e->traceback, cause = e->cause, context = e->context;
    if (r->only || r->tb == VAL_NONE) {
        e->traceback = VAL_NULL;
    } else if (r->tb != VAL_NULL) {
        e->traceback = r->tb;
    }
    if (r->only || !r->chain) {
        e->cause = VAL_NULL;
        e->context = VAL_NULL;
    }
    NlrBuf nb;
    volatile Value pieces = VAL_NULL;
    if (nlr_push(&nb) == 0) {
        pieces = traceback_format(r->exc);
        nlr_pop();
    }
    e->traceback = tb;
    e->cause = cause;
    e->context = context;
    if (pieces == VAL_NULL) {
        nlr_jump(nb.exc);
    }
    if (r->limit != VAL_NULL && r->limit != VAL_NONE) {
        return apply_limit(pieces, int_as_intptr(mods_to_int(r->limit)));
    }
    return pieces;
}

static void write_pieces(Value pieces, Value file) {
    if (file == VAL_NULL || file == VAL_NONE) {
        file = stream_stderr();
        stream_flush(stream_stdout());
    }
    ListObj *l = val_list(pieces);
    for (size_t i = 0; i < l->len; i++) {
        stream_write_str(file, l->items[i]);
    }
    stream_flush(file);
}

// CPython's _parse_value_tb: print_exception(exc) or (etype, value, tb).
static void parse_value_tb(FormatReq *r, Value exc, Value value, Value tb) {
    if ((value == VAL_NULL) != (tb == VAL_NULL)) {
        vm_raise(&exc_ValueError_type, "Both or neither of value and tb must be given");
    }
    r->tb = VAL_NULL;
    if (value == VAL_NULL) {
        if (exc != VAL_NONE && !obj_isinstance(exc, &exc_BaseException_type)) {
            vm_raise(&exc_TypeError_type, "Exception expected for value, %T found", exc);
        }
        r->exc = exc;
        return;
    }
    r->exc = value;
    r->tb = tb;
}

static const ArgSpec exception_spec[] = {
    {NAME(exc), true, false, VAL_NULL},
    {NAME(value), false, false, VAL_NULL},
    {NAME(tb), false, false, VAL_NULL},
    {NAME(limit), false, false, VAL_NULL},
    {NAME(file), false, false, VAL_NULL},
    {NAME(chain), false, false, VAL_NULL},
};

static void missing_exc(const char *fname, size_t nargs) {
    if (nargs == 0) {
        vm_raise(&exc_TypeError_type, "%s() missing 1 required positional argument: 'exc'", fname);
    }
}

static Value tb_print_exception(size_t nargs, const Value *args, Value kwnames) {
    Value a[6];
    missing_exc("print_exception", nargs);
    args_parse("print_exception", nargs, args, kwnames, 6, exception_spec, a);
    FormatReq r;
    parse_value_tb(&r, a[0], a[1], a[2]);
    r.limit = a[3];
    r.chain = a[5] == VAL_NULL || obj_truthy(a[5]);
    r.only = false;
    write_pieces(format_req(&r), a[4]);
    return VAL_NONE;
}

static Value tb_format_exception(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(exc), true, false, VAL_NULL},
        {NAME(value), false, false, VAL_NULL},
        {NAME(tb), false, false, VAL_NULL},
        {NAME(limit), false, false, VAL_NULL},
        {NAME(chain), false, false, VAL_NULL},
    };
    Value a[5];
    missing_exc("format_exception", nargs);
    args_parse("format_exception", nargs, args, kwnames, 5, spec, a);
    FormatReq r;
    parse_value_tb(&r, a[0], a[1], a[2]);
    r.limit = a[3];
    r.chain = a[4] == VAL_NULL || obj_truthy(a[4]);
    r.only = false;
    return format_req(&r);
}

static Value tb_format_exception_only(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(exc), true, false, VAL_NULL},
        {NAME(value), false, false, VAL_NULL},
    };
    Value a[2];
    missing_exc("format_exception_only", nargs);
    args_parse("format_exception_only", nargs, args, kwnames, 2, spec, a);
    FormatReq r;
    r.exc = a[1] != VAL_NULL ? a[1] : a[0];
    r.tb = VAL_NONE;
    r.limit = VAL_NULL;
    r.chain = false;
    r.only = true;
    return format_req(&r);
}

// The exception being handled, as sys.exc_info()[1] (None outside handlers).
static void current_request(FormatReq *r, Value limit, Value chain) {
    Value e = vm_handled_exception();
    r->exc = e == VAL_NULL ? VAL_NONE : e;
    r->tb = VAL_NULL;
    r->limit = limit;
    r->chain = chain == VAL_NULL || obj_truthy(chain);
    r->only = false;
}

static Value tb_print_exc(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(limit), false, false, VAL_NULL},
        {NAME(file), false, false, VAL_NULL},
        {NAME(chain), false, false, VAL_NULL},
    };
    Value a[3];
    args_parse("print_exc", nargs, args, kwnames, 3, spec, a);
    FormatReq r;
    current_request(&r, a[0], a[2]);
    write_pieces(format_req(&r), a[1]);
    return VAL_NONE;
}

static Value tb_format_exc(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(limit), false, false, VAL_NULL},
        {NAME(chain), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("format_exc", nargs, args, kwnames, 2, spec, a);
    FormatReq r;
    current_request(&r, a[0], a[1]);
    Value pieces = format_req(&r);
    return str_join_values(str_empty(), val_list(pieces)->len, val_list(pieces)->items);
}

// The frame pieces of a traceback object: formatted through a stand-in
// exception that carries it.
static Value tb_pieces(Value tb, Value limit) {
    if (tb == VAL_NONE) {
        return list_new_empty();
    }
    Value holder = exc_new(&exc_Exception_type, 0, NULL);
    FormatReq r = {holder, tb, false, false, limit};
    Value pieces = format_req(&r);
    Value out = list_new_empty();
    ListObj *l = val_list(pieces);
    for (size_t i = 0; i < l->len; i++) {
        if (is_frame_piece(l->items[i])) {
            list_append(out, l->items[i]);
        }
    }
    return out;
}

static Value tb_format_tb(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(tb), true, false, VAL_NULL},
        {NAME(limit), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("format_tb", nargs, args, kwnames, 2, spec, a);
    return tb_pieces(a[0], a[1]);
}

static Value tb_print_tb(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(tb), true, false, VAL_NULL},
        {NAME(limit), false, false, VAL_NULL},
        {NAME(file), false, false, VAL_NULL},
    };
    Value a[3];
    args_parse("print_tb", nargs, args, kwnames, 3, spec, a);
    write_pieces(tb_pieces(a[0], a[1]), a[2]);
    return VAL_NONE;
}

static BUILTIN_FN_KW(tb_format_exc_obj, format_exc, 0, FN_UNLIMITED, tb_format_exc);
static BUILTIN_FN_KW(tb_format_exception_obj, format_exception, 0, FN_UNLIMITED, tb_format_exception);
static BUILTIN_FN_KW(tb_format_exception_only_obj, format_exception_only, 0, FN_UNLIMITED,
                     tb_format_exception_only);
static BUILTIN_FN_KW(tb_format_tb_obj, format_tb, 0, FN_UNLIMITED, tb_format_tb);
static BUILTIN_FN_KW(tb_print_exc_obj, print_exc, 0, FN_UNLIMITED, tb_print_exc);
static BUILTIN_FN_KW(tb_print_exception_obj, print_exception, 0, FN_UNLIMITED, tb_print_exception);
static BUILTIN_FN_KW(tb_print_tb_obj, print_tb, 0, FN_UNLIMITED, tb_print_tb);

static const AttrEntry traceback_globals[] = {
    {NAME(__name__), NAME(traceback)},
    {NAME(format_exc), OBJ_VAL(&tb_format_exc_obj)},
    {NAME(format_exception), OBJ_VAL(&tb_format_exception_obj)},
    {NAME(format_exception_only), OBJ_VAL(&tb_format_exception_only_obj)},
    {NAME(format_tb), OBJ_VAL(&tb_format_tb_obj)},
    {NAME(print_exc), OBJ_VAL(&tb_print_exc_obj)},
    {NAME(print_exception), OBJ_VAL(&tb_print_exception_obj)},
    {NAME(print_tb), OBJ_VAL(&tb_print_tb_obj)},
};

const ModuleDef module_traceback = {
    .name = NAME(traceback),
    .globals = traceback_globals,
    .nglobals = sizeof(traceback_globals) / sizeof(traceback_globals[0]),
    .init = NULL,
};
