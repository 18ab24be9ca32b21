// Tracebacks: the chain of (file, line, function) entries an exception
// collects while it unwinds (traceback_type objects, outermost frame first,
// as CPython's tb_next chain), and printing exceptions in CPython 3.11's
// format: the "Traceback (most recent call last):" block with source lines
// read back through the HAL, repeated entries folded, SyntaxError's file
// and caret lines, and __cause__/__context__ chains. Printing goes to a
// stream, or into a list of str for traceback.format_exception.
#include <string.h>
#include "vm_impl.h"
#include "gc.h"
#include "module_table.h"
#include "nlr.h"
#include "print.h"
#include "runtime.h"
#include "stream.h"
#include "vm_raise.h"
#include "../hal/hal.h"
#include "../hal/hal_board.h"

#define TB_LIMIT 1000          // sys.tracebacklimit's default
#define TB_RECURSIVE_CUTOFF 3  // identical entries shown before folding
#define MAX_CHAIN 32           // exceptions followed through __cause__/__context__

// An entry made by the VM knows its code object and globals (for NameError
// suggestions); one made through traceback_add knows names only.
typedef struct {
    Obj base;
    Value next;        // traceback or VAL_NULL
    Value a;           // code object (from_vm) or file name
    Value b;           // globals dict (from_vm) or function name
    uint32_t line;
    uint8_t from_vm;
} TracebackObj;

static bool is_tb(Value v) { return is_type(v, &traceback_type); }

static Value tb_filename(const TracebackObj *tb) {
    return tb->from_vm ? ((const CodeObj *)VAL_OBJ(tb->a))->filename : tb->a;
}

static Value tb_name(const TracebackObj *tb) {
    return tb->from_vm ? ((const CodeObj *)VAL_OBJ(tb->a))->name : tb->b;
}

static void tb_push(Value exc, Value a, Value b, uint32_t line, bool from_vm) {
    ExcObj *e = exc_get(exc);
    // Never raise here (this runs while unwinding, maybe for MemoryError).
    TracebackObj *tb = (TracebackObj *)gc_alloc_noraise(sizeof(TracebackObj), false);
    if (tb == NULL) {
        return;
    }
    tb->base.type = &traceback_type;
    tb->next = is_tb(e->traceback) ? e->traceback : VAL_NULL;
    tb->a = a;
    tb->b = b;
    tb->line = line;
    tb->from_vm = from_vm;
    e->traceback = OBJ_VAL(tb);
}

void traceback_add(Value exc, Value filename, uint32_t line, Value funcname) {
    tb_push(exc, filename, funcname, line, false);
}

void traceback_add_frame(Value exc, const CodeObj *code, Value globals, uint32_t line) {
    tb_push(exc, OBJ_VAL(code), globals, line, true);
}

bool traceback_innermost(Value exc, Value *filename, uint32_t *line) {
    Value v = exc_get(exc)->traceback;
    if (!is_tb(v)) {
        return false;
    }
    const TracebackObj *tb = (const TracebackObj *)VAL_OBJ(v);
    while (is_tb(tb->next)) {
        tb = (const TracebackObj *)VAL_OBJ(tb->next);
    }
    *filename = tb_filename(tb);
    *line = tb->line;
    return true;
}

void traceback_init(void) {}

static Value tb_getattr(Value self, Value name) {
    TracebackObj *tb = (TracebackObj *)VAL_OBJ(self);
    if (name == NAME(tb_next)) {
        return tb->next != VAL_NULL ? tb->next : VAL_NONE;
    }
    if (name == NAME(tb_lineno)) {
        return val_from_small_int((intptr_t)tb->line);
    }
    if (name == NAME(tb_lasti)) {
        return val_from_small_int(0);
    }
    if (name == NAME(tb_frame)) {
        return VAL_NONE;
    }
    return VAL_NULL;
}

static bool tb_setattr(Value self, Value name, Value value) {
    TracebackObj *tb = (TracebackObj *)VAL_OBJ(self);
    if (name == NAME(tb_next) && value != VAL_NULL) {
        if (value != VAL_NONE && !is_tb(value)) {
            vm_raise(&exc_TypeError_type, "expected traceback object or None, got '%s'",
                     val_type_name(value));
        }
        tb->next = value == VAL_NONE ? VAL_NULL : value;
        return true;
    }
    return false;
}

const Type traceback_type = {
    .base = {&type_type},
    .name = NAME(traceback),
    .base_type = &object_type,
    .getattr = tb_getattr,
    .setattr = tb_setattr,
};

// --- output: a stream, or a list of str pieces --------------------------------

typedef struct {
    Value stream;      // VAL_NULL: collect into `list`
    Value list;
    Vstr cur;
    // "Did you mean" hints: the interpreter's own report prints them, the
    // traceback module does not (CPython 3.11).
    bool suggest;
} TbOut;

static void out_bytes(TbOut *o, const char *s, size_t n) { vstr_add_bytes(&o->cur, s, n); }
static void out_cstr(TbOut *o, const char *s) { vstr_add_cstr(&o->cur, s); }
static void out_str(TbOut *o, Value s) { vstr_add_value_str(&o->cur, s); }

// Ends one piece (one element of traceback.format_exception's list).
static void out_piece(TbOut *o) {
    if (o->cur.len == 0) {
        return;
    }
    if (o->stream != VAL_NULL) {
        stream_write(o->stream, o->cur.buf, o->cur.len);
    } else {
        list_append(o->list, vstr_to_str(&o->cur));
    }
    o->cur.len = 0;
}

// --- source lines ------------------------------------------------------------

// Appends line `lineno` of the file (without its newline) to v.
static bool read_source_line(Value filename, uint32_t lineno, Vstr *v) {
    const char *path = str_cstr(filename);
    if (path[0] == '<' || lineno == 0) {
        return false;
    }
    int h = hal_file_open(path, HAL_O_READ);
    if (h < 0) {
        return false;
    }
    char buf[128];
    uint32_t line = 1;
    bool found = false;
    for (;;) {
        long n = hal_file_read(h, buf, sizeof(buf));
        if (n <= 0) {
            found = line == lineno;
            break;
        }
        for (long i = 0; i < n; i++) {
            char c = buf[i];
            if (line == lineno) {
                if (c == '\n') {
                    found = true;
                    break;
                }
                if (v->len < 4000) {
                    vstr_add_byte(v, c);
                }
            } else if (c == '\n') {
                line++;
            }
        }
        if (found) {
            break;
        }
    }
    hal_file_close(h);
    if (found && v->len > 0 && v->buf[v->len - 1] == '\r') {
        v->len--;
    }
    return found;
}

static void print_source_line(TbOut *o, Value filename, uint32_t lineno) {
    Vstr line;
    vstr_init(&line, 80);
    if (!read_source_line(filename, lineno, &line)) {
        return;
    }
    size_t i = 0;
    while (i < line.len && (line.buf[i] == ' ' || line.buf[i] == '\t' || line.buf[i] == '\f')) {
        i++;
    }
    if (i == line.len) {
        return;
    }
    out_cstr(o, "    ");
    out_bytes(o, line.buf + i, line.len - i);
    out_cstr(o, "\n");
}

// --- the traceback block -------------------------------------------------------

static void print_repeated(TbOut *o, size_t cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    Vstr *v = &o->cur;
    vstr_printf(v, "  [Previous line repeated %zu more time%s]\n", cnt, cnt > 1 ? "s" : "");
    out_piece(o);
}

static void print_tb(TbOut *o, Value tbv) {
    size_t depth = 0;
    for (Value t = tbv; is_tb(t); t = ((TracebackObj *)VAL_OBJ(t))->next) {
        depth++;
    }
    while (depth > TB_LIMIT) {
        depth--;
        tbv = ((TracebackObj *)VAL_OBJ(tbv))->next;
    }
    out_cstr(o, "Traceback (most recent call last):\n");
    out_piece(o);
    Value last_file = VAL_NULL, last_name = VAL_NULL;
    uint32_t last_line = 0;
    size_t cnt = 0;
    for (Value t = tbv; is_tb(t); t = ((TracebackObj *)VAL_OBJ(t))->next) {
        TracebackObj *tb = (TracebackObj *)VAL_OBJ(t);
        Value file = tb_filename(tb), name = tb_name(tb);
        if (last_file == VAL_NULL || !str_equal(file, last_file) || tb->line != last_line ||
            !str_equal(name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                print_repeated(o, cnt);
            }
            last_file = file;
            last_line = tb->line;
            last_name = name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) {
            vstr_printf(&o->cur, "  File \"%S\", line %u, in %S\n", file, (unsigned)tb->line, name);
            if (!hal_board_mode()) {   // CircuitPython shows no source lines
                print_source_line(o, file, tb->line);
            }
            out_piece(o);
        }
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        print_repeated(o, cnt);
    }
}

// --- SyntaxError's location lines -------------------------------------------------

static intptr_t int_attr(Value exc, Value name, intptr_t dflt) {
    Value v = obj_getattr_opt(exc, name);
    if (v == VAL_NULL || v == VAL_NONE || !val_is_small_int(v)) {
        return dflt;
    }
    return val_small_int(v);
}

static void print_error_text(TbOut *o, intptr_t offset, intptr_t end_offset, Value text) {
    size_t carets = (end_offset > 0 && end_offset > offset) ? (size_t)(end_offset - offset) : 1;
    const char *s = str_cstr(text);
    offset--;
    while (*s == ' ' || *s == '\t' || *s == '\f') {
        s++;
        offset--;
    }
    intptr_t len = (intptr_t)strlen(s);
    if (len > 0 && s[len - 1] == '\n') {
        len--;
    }
    if (offset > len) {
        offset = len;
    }
    for (;;) {
        const char *nl = strchr(s, '\n');
        if (nl == NULL) {
            break;
        }
        intptr_t inl = nl - s;
        if (inl >= offset) {
            break;
        }
        inl += 1;
        s += inl;
        len -= inl;
        offset -= inl;
    }
    out_cstr(o, "    ");
    out_cstr(o, s);
    if (s[len] != '\n') {
        out_cstr(o, "\n");
    }
    out_piece(o);
    if (offset < 0) {
        return;
    }
    out_cstr(o, "    ");
    while (--offset >= 0) {
        out_cstr(o, " ");
    }
    for (size_t i = 0; i < carets; i++) {
        out_cstr(o, "^");
    }
    out_cstr(o, "\n");
    out_piece(o);
}

// Prints the File/text/caret lines; returns the msg to print after the type.
static Value print_syntax_error(TbOut *o, Value exc) {
    Value msg = obj_getattr_opt(exc, NAME(msg));
    if (msg == VAL_NULL) {
        return VAL_NULL;
    }
    Value filename = obj_getattr_opt(exc, NAME(filename));
    if (filename == VAL_NULL || filename == VAL_NONE) {
        filename = NAME(lt_string);
    }
    intptr_t lineno = int_attr(exc, NAME(lineno), 0);
    intptr_t offset = int_attr(exc, NAME(offset), -1);
    intptr_t end_lineno = lineno, end_offset = -1;
    if (type_of(exc) == &exc_SyntaxError_type) {
        end_lineno = int_attr(exc, NAME(end_lineno), lineno);
        end_offset = int_attr(exc, NAME(end_offset), -1);
    }
    Value text = obj_getattr_opt(exc, NAME(text));
    vstr_printf(&o->cur, "  File \"%S\", line %d\n", filename, (int)lineno);
    out_piece(o);
    if (text != VAL_NULL && val_is_str(text)) {
        intptr_t size = (intptr_t)str_len_bytes(text);
        if (end_lineno > lineno) {
            end_offset = size;
        }
        if (end_offset > size + 1) {
            end_offset = size + 1;
        }
        print_error_text(o, offset, end_offset, text);
    }
    return msg;
}

// --- "Did you mean" (CPython 3.11's suggestions.c) ----------------------------------

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_LEN 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t subst_cost(char a, char b) {
    if ((a & 31) != (b & 31)) {
        return MOVE_COST;
    }
    if (a == b) {
        return 0;
    }
    if (a >= 'A' && a <= 'Z') {
        a = (char)(a + ('a' - 'A'));
    }
    if (b >= 'A' && b <= 'Z') {
        b = (char)(b + ('a' - 'A'));
    }
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    size_t buffer[SUGGEST_MAX_LEN];
    if (a == b) {
        return 0;
    }
    while (an && bn && a[0] == b[0]) {
        a++;
        an--;
        b++;
        bn--;
    }
    while (an && bn && a[an - 1] == b[bn - 1]) {
        an--;
        bn--;
    }
    if (an == 0 || bn == 0) {
        return (an + bn) * MOVE_COST;
    }
    if (an > SUGGEST_MAX_LEN || bn > SUGGEST_MAX_LEN) {
        return max_cost + 1;
    }
    if (bn < an) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + subst_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) {
                minimum = result;
            }
        }
        if (minimum > max_cost) {
            return max_cost + 1;
        }
    }
    return result;
}

typedef struct {
    Value name;
    Value best;
    size_t dist;
} Suggest;

static void suggest_item(Suggest *s, Value item) {
    if (!val_is_str(item) || str_equal(item, s->name)) {
        return;
    }
    size_t nn = str_len_bytes(s->name), in = str_len_bytes(item);
    size_t max_d = (nn + in + 3) * MOVE_COST / 6;
    if (s->best != VAL_NULL) {
        if (s->dist == 0) {
            return;
        }
        if (s->dist - 1 < max_d) {
            max_d = s->dist - 1;
        }
    }
    size_t d = levenshtein(str_cstr(s->name), nn, str_cstr(item), in, max_d);
    if (d > max_d) {
        return;
    }
    if (s->best == VAL_NULL || d < s->dist) {
        s->best = item;
        s->dist = d;
    }
}

// The best match for s->name among the items of a list/tuple/dict's keys.
static Value suggest_from(Value name, Value seq) {
    Suggest s = {name, VAL_NULL, 0};
    if (is_type(seq, &dict_type)) {
        if (dict_len(seq) >= SUGGEST_MAX_ITEMS) {
            return VAL_NULL;
        }
        Value k, v;
        for (size_t pos = 0; dict_next(seq, &pos, &k, &v);) {
            suggest_item(&s, k);
        }
        return s.best;
    }
    size_t n;
    Value *items;
    if (!obj_get_array(seq, &n, &items) || n >= SUGGEST_MAX_ITEMS) {
        return VAL_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        suggest_item(&s, items[i]);
    }
    return s.best;
}

static Value suggest_builtin(Value name) {
    Suggest s = {name, VAL_NULL, 0};
    Value d = vm_builtins_dict();
    Value k, v;
    for (size_t pos = 0; dict_next(d, &pos, &k, &v);) {
        suggest_item(&s, k);
    }
    for (size_t i = 0; i < module_builtins.nglobals; i++) {
        if (dict_get(d, module_builtins.globals[i].name) == VAL_NULL) {
            suggest_item(&s, module_builtins.globals[i].name);
        }
    }
    return s.best;
}

static Value suggestion_for(Value exc) {
    const Type *t = type_of(exc);
    if (t != &exc_NameError_type && t != &exc_AttributeError_type) {
        return VAL_NULL;
    }
    Value name = obj_getattr_opt(exc, NAME(name));
    if (name == VAL_NULL || !val_is_str(name)) {
        return VAL_NULL;
    }
    if (t == &exc_AttributeError_type) {
        Value obj = obj_getattr_opt(exc, NAME(obj));
        if (obj == VAL_NULL) {
            return VAL_NULL;
        }
        return suggest_from(name, obj_call1(vm_lookup_builtin(NAME(dir)), obj));
    }
    Value tbv = exc_get(exc)->traceback;
    if (!is_tb(tbv)) {
        return VAL_NULL;
    }
    TracebackObj *tb = (TracebackObj *)VAL_OBJ(tbv);
    while (is_tb(tb->next)) {
        tb = (TracebackObj *)VAL_OBJ(tb->next);
    }
    if (!tb->from_vm) {
        return VAL_NULL;
    }
    Value r = suggest_from(name, ((const CodeObj *)VAL_OBJ(tb->a))->varnames);
    if (r == VAL_NULL && is_type(tb->b, &dict_type)) {
        r = suggest_from(name, tb->b);
    }
    if (r == VAL_NULL) {
        r = suggest_builtin(name);
    }
    return r;
}

// --- one exception ------------------------------------------------------------------

static void print_type_name(TbOut *o, const Type *t) {
    Value tv = OBJ_VAL(t);
    volatile Value mod = VAL_NULL, qn = VAL_NULL;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        mod = obj_getattr_opt(tv, NAME(__module__));
        qn = obj_getattr_opt(tv, NAME(__qualname__));
        nlr_pop();
    }
    if (mod != VAL_NULL && val_is_str(mod) && !str_equal(mod, NAME(builtins)) &&
        !str_equal(mod, NAME(__main__))) {
        out_str(o, mod);
        out_cstr(o, ".");
    }
    if (qn != VAL_NULL && val_is_str(qn)) {
        out_str(o, qn);
    } else {
        out_cstr(o, type_name_cstr(t));
    }
}

static void print_one(TbOut *o, Value exc) {
    ExcObj *e = exc_get(exc);
    if (is_tb(e->traceback)) {
        print_tb(o, e->traceback);
    }
    Value value = exc;
    if (obj_isinstance(exc, &exc_SyntaxError_type)) {
        volatile Value msg = VAL_NULL;
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            msg = print_syntax_error(o, exc);
            nlr_pop();
        }
        if (msg != VAL_NULL) {
            value = msg;
        }
    }
    print_type_name(o, type_of(exc));
    volatile Value s = VAL_NULL;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        s = obj_str(value);
        nlr_pop();
    }
    if (s == VAL_NULL) {
        out_cstr(o, ": <exception str() failed>");
    } else if (str_len_bytes(s) != 0 || hal_board_mode()) {   // CircuitPython: "KeyboardInterrupt: "
        out_cstr(o, ": ");
        out_str(o, s);
    }
    volatile Value sug = VAL_NULL;
    if (o->suggest && nlr_push(&nb) == 0) {
        sug = suggestion_for(exc);
        nlr_pop();
    }
    if (sug != VAL_NULL) {
        out_cstr(o, ". Did you mean: '");
        out_str(o, sug);
        out_cstr(o, "'?");
    }
    out_cstr(o, "\n");
    out_piece(o);
}

typedef struct {
    Value items[MAX_CHAIN];
    size_t n;
} Seen;

static bool seen_has(const Seen *s, Value v) {
    for (size_t i = 0; i < s->n; i++) {
        if (s->items[i] == v) {
            return true;
        }
    }
    return false;
}

static void print_recursive(TbOut *o, Value exc, Seen *seen) {
    if (seen->n < MAX_CHAIN) {
        seen->items[seen->n++] = exc;
        ExcObj *e = exc_get(exc);
        Value cause = e->cause, context = e->context;
        if (cause != VAL_NULL && cause != VAL_NONE && !seen_has(seen, cause)) {
            print_recursive(o, cause, seen);
            out_cstr(o, "\nThe above exception was the direct cause of the following exception:\n\n");
            out_piece(o);
        } else if (context != VAL_NULL && context != VAL_NONE && !e->suppress_context &&
                   !seen_has(seen, context)) {
            print_recursive(o, context, seen);
            out_cstr(o, "\nDuring handling of the above exception, another exception occurred:\n\n");
            out_piece(o);
        }
    }
    print_one(o, exc);
}

static void print_to(TbOut *o, Value exc) {
    vstr_init(&o->cur, 128);
    if (!obj_isinstance(exc, &exc_BaseException_type)) {
        vstr_printf(&o->cur, "TypeError: print_exception(): Exception expected for value, %s found\n",
                    val_type_name(exc));
        out_piece(o);
        return;
    }
    Seen seen;
    seen.n = 0;
    print_recursive(o, exc, &seen);
}

void vm_print_exception(Value exc, Value file) {
    TbOut o;
    o.stream = file == VAL_NULL || file == VAL_NONE ? stream_stderr() : file;
    o.list = VAL_NULL;
    o.suggest = true;
    stream_flush(stream_stdout());
    print_to(&o, exc);
    stream_flush(o.stream);
}

Value traceback_format(Value exc) {
    TbOut o;
    o.stream = VAL_NULL;
    o.list = list_new_empty();
    o.suggest = false;
    print_to(&o, exc);
    return o.list;
}
