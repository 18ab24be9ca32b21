// The re module as CPython 3.11 has it for what CircuitPython programs use:
// compile/match/search/fullmatch/sub/subn/split/findall/finditer/escape/
// purge, the re.Pattern and re.Match types, re.error and the RegexFlag
// constants. Patterns compile (re_compile.c) to a program run by a
// backtracking matcher (re_exec.c); this file turns subjects into what the
// matcher reads, runs the findall/sub/split loops with CPython's rule for
// empty matches, and builds the Python objects. Compiled patterns are kept
// in a small LRU cache keyed by (type, pattern, flags), as re._compile does.
// re.error and RegexFlag are small Python classes run at import
// (lib/_module_halves/re.py, frozen), so their messages and reprs are
// CPython's own code.
#include <string.h>
#include "re_int.h"
#include "gc.h"
#include "mods.h"
#include "module_table.h"
#include "obj_str.h"
#include "print.h"
#include "utf8.h"
#include "vm_raise.h"

#define RE_CACHE_SIZE 32

typedef struct {
    Obj base;
    Value pattern;      // the str or bytes given
    Value groupindex;   // dict name -> group number
    Value indexgroup;   // tuple group number -> name (or None)
    ReProg *prog;
    uint32_t flags;
    bool is_bytes;
} PatternObj;

typedef struct {
    Obj base;
    Value pattern;      // the PatternObj
    Value string;
    intptr_t pos, endpos;
    intptr_t lastindex;
    uint32_t ngroups;
    intptr_t *marks;    // 2 * (ngroups + 1) positions, -1 when unset
} MatchObj;

// A subject prepared for the matcher: the object and how to read it.
typedef struct {
    ReSubject s;
    Value string;
} Subj;

typedef struct {
    Obj base;
    Value pattern;
    Subj sj;
    intptr_t pos0, pos, endpos;
    bool must_advance, done;
} ScanObj;

extern const Type re_pattern_type, re_match_type, re_scanner_type;

_Noreturn void re_raise_error(Value msg, Value pattern, intptr_t pos) {
    Value cls = mods_roots[MODS_RE_ERROR];
    if (pos < 0) {
        vm_raise_obj(obj_call(cls, 1, &msg, VAL_NULL));
    }
    Value args[3] = {msg, pattern, val_from_small_int(pos)};
    vm_raise_obj(obj_call(cls, 3, args, VAL_NULL));
}

// --- subjects -----------------------------------------------------------------------

static void subj_init(Subj *sj, Value string, bool pattern_bytes) {
    memset(sj, 0, sizeof(*sj));
    sj->string = string;
    StrObj *so = str_get(string);
    if (so != NULL) {
        if (pattern_bytes) {
            vm_raise(&exc_TypeError_type, "cannot use a bytes pattern on a string-like object");
        }
        sj->s.is_str = true;
        if (str_is_ascii(so)) {
            sj->s.b = (const uint8_t *)so->data;
            sj->s.len = so->len;
        } else {
            sj->s.w = re_decode_str(string, &sj->s.len);
        }
        return;
    }
    const uint8_t *d;
    size_t n;
    if (!obj_get_buffer(string, &d, &n)) {
        vm_raise(&exc_TypeError_type, "expected string or bytes-like object, got '%s'",
                 type_name_cstr(type_of(string)));
    }
    if (!pattern_bytes) {
        vm_raise(&exc_TypeError_type, "cannot use a string pattern on a bytes-like object");
    }
    BytesObj *bo = bytes_get(string);
    if (bo == NULL || bytes_is_bytearray(bo)) {
        // A mutable buffer could change under a sub() callback: match a copy.
        uint8_t *copy = (uint8_t *)gc_alloc(n + 1, true);
        memcpy(copy, d, n);
        d = copy;
    }
    sj->s.b = d;
    sj->s.len = n;
}

// Appends subject characters [from, to) to a buffer (UTF-8 for strs).
static void subj_append(Vstr *out, const ReSubject *s, intptr_t from, intptr_t to) {
    if (s->w == NULL) {
        vstr_add_bytes(out, (const char *)s->b + from, (size_t)(to - from));
        return;
    }
    for (intptr_t i = from; i < to; i++) {
        vstr_add_codepoint(out, s->w[i]);
    }
}

static Value subj_empty(bool is_str) {
    return is_str ? str_empty() : bytes_new((const uint8_t *)"", 0);
}

// string[from:to] of the object a match was made on (a str, or bytes).
static Value string_slice(Value string, intptr_t from, intptr_t to) {
    StrObj *so = str_get(string);
    if (so != NULL) {
        if (str_is_ascii(so)) {
            return str_new_len(so->data + from, (size_t)(to - from), (size_t)(to - from));
        }
        size_t b0 = str_char_offset(so, (size_t)from);
        size_t b1 = str_char_offset(so, (size_t)to);
        return str_new_len(so->data + b0, b1 - b0, (size_t)(to - from));
    }
    const uint8_t *d;
    size_t n;
    obj_get_buffer(string, &d, &n);
    if ((size_t)to > n) {
        to = (intptr_t)n;
    }
    if (from > to) {
        from = to;
    }
    return bytes_new(d + from, (size_t)(to - from));
}

// pos/endpos arguments clipped to [0, len] as CPython's state_init does.
static intptr_t clip_index(Value v, intptr_t dflt, size_t len) {
    intptr_t i = v == VAL_NULL ? dflt : obj_index(v);
    if (i < 0) {
        return 0;
    }
    return (size_t)i > len ? (intptr_t)len : i;
}

// --- compiling and the cache ------------------------------------------------------------

static PatternObj *pat(Value v) { return (PatternObj *)VAL_OBJ(v); }

static uint32_t flags_arg(Value v) {
    if (v == VAL_NULL) {
        return 0;
    }
    Value i = int_coerce(obj_native(v));
    if (i == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "unsupported operand type(s) for &: '%s' and 'RegexFlag'",
                 type_name_cstr(type_of(v)));
    }
    int64_t f;
    if (!int_to_i64(i, &f)) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C int");
    }
    return (uint32_t)f;
}

static bool same_pattern(Value a, Value b) {
    if (type_of(a) != type_of(b)) {
        return false;
    }
    StrObj *sa = str_get(a);
    if (sa != NULL) {
        return str_equal(obj_native(a), obj_native(b));
    }
    const uint8_t *da, *db;
    size_t na, nb;
    obj_get_buffer(a, &da, &na);
    obj_get_buffer(b, &db, &nb);
    return na == nb && memcmp(da, db, na) == 0;
}

static Value pattern_new(Value pattern, uint32_t flags) {
    bool is_bytes;
    const uint8_t *d = NULL;
    size_t n = 0;
    if (str_get(pattern) != NULL) {
        is_bytes = false;
    } else if (bytes_get(pattern) != NULL && !bytes_is_bytearray(bytes_get(pattern))) {
        is_bytes = true;
        obj_get_buffer(pattern, &d, &n);
    } else {
        vm_raise(&exc_TypeError_type, "first argument must be string or compiled pattern");
    }
    ReCompiled rc;
    re_compile_pattern(pattern, is_bytes, d, n, flags, &rc);
    PatternObj *p = (PatternObj *)gc_alloc_obj(sizeof(PatternObj), &re_pattern_type);
    p->pattern = pattern;
    p->groupindex = rc.groupindex;
    p->indexgroup = rc.indexgroup;
    p->prog = rc.prog;
    p->flags = rc.flags;
    p->is_bytes = is_bytes;
    return OBJ_VAL(p);
}

static Value re_cache(void) {
    if (mods_roots[MODS_RE_CACHE] == VAL_NULL) {
        mods_roots[MODS_RE_CACHE] = list_new_empty();
    }
    return mods_roots[MODS_RE_CACHE];
}

// re._compile: a Pattern for (pattern, flags), from the cache when it can.
static Value re_get(Value pattern, Value vflags) {
    if (is_type(pattern, &re_pattern_type)) {
        if (flags_arg(vflags) != 0) {
            vm_raise(&exc_ValueError_type, "cannot process flags argument with a compiled pattern");
        }
        return pattern;
    }
    uint32_t flags = flags_arg(vflags);
    if (!is_type(pattern, &str_type) && !is_type(pattern, &bytes_type)) {
        (void)obj_hash(pattern);   // the cache key: TypeError for unhashable patterns, as CPython
    }
    ListObj *cache = val_list(re_cache());
    for (size_t i = cache->len; i-- > 0;) {
        TupleObj *e = val_tuple(cache->items[i]);
        if ((uint32_t)val_small_int(e->items[1]) == flags && same_pattern(e->items[0], pattern)) {
            Value hit = cache->items[i];
            memmove(&cache->items[i], &cache->items[i + 1], (cache->len - i - 1) * sizeof(Value));
            cache->items[cache->len - 1] = hit;
            return e->items[2];
        }
    }
    Value p = pattern_new(pattern, flags);
    if (cache->len >= RE_CACHE_SIZE) {
        memmove(&cache->items[0], &cache->items[1], (cache->len - 1) * sizeof(Value));
        cache->len--;
    }
    Value entry[3] = {pattern, val_from_small_int(flags), p};
    list_append(OBJ_VAL(cache), tuple_new(3, entry));
    return p;
}

// --- Match objects ---------------------------------------------------------------------

static MatchObj *mat(Value v) { return (MatchObj *)VAL_OBJ(v); }

static Value match_new(Value pattern, const Subj *sj, intptr_t pos, intptr_t endpos,
                       const intptr_t *regs) {
    uint32_t ng = pat(pattern)->prog->ngroups;
    MatchObj *m = (MatchObj *)gc_alloc_obj(sizeof(MatchObj), &re_match_type);
    m->pattern = pattern;
    m->string = sj->string;
    m->pos = pos;
    m->endpos = endpos;
    m->ngroups = ng;
    m->marks = (intptr_t *)gc_alloc(2 * (ng + 1) * sizeof(intptr_t), true);
    for (uint32_t i = 0; i < 2 * (ng + 1); i++) {
        m->marks[i] = regs[i];
    }
    m->lastindex = regs[2 * (ng + 1)];
    return OBJ_VAL(m);
}

// The group number for a group argument (int or name); IndexError if none.
static uint32_t match_index(MatchObj *m, Value g) {
    Value i = int_coerce(g);
    if (i == VAL_NULL && str_get(g) != NULL) {
        i = dict_get(pat(m->pattern)->groupindex, obj_native(g));
    }
    int64_t k;
    if (i == VAL_NULL || !int_to_i64(i, &k) || k < 0 || k > (int64_t)m->ngroups) {
        vm_raise(&exc_IndexError_type, "no such group");
    }
    return (uint32_t)k;
}

static Value match_group_value(MatchObj *m, uint32_t g, Value dflt) {
    intptr_t s = m->marks[2 * g], e = m->marks[2 * g + 1];
    if (s < 0 || e < 0) {
        return dflt;
    }
    return string_slice(m->string, s, e);
}

static Value match_group(size_t nargs, const Value *args) {
    MatchObj *m = mat(args[0]);
    if (nargs == 1) {
        return match_group_value(m, 0, VAL_NONE);
    }
    if (nargs == 2) {
        return match_group_value(m, match_index(m, args[1]), VAL_NONE);
    }
    Value t = tuple_new(nargs - 1, NULL);
    for (size_t i = 1; i < nargs; i++) {
        val_tuple(t)->items[i - 1] = match_group_value(m, match_index(m, args[i]), VAL_NONE);
    }
    return t;
}

static Value match_groups(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {{NAME(default), false, false, VAL_NULL}};
    Value dflt;
    args_parse("groups", nargs - 1, args + 1, kwnames, 1, spec, &dflt);
    MatchObj *m = mat(args[0]);
    Value t = tuple_new(m->ngroups, NULL);
    for (uint32_t g = 1; g <= m->ngroups; g++) {
        val_tuple(t)->items[g - 1] = match_group_value(m, g, dflt == VAL_NULL ? VAL_NONE : dflt);
    }
    return t;
}

static Value match_groupdict(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {{NAME(default), false, false, VAL_NULL}};
    Value dflt;
    args_parse("groupdict", nargs - 1, args + 1, kwnames, 1, spec, &dflt);
    MatchObj *m = mat(args[0]);
    Value d = dict_new();
    Value k, v;
    for (size_t i = 0; dict_next(pat(m->pattern)->groupindex, &i, &k, &v);) {
        dict_set(d, k,
                 match_group_value(m, (uint32_t)val_small_int(v), dflt == VAL_NULL ? VAL_NONE : dflt));
    }
    return d;
}

static uint32_t group_arg(MatchObj *m, size_t nargs, const Value *args) {
    return nargs > 1 ? match_index(m, args[1]) : 0;
}

static Value match_start(size_t nargs, const Value *args) {
    MatchObj *m = mat(args[0]);
    return val_from_small_int(m->marks[2 * group_arg(m, nargs, args)]);
}

static Value match_end(size_t nargs, const Value *args) {
    MatchObj *m = mat(args[0]);
    return val_from_small_int(m->marks[2 * group_arg(m, nargs, args) + 1]);
}

static Value span_tuple(intptr_t s, intptr_t e) {
    Value items[2] = {val_from_small_int(s), val_from_small_int(e)};
    return tuple_new(2, items);
}

static Value match_span(size_t nargs, const Value *args) {
    MatchObj *m = mat(args[0]);
    uint32_t g = group_arg(m, nargs, args);
    return span_tuple(m->marks[2 * g], m->marks[2 * g + 1]);
}

// Appends the expansion of template t for a match with capture slots marks.
static void template_expand(Vstr *out, const ReTemplate *t, const ReSubject *s,
                            const intptr_t *marks) {
    for (size_t i = 0; i < t->nops; i++) {
        const intptr_t *op = t->ops + 3 * i;
        if (op[0] == 0) {
            vstr_add_bytes(out, t->lit.buf + op[1], (size_t)op[2]);
        } else {
            intptr_t a = marks[2 * op[1]], b = marks[2 * op[1] + 1];
            if (a >= 0 && b >= 0) {
                subj_append(out, s, a, b);
            }
        }
    }
}

static bool has_backslash(const uint8_t *d, size_t n) { return memchr(d, '\\', n) != NULL; }

// The text of a template argument: false if it is neither str nor bytes-like.
static bool template_text(Value v, bool *is_bytes, const uint8_t **d, size_t *n) {
    StrObj *so = str_get(v);
    if (so != NULL) {
        *is_bytes = false;
        *d = (const uint8_t *)so->data;
        *n = so->len;
        return true;
    }
    *is_bytes = true;
    return obj_get_buffer(v, d, n);
}

static Value vstr_result(Vstr *v, bool is_str) { return is_str ? vstr_to_str(v) : vstr_to_bytes(v); }

static _Noreturn void join_type_error(size_t item, bool is_str, Value bad) {
    if (is_str) {
        vm_raise(&exc_TypeError_type, "sequence item %zu: expected str instance, %s found", item,
                 type_name_cstr(type_of(bad)));
    }
    vm_raise(&exc_TypeError_type, "sequence item %zu: expected a bytes-like object, %s found",
             item, type_name_cstr(type_of(bad)));
}

static Value match_expand(size_t nargs, const Value *args) {
    (void)nargs;
    MatchObj *m = mat(args[0]);
    PatternObj *p = pat(m->pattern);
    bool tb;
    const uint8_t *d;
    size_t n;
    if (!template_text(args[1], &tb, &d, &n)) {
        vm_raise(&exc_TypeError_type, "decoding to str: need a bytes-like object, %s found",
                 type_name_cstr(type_of(args[1])));
    }
    ReTemplate t;
    re_parse_template(args[1], tb, d, n, p->prog->ngroups, p->groupindex, &t);
    Subj sj;
    subj_init(&sj, m->string, p->is_bytes);
    if (tb == sj.s.is_str && t.nops > 0) {
        join_type_error(0, sj.s.is_str, args[1]);
    }
    Vstr out;
    vstr_init(&out, 32);
    template_expand(&out, &t, &sj.s, m->marks);
    return vstr_result(&out, sj.s.is_str);
}

static Value self_copy(size_t nargs, const Value *args) {
    (void)nargs;
    return args[0];
}

static Value match_getattr(Value self, Value name) {
    MatchObj *m = mat(self);
    if (name == NAME(pos)) {
        return val_from_small_int(m->pos);
    }
    if (name == NAME(endpos)) {
        return val_from_small_int(m->endpos);
    }
    if (name == NAME(lastindex)) {
        return m->lastindex < 0 ? VAL_NONE : val_from_small_int(m->lastindex);
    }
    if (name == NAME(lastgroup)) {
        if (m->lastindex < 0) {
            return VAL_NONE;
        }
        Value n = val_tuple(pat(m->pattern)->indexgroup)->items[m->lastindex];
        return n;
    }
    if (name == NAME(re)) {
        return m->pattern;
    }
    if (name == NAME(string)) {
        return m->string;
    }
    if (name == NAME(regs)) {
        Value t = tuple_new(m->ngroups + 1, NULL);
        for (uint32_t g = 0; g <= m->ngroups; g++) {
            val_tuple(t)->items[g] = span_tuple(m->marks[2 * g], m->marks[2 * g + 1]);
        }
        return t;
    }
    return VAL_NULL;
}

static Value match_subscr(Value self, Value index, Value value) {
    if (value != VAL_NULL) {
        return VAL_NULL;
    }
    MatchObj *m = mat(self);
    return match_group_value(m, match_index(m, index), VAL_NONE);
}

// repr() truncated to `max` code points, as CPython's %.<max>R.
static void add_repr_trunc(Vstr *v, Value obj, size_t max) {
    Value r = obj_repr(obj);
    StrObj *so = str_get(r);
    if (so->charlen <= max) {
        vstr_add_bytes(v, so->data, so->len);
    } else {
        vstr_add_bytes(v, so->data, str_char_offset(so, max));
    }
}

static Value match_repr(Value self) {
    MatchObj *m = mat(self);
    Vstr v;
    vstr_init(&v, 64);
    vstr_printf(&v, "<re.Match object; span=(%ld, %ld), match=", (long)m->marks[0],
                (long)m->marks[1]);
    add_repr_trunc(&v, match_group_value(m, 0, VAL_NONE), 50);
    vstr_add_byte(&v, '>');
    return vstr_to_str(&v);
}

// --- Pattern objects: matching --------------------------------------------------------

// Runs a match/search/fullmatch of pattern p on string[pos:endpos].
static Value pattern_run(Value pv, Value string, Value vpos, Value vend, int mode) {
    PatternObj *p = pat(pv);
    Subj sj;
    subj_init(&sj, string, p->is_bytes);
    intptr_t pos = clip_index(vpos, 0, sj.s.len);
    intptr_t end = clip_index(vend, (intptr_t)sj.s.len, sj.s.len);
    intptr_t local[32];
    intptr_t *regs = p->prog->nregs <= 32 ? local : (intptr_t *)gc_alloc(p->prog->nregs * sizeof(intptr_t), true);
    if (!re_exec(p->prog, &sj.s, pos, end, mode, false, regs)) {
        return VAL_NONE;
    }
    return match_new(pv, &sj, pos, end, regs);
}

static intptr_t *regs_for(const PatternObj *p) {
    return (intptr_t *)gc_alloc(p->prog->nregs * sizeof(intptr_t), true);
}

static Value do_findall(Value pv, Value string, Value vpos, Value vend) {
    PatternObj *p = pat(pv);
    Subj sj;
    subj_init(&sj, string, p->is_bytes);
    intptr_t pos = clip_index(vpos, 0, sj.s.len);
    intptr_t end = clip_index(vend, (intptr_t)sj.s.len, sj.s.len);
    intptr_t *regs = regs_for(p);
    uint32_t ng = p->prog->ngroups;
    Value list = list_new_empty();
    Value empty = subj_empty(sj.s.is_str);
    bool must_advance = false;
    while (pos <= end && re_exec(p->prog, &sj.s, pos, end, RE_MODE_SEARCH, must_advance, regs)) {
        Value item;
        if (ng == 0) {
            item = string_slice(string, regs[0], regs[1]);
        } else if (ng == 1) {
            item = regs[2] >= 0 && regs[3] >= 0 ? string_slice(string, regs[2], regs[3]) : empty;
        } else {
            item = tuple_new(ng, NULL);
            for (uint32_t g = 1; g <= ng; g++) {
                intptr_t a = regs[2 * g], b = regs[2 * g + 1];
                val_tuple(item)->items[g - 1] = a >= 0 && b >= 0 ? string_slice(string, a, b) : empty;
            }
        }
        list_append(list, item);
        must_advance = regs[1] == regs[0];
        pos = regs[1];
    }
    return list;
}

static Value do_finditer(Value pv, Value string, Value vpos, Value vend) {
    PatternObj *p = pat(pv);
    ScanObj *it = (ScanObj *)gc_alloc_obj(sizeof(ScanObj), &re_scanner_type);
    it->pattern = pv;
    subj_init(&it->sj, string, p->is_bytes);
    it->pos = it->pos0 = clip_index(vpos, 0, it->sj.s.len);
    it->endpos = clip_index(vend, (intptr_t)it->sj.s.len, it->sj.s.len);
    return OBJ_VAL(it);
}

static Value scanner_next(Value self) {
    ScanObj *it = (ScanObj *)VAL_OBJ(self);
    if (it->done) {
        return VAL_NULL;
    }
    PatternObj *p = pat(it->pattern);
    intptr_t *regs = regs_for(p);
    if (it->pos > it->endpos ||
        !re_exec(p->prog, &it->sj.s, it->pos, it->endpos, RE_MODE_SEARCH, it->must_advance, regs)) {
        it->done = true;
        return VAL_NULL;
    }
    // Match.pos is the pos given to finditer, as in CPython's scanner.
    Value m = match_new(it->pattern, &it->sj, it->pos0, it->endpos, regs);
    it->must_advance = regs[1] == regs[0];
    it->pos = regs[1];
    return m;
}

// Prepares a str or bytes replacement for sub(); returns whether its type
// matches the subject's (else the first replacement raises TypeError).
static bool sub_template(PatternObj *p, Value repl, bool is_str, ReTemplate *t) {
    bool tb;
    const uint8_t *d;
    size_t n;
    if (!template_text(repl, &tb, &d, &n)) {
        vm_raise(&exc_TypeError_type, "decoding to str: need a bytes-like object, %s found",
                 type_name_cstr(type_of(repl)));
    }
    if (has_backslash(d, n)) {
        re_parse_template(repl, tb, d, n, p->prog->ngroups, p->groupindex, t);
    } else {
        // No escapes: one literal run (CPython's fast path).
        memset(t, 0, sizeof(*t));
        vstr_init(&t->lit, n + 1);
        vstr_add_bytes(&t->lit, (const char *)d, n);
        intptr_t *ops = (intptr_t *)gc_alloc(3 * sizeof(intptr_t), true);
        ops[2] = (intptr_t)n;
        t->ops = ops;
        t->nops = n ? 1 : 0;
    }
    return tb != is_str;
}

static Value do_sub(Value pv, Value repl, Value string, Value vcount, bool want_n) {
    PatternObj *p = pat(pv);
    Subj sj;
    subj_init(&sj, string, p->is_bytes);
    bool is_str = sj.s.is_str;
    intptr_t count = vcount == VAL_NULL ? 0 : obj_index(vcount);
    bool callable = obj_callable(repl);
    ReTemplate t;
    bool tpl_ok = callable || sub_template(p, repl, is_str, &t);
    intptr_t *regs = regs_for(p);
    Vstr out;
    vstr_init(&out, sj.s.len + 16);
    intptr_t len = (intptr_t)sj.s.len, i = 0, pos = 0, nsub = 0;
    size_t items = 0, bad_item = 0;
    Value bad = VAL_NULL;
    bool must_advance = false;
    while ((count == 0 || nsub < count) &&
           re_exec(p->prog, &sj.s, pos, len, RE_MODE_SEARCH, must_advance, regs)) {
        intptr_t b = regs[0], e = regs[1];
        if (i < b) {
            subj_append(&out, &sj.s, i, b);
            items++;
        }
        if (callable) {
            Value r = obj_call1(repl, match_new(pv, &sj, 0, len, regs));
            if (r != VAL_NONE) {
                const uint8_t *d;
                size_t n;
                StrObj *rs = str_get(r);
                if (is_str && rs != NULL) {
                    vstr_add_bytes(&out, rs->data, rs->len);
                } else if (!is_str && rs == NULL && obj_get_buffer(r, &d, &n)) {
                    vstr_add_bytes(&out, (const char *)d, n);
                } else if (bad == VAL_NULL) {
                    bad = r;
                    bad_item = items;
                }
                items++;
            }
        } else {
            if (!tpl_ok) {
                join_type_error(items, is_str, repl);
            }
            template_expand(&out, &t, &sj.s, regs);
            items++;
        }
        i = e;
        nsub++;
        must_advance = e == b;
        pos = e;
    }
    if (bad != VAL_NULL) {
        join_type_error(bad_item, is_str, bad);
    }
    if (i < len) {
        subj_append(&out, &sj.s, i, len);
    }
    Value res = vstr_result(&out, is_str);
    if (!want_n) {
        return res;
    }
    Value pair[2] = {res, val_from_small_int(nsub)};
    return tuple_new(2, pair);
}

static Value do_split(Value pv, Value string, Value vmax) {
    PatternObj *p = pat(pv);
    Subj sj;
    subj_init(&sj, string, p->is_bytes);
    intptr_t maxsplit = vmax == VAL_NULL ? 0 : obj_index(vmax);
    intptr_t *regs = regs_for(p);
    uint32_t ng = p->prog->ngroups;
    intptr_t len = (intptr_t)sj.s.len, last = 0, pos = 0, n = 0;
    Value list = list_new_empty();
    bool must_advance = false;
    while ((maxsplit == 0 || n < maxsplit) &&
           re_exec(p->prog, &sj.s, pos, len, RE_MODE_SEARCH, must_advance, regs)) {
        list_append(list, string_slice(string, last, regs[0]));
        for (uint32_t g = 1; g <= ng; g++) {
            intptr_t a = regs[2 * g], b = regs[2 * g + 1];
            list_append(list, a >= 0 && b >= 0 ? string_slice(string, a, b) : VAL_NONE);
        }
        n++;
        must_advance = regs[1] == regs[0];
        last = pos = regs[1];
    }
    list_append(list, string_slice(string, last, len));
    return list;
}

// --- Pattern methods --------------------------------------------------------------------

static const ArgSpec match_spec[] = {
    {NAME(string), true, false, VAL_NULL},
    {NAME(pos), false, false, VAL_NULL},
    {NAME(endpos), false, false, VAL_NULL},
};

#define PATTERN_MATCHER(cname, pyname, body)                                       \
    static Value cname(size_t nargs, const Value *args, Value kwnames) {           \
        Value a[3];                                                                \
        args_parse(pyname, nargs - 1, args + 1, kwnames, 3, match_spec, a);        \
        Value self = args[0];                                                      \
        body                                                                       \
    }

PATTERN_MATCHER(pattern_match, "match", return pattern_run(self, a[0], a[1], a[2], RE_MODE_MATCH);)
PATTERN_MATCHER(pattern_search, "search", return pattern_run(self, a[0], a[1], a[2], RE_MODE_SEARCH);)
PATTERN_MATCHER(pattern_fullmatch, "fullmatch", return pattern_run(self, a[0], a[1], a[2], RE_MODE_FULL);)
PATTERN_MATCHER(pattern_findall, "findall", return do_findall(self, a[0], a[1], a[2]);)
PATTERN_MATCHER(pattern_finditer, "finditer", return do_finditer(self, a[0], a[1], a[2]);)

static const ArgSpec sub_spec[] = {
    {NAME(repl), true, false, VAL_NULL},
    {NAME(string), true, false, VAL_NULL},
    {NAME(count), false, false, VAL_NULL},
};

static Value pattern_sub(size_t nargs, const Value *args, Value kwnames) {
    Value a[3];
    args_parse("sub", nargs - 1, args + 1, kwnames, 3, sub_spec, a);
    return do_sub(args[0], a[0], a[1], a[2], false);
}

static Value pattern_subn(size_t nargs, const Value *args, Value kwnames) {
    Value a[3];
    args_parse("subn", nargs - 1, args + 1, kwnames, 3, sub_spec, a);
    return do_sub(args[0], a[0], a[1], a[2], true);
}

static Value pattern_split(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(string), true, false, VAL_NULL},
        {NAME(maxsplit), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("split", nargs - 1, args + 1, kwnames, 2, spec, a);
    return do_split(args[0], a[0], a[1]);
}

static Value pattern_getattr(Value self, Value name) {
    PatternObj *p = pat(self);
    if (name == NAME(pattern)) {
        return p->pattern;
    }
    if (name == NAME(flags)) {
        return val_from_small_int(p->flags);
    }
    if (name == NAME(groups)) {
        return val_from_small_int(p->prog->ngroups);
    }
    if (name == NAME(groupindex)) {
        return dict_copy(p->groupindex);
    }
    return VAL_NULL;
}

static Value pattern_repr(Value self) {
    static const struct {
        const char *name;
        uint32_t value;
    } names[] = {
        {"re.TEMPLATE", RE_TEMPLATE}, {"re.IGNORECASE", RE_IGNORECASE}, {"re.LOCALE", RE_LOCALE},
        {"re.MULTILINE", RE_MULTILINE}, {"re.DOTALL", RE_DOTALL}, {"re.UNICODE", RE_UNICODE},
        {"re.VERBOSE", RE_VERBOSE}, {"re.DEBUG", RE_DEBUG}, {"re.ASCII", RE_ASCII},
    };
    PatternObj *p = pat(self);
    uint32_t flags = p->flags;
    if (!p->is_bytes && (flags & (RE_LOCALE | RE_UNICODE | RE_ASCII)) == RE_UNICODE) {
        flags &= ~RE_UNICODE;
    }
    Vstr v;
    vstr_init(&v, 32);
    vstr_add_cstr(&v, "re.compile(");
    add_repr_trunc(&v, p->pattern, 200);
    if (flags) {
        vstr_add_cstr(&v, ", ");
        bool first = true;
        for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
            if (flags & names[i].value) {
                vstr_add_cstr(&v, first ? "" : "|");
                vstr_add_cstr(&v, names[i].name);
                flags &= ~names[i].value;
                first = false;
            }
        }
        if (flags) {
            vstr_printf(&v, "%s0x%x", first ? "" : "|", (unsigned)flags);
        }
    }
    vstr_add_byte(&v, ')');
    return vstr_to_str(&v);
}

static Value pattern_compare(int op, Value a, Value b) {
    if (op != CMP_EQ && op != CMP_NE) {
        return VAL_NOTIMPL;
    }
    if (!is_type(b, &re_pattern_type)) {
        return VAL_NOTIMPL;
    }
    PatternObj *x = pat(a), *y = pat(b);
    bool eq = a == b || (x->flags == y->flags && x->is_bytes == y->is_bytes &&
                         obj_eq(x->pattern, y->pattern));
    return val_bool(eq == (op == CMP_EQ));
}

static Value pattern_hash(Value self) {
    PatternObj *p = pat(self);
    uintptr_t h = obj_hash(p->pattern) ^ ((uintptr_t)p->flags * 1000003u);
    return val_from_small_int((intptr_t)(h >> 2));
}

// --- module functions -------------------------------------------------------------------

static const ArgSpec mod_match_spec[] = {
    {NAME(pattern), true, false, VAL_NULL},
    {NAME(string), true, false, VAL_NULL},
    {NAME(flags), false, false, VAL_NULL},
};

static Value mod_match_common(const char *name, size_t nargs, const Value *args, Value kwnames,
                              int mode) {
    Value a[3];
    args_parse(name, nargs, args, kwnames, 3, mod_match_spec, a);
    Value p = re_get(a[0], a[2]);
    if (mode == 3) {
        return do_findall(p, a[1], VAL_NULL, VAL_NULL);
    }
    if (mode == 4) {
        return do_finditer(p, a[1], VAL_NULL, VAL_NULL);
    }
    return pattern_run(p, a[1], VAL_NULL, VAL_NULL, mode);
}

static Value re_match_fn(size_t nargs, const Value *args, Value kwnames) {
    return mod_match_common("match", nargs, args, kwnames, RE_MODE_MATCH);
}
static Value re_search_fn(size_t nargs, const Value *args, Value kwnames) {
    return mod_match_common("search", nargs, args, kwnames, RE_MODE_SEARCH);
}
static Value re_fullmatch_fn(size_t nargs, const Value *args, Value kwnames) {
    return mod_match_common("fullmatch", nargs, args, kwnames, RE_MODE_FULL);
}
static Value re_findall_fn(size_t nargs, const Value *args, Value kwnames) {
    return mod_match_common("findall", nargs, args, kwnames, 3);
}
static Value re_finditer_fn(size_t nargs, const Value *args, Value kwnames) {
    return mod_match_common("finditer", nargs, args, kwnames, 4);
}

static const ArgSpec mod_sub_spec[] = {
    {NAME(pattern), true, false, VAL_NULL},
    {NAME(repl), true, false, VAL_NULL},
    {NAME(string), true, false, VAL_NULL},
    {NAME(count), false, false, VAL_NULL},
    {NAME(flags), false, false, VAL_NULL},
};

static Value re_sub_fn(size_t nargs, const Value *args, Value kwnames) {
    Value a[5];
    args_parse("sub", nargs, args, kwnames, 5, mod_sub_spec, a);
    return do_sub(re_get(a[0], a[4]), a[1], a[2], a[3], false);
}

static Value re_subn_fn(size_t nargs, const Value *args, Value kwnames) {
    Value a[5];
    args_parse("subn", nargs, args, kwnames, 5, mod_sub_spec, a);
    return do_sub(re_get(a[0], a[4]), a[1], a[2], a[3], true);
}

static Value re_split_fn(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(pattern), true, false, VAL_NULL},
        {NAME(string), true, false, VAL_NULL},
        {NAME(maxsplit), false, false, VAL_NULL},
        {NAME(flags), false, false, VAL_NULL},
    };
    Value a[4];
    args_parse("split", nargs, args, kwnames, 4, spec, a);
    return do_split(re_get(a[0], a[3]), a[1], a[2]);
}

static Value re_compile_fn(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(pattern), true, false, VAL_NULL},
        {NAME(flags), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("compile", nargs, args, kwnames, 2, spec, a);
    return re_get(a[0], a[1]);
}

static Value re_purge_fn(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    val_list(re_cache())->len = 0;
    return VAL_NONE;
}

static bool is_special(uint8_t c) {
    return c != 0 && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) != NULL;
}

static Value re_escape_fn(size_t nargs, const Value *args) {
    (void)nargs;
    Value v = args[0];
    StrObj *so = str_get(v);
    const uint8_t *d;
    size_t n;
    if (so != NULL) {
        d = (const uint8_t *)so->data;
        n = so->len;
    } else if (!obj_get_buffer(v, &d, &n)) {
        vm_raise(&exc_TypeError_type, "decoding to str: need a bytes-like object, %s found",
                 type_name_cstr(type_of(v)));
    }
    Vstr out;
    vstr_init(&out, n + 8);
    for (size_t i = 0; i < n; i++) {
        if (is_special(d[i])) {
            vstr_add_byte(&out, '\\');
        }
        vstr_add_byte(&out, (char)d[i]);
    }
    return vstr_result(&out, so != NULL);
}

// --- types and the module --------------------------------------------------------------

static BUILTIN_FN_KW(pattern_match_obj, match, 1, FN_UNLIMITED, pattern_match);
static BUILTIN_FN_KW(pattern_search_obj, search, 1, FN_UNLIMITED, pattern_search);
static BUILTIN_FN_KW(pattern_fullmatch_obj, fullmatch, 1, FN_UNLIMITED, pattern_fullmatch);
static BUILTIN_FN_KW(pattern_findall_obj, findall, 1, FN_UNLIMITED, pattern_findall);
static BUILTIN_FN_KW(pattern_finditer_obj, finditer, 1, FN_UNLIMITED, pattern_finditer);
static BUILTIN_FN_KW(pattern_sub_obj, sub, 1, FN_UNLIMITED, pattern_sub);
static BUILTIN_FN_KW(pattern_subn_obj, subn, 1, FN_UNLIMITED, pattern_subn);
static BUILTIN_FN_KW(pattern_split_obj, split, 1, FN_UNLIMITED, pattern_split);
static BUILTIN_FN(re_copy_obj, __copy__, 1, 1, self_copy);
static BUILTIN_FN(re_deepcopy_obj, __deepcopy__, 2, 2, self_copy);

static const AttrEntry pattern_attrs[] = {
    {NAME(__copy__), OBJ_VAL(&re_copy_obj)},
    {NAME(__deepcopy__), OBJ_VAL(&re_deepcopy_obj)},
    {NAME(findall), OBJ_VAL(&pattern_findall_obj)},
    {NAME(finditer), OBJ_VAL(&pattern_finditer_obj)},
    {NAME(fullmatch), OBJ_VAL(&pattern_fullmatch_obj)},
    {NAME(match), OBJ_VAL(&pattern_match_obj)},
    {NAME(search), OBJ_VAL(&pattern_search_obj)},
    {NAME(split), OBJ_VAL(&pattern_split_obj)},
    {NAME(sub), OBJ_VAL(&pattern_sub_obj)},
    {NAME(subn), OBJ_VAL(&pattern_subn_obj)},
};

const Type re_pattern_type = {
    .base = {&type_type},
    .name = NAME(tp_Pattern),
    .base_type = &object_type,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .compare = pattern_compare,
    .getattr = pattern_getattr,
    .attrs = pattern_attrs,
    .nattrs = sizeof(pattern_attrs) / sizeof(pattern_attrs[0]),
};

static BUILTIN_FN(match_group_obj, group, 1, FN_UNLIMITED, match_group);
static BUILTIN_FN_KW(match_groups_obj, groups, 1, FN_UNLIMITED, match_groups);
static BUILTIN_FN_KW(match_groupdict_obj, groupdict, 1, FN_UNLIMITED, match_groupdict);
static BUILTIN_FN(match_start_obj, start, 1, 2, match_start);
static BUILTIN_FN(match_end_obj, end, 1, 2, match_end);
static BUILTIN_FN(match_span_obj, span, 1, 2, match_span);
static BUILTIN_FN(match_expand_obj, expand, 2, 2, match_expand);

static const AttrEntry match_attrs[] = {
    {NAME(__copy__), OBJ_VAL(&re_copy_obj)},
    {NAME(__deepcopy__), OBJ_VAL(&re_deepcopy_obj)},
    {NAME(end), OBJ_VAL(&match_end_obj)},
    {NAME(expand), OBJ_VAL(&match_expand_obj)},
    {NAME(group), OBJ_VAL(&match_group_obj)},
    {NAME(groupdict), OBJ_VAL(&match_groupdict_obj)},
    {NAME(groups), OBJ_VAL(&match_groups_obj)},
    {NAME(span), OBJ_VAL(&match_span_obj)},
    {NAME(start), OBJ_VAL(&match_start_obj)},
};

const Type re_match_type = {
    .base = {&type_type},
    .name = NAME(tp_Match),
    .base_type = &object_type,
    .repr = match_repr,
    .subscr = match_subscr,
    .getattr = match_getattr,
    .attrs = match_attrs,
    .nattrs = sizeof(match_attrs) / sizeof(match_attrs[0]),
};

static Value scanner_iter(Value self) { return self; }

const Type re_scanner_type = {
    .base = {&type_type},
    .name = NAME(callable_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .getiter = scanner_iter,
    .iternext = scanner_next,
};

static void re_module_init(Value module) {
    mods_ensure_roots();
    Value g = mods_globals(module);
    mods_exec_frozen(g, "_module_halves.re");
    mods_roots[MODS_RE_ERROR] = dict_get(g, NAME(error));
    mods_roots[MODS_RE_CACHE] = list_new_empty();
}

static BUILTIN_FN_KW(re_compile_obj, compile, 0, FN_UNLIMITED, re_compile_fn);
static BUILTIN_FN(re_escape_obj, escape, 1, 1, re_escape_fn);
static BUILTIN_FN_KW(re_findall_obj, findall, 0, FN_UNLIMITED, re_findall_fn);
static BUILTIN_FN_KW(re_finditer_obj, finditer, 0, FN_UNLIMITED, re_finditer_fn);
static BUILTIN_FN_KW(re_fullmatch_obj, fullmatch, 0, FN_UNLIMITED, re_fullmatch_fn);
static BUILTIN_FN_KW(re_match_obj, match, 0, FN_UNLIMITED, re_match_fn);
static BUILTIN_FN(re_purge_obj, purge, 0, 0, re_purge_fn);
static BUILTIN_FN_KW(re_search_obj, search, 0, FN_UNLIMITED, re_search_fn);
static BUILTIN_FN_KW(re_split_obj, split, 0, FN_UNLIMITED, re_split_fn);
static BUILTIN_FN_KW(re_sub_obj, sub, 0, FN_UNLIMITED, re_sub_fn);
static BUILTIN_FN_KW(re_subn_obj, subn, 0, FN_UNLIMITED, re_subn_fn);

static const AttrEntry re_globals[] = {
    {NAME(Match), OBJ_VAL(&re_match_type)},
    {NAME(Pattern), OBJ_VAL(&re_pattern_type)},
    {NAME(__name__), NAME(re)},
    {NAME(compile), OBJ_VAL(&re_compile_obj)},
    {NAME(escape), OBJ_VAL(&re_escape_obj)},
    {NAME(findall), OBJ_VAL(&re_findall_obj)},
    {NAME(finditer), OBJ_VAL(&re_finditer_obj)},
    {NAME(fullmatch), OBJ_VAL(&re_fullmatch_obj)},
    {NAME(match), OBJ_VAL(&re_match_obj)},
    {NAME(purge), OBJ_VAL(&re_purge_obj)},
    {NAME(search), OBJ_VAL(&re_search_obj)},
    {NAME(split), OBJ_VAL(&re_split_obj)},
    {NAME(sub), OBJ_VAL(&re_sub_obj)},
    {NAME(subn), OBJ_VAL(&re_subn_obj)},
};

const ModuleDef module_re = {
    .name = NAME(re),
    .globals = re_globals,
    .nglobals = sizeof(re_globals) / sizeof(re_globals[0]),
    .init = re_module_init,
};
