// The re parser: pattern text -> syntax tree (re_tree.h), and replacement
// templates -> ReTemplate. It follows CPython 3.11's re/_parser.py step by
// step (the same tokenizer with one token of lookahead, the same checks in
// the same order), so every re.error has CPython's message and position.
// The tree lives only while compiling. Nesting deeper than RE_MAX_NESTING
// raises RecursionError (CPython hits its recursion limit on deep nesting
// too) so the C stack stays bounded.
#include <string.h>
#include "re_tree.h"
#include "gc.h"
#include "lexer.h"
#include "obj_str.h"
#include "print.h"
#include "utf8.h"
#include "vm_raise.h"

#if UINTPTR_MAX > 0xFFFFFFFFu
#define RE_MAX_NESTING 496
#else
#define RE_MAX_NESTING 60
#endif

#define TOK_NONE (-1)
#define TOK_ESC 0x01000000   // a backslash escape: TOK_ESC | the escaped char

static void *alloc(size_t n) { return gc_alloc(n, false); }

static Seq *seq_new(void) { return (Seq *)alloc(sizeof(Seq)); }

static void seq_add(Seq *s, ReNode *node) {
    if (s->n == s->cap) {
        uint32_t cap = s->cap ? s->cap * 2 : 4;
        ReNode **items = (ReNode **)alloc(cap * sizeof(ReNode *));
        if (s->n) {
            memcpy(items, s->items, s->n * sizeof(ReNode *));
        }
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = node;
}

static ReNode *node_new(uint8_t op, uint32_t a) {
    ReNode *node = (ReNode *)alloc(sizeof(ReNode));
    node->op = op;
    node->a = a;
    return node;
}

// --- errors -----------------------------------------------------------------------

static size_t tell(P *p) { return p->index - p->next_len; }

// Appends code point cp to an error message; bytes patterns show non-ASCII
// as \xhh (CPython encodes their messages with backslashreplace).
static void msg_cp(P *p, Vstr *v, uint32_t cp) {
    if (!p->istext && cp >= 0x80) {
        vstr_printf(v, "\\x%02x", (unsigned)cp);
    } else {
        vstr_add_codepoint(v, cp);
    }
}

// Appends a token as the user wrote it (an escape with its backslash).
static void msg_tok(P *p, Vstr *v, int32_t tok) {
    if (tok & TOK_ESC) {
        vstr_add_byte(v, '\\');
    }
    msg_cp(p, v, (uint32_t)tok & ~(uint32_t)TOK_ESC);
}

static void msg_str(P *p, Vstr *v, Value s) {
    if (p->istext) {
        vstr_add_value_str(v, s);
        return;
    }
    const uint8_t *d = (const uint8_t *)str_cstr(s);
    size_t n = str_len_bytes(s);
    for (size_t i = 0; i < n;) {
        size_t k;
        uint32_t cp = utf8_get(d + i, &k);
        msg_cp(p, v, cp);
        i += k;
    }
}

static _Noreturn void error_at(P *p, Vstr *msg, intptr_t pos) {
    re_raise_error(vstr_to_str(msg), p->pattern, pos);
}

static _Noreturn void error_c(P *p, const char *msg, size_t offset) {
    Vstr v;
    vstr_init(&v, 32);
    vstr_add_cstr(&v, msg);
    error_at(p, &v, (intptr_t)(tell(p) - offset));
}

// --- tokenizer (re/_parser.py Tokenizer) ----------------------------------------------

static void tok_advance(P *p) {
    size_t index = p->index;
    if (index >= p->n) {
        p->next = TOK_NONE;
        p->next_len = 0;
        return;
    }
    uint32_t c = p->s[index];
    if (c == '\\') {
        index++;
        if (index >= p->n) {
            Vstr v;
            vstr_init(&v, 32);
            vstr_add_cstr(&v, "bad escape (end of pattern)");
            error_at(p, &v, (intptr_t)p->n - 1);
        }
        p->next = (int32_t)(TOK_ESC | p->s[index]);
        p->next_len = 2;
    } else {
        p->next = (int32_t)c;
        p->next_len = 1;
    }
    p->index = index + 1;
}

static bool tok_match(P *p, uint32_t c) {
    if (p->next == (int32_t)c) {
        tok_advance(p);
        return true;
    }
    return false;
}

static int32_t tok_get(P *p) {
    int32_t t = p->next;
    tok_advance(p);
    return t;
}

static void tok_seek(P *p, size_t index) {
    p->index = index;
    tok_advance(p);
}

static bool is_digit_tok(int32_t t) { return t >= '0' && t <= '9'; }
static bool is_oct_tok(int32_t t) { return t >= '0' && t <= '7'; }
static int hex_val(int32_t t) {
    if (t >= '0' && t <= '9') {
        return t - '0';
    }
    if (t >= 'a' && t <= 'f') {
        return t - 'a' + 10;
    }
    if (t >= 'A' && t <= 'F') {
        return t - 'A' + 10;
    }
    return -1;
}
static bool is_ascii_letter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// A name read by getuntil: its code points (escapes as backslash + char).
typedef struct {
    uint32_t *cp;
    size_t n, cap;
} Name;

static void name_add(Name *nm, uint32_t c) {
    if (nm->n == nm->cap) {
        size_t cap = nm->cap ? nm->cap * 2 : 16;
        uint32_t *d = (uint32_t *)gc_alloc(cap * 4, true);
        if (nm->n) {
            memcpy(d, nm->cp, nm->n * 4);
        }
        nm->cp = d;
        nm->cap = cap;
    }
    nm->cp[nm->n++] = c;
}

static void getuntil(P *p, uint32_t terminator, const char *what, Name *nm) {
    nm->n = 0;
    for (;;) {
        int32_t c = p->next;
        tok_advance(p);
        if (c == TOK_NONE) {
            if (nm->n == 0) {
                Vstr v;
                vstr_init(&v, 32);
                vstr_printf(&v, "missing %s", what);
                error_at(p, &v, (intptr_t)tell(p));
            }
            Vstr v;
            vstr_init(&v, 32);
            vstr_printf(&v, "missing %c, unterminated name", (int)terminator);
            error_at(p, &v, (intptr_t)(tell(p) - nm->n));
        }
        if (c == (int32_t)terminator) {
            if (nm->n == 0) {
                Vstr v;
                vstr_init(&v, 32);
                vstr_printf(&v, "missing %s", what);
                error_at(p, &v, (intptr_t)tell(p) - 1);
            }
            return;
        }
        if (c & TOK_ESC) {
            name_add(nm, '\\');
        }
        name_add(nm, (uint32_t)c & ~(uint32_t)TOK_ESC);
    }
}

static Value name_str(const Name *nm) {
    Vstr v;
    vstr_init(&v, nm->n + 1);
    for (size_t i = 0; i < nm->n; i++) {
        vstr_add_codepoint(&v, nm->cp[i]);
    }
    return vstr_to_str(&v);
}

static bool name_isidentifier(const Name *nm) {
    if (nm->n == 0 || !(nm->cp[0] == '_' || utf8_isidstart(nm->cp[0]))) {
        return false;
    }
    for (size_t i = 1; i < nm->n; i++) {
        if (!(nm->cp[i] == '_' || utf8_isidcontinue(nm->cp[i]))) {
            return false;
        }
    }
    return true;
}

// Error "<prefix> %r" with the name's repr, at tell() - offset.
static _Noreturn void error_name(P *p, const char *prefix, const Name *nm, size_t offset) {
    Vstr v;
    vstr_init(&v, 48);
    vstr_add_cstr(&v, prefix);
    msg_str(p, &v, str_repr_str(name_str(nm)));
    error_at(p, &v, (intptr_t)(tell(p) - offset));
}

static void checkgroupname(P *p, const Name *nm, size_t offset) {
    if (!name_isidentifier(nm)) {
        error_name(p, "bad character in group name ", nm, nm->n + offset);
    }
}

// Decimal value of an all-ASCII-digit name (saturated), or -1.
static int64_t name_number(const Name *nm) {
    if (nm->n == 0) {
        return -1;
    }
    int64_t v = 0;
    for (size_t i = 0; i < nm->n; i++) {
        if (nm->cp[i] < '0' || nm->cp[i] > '9') {
            return -1;
        }
        v = v * 10 + (nm->cp[i] - '0');
        if (v > (int64_t)1 << 40) {
            v = (int64_t)1 << 40;
        }
    }
    return v;
}

// --- group state ----------------------------------------------------------------------

static uint32_t opengroup(P *p, Value name, size_t name_len) {
    uint32_t gid = p->groups;
    if (p->groups == p->gw_cap) {
        uint32_t cap = p->gw_cap * 2;
        uint64_t *lo = (uint64_t *)gc_alloc(cap * 8, true);
        uint64_t *hi = (uint64_t *)gc_alloc(cap * 8, true);
        bool *cl = (bool *)gc_alloc(cap, true);
        memcpy(lo, p->gw_lo, p->gw_cap * 8);
        memcpy(hi, p->gw_hi, p->gw_cap * 8);
        memcpy(cl, p->gw_closed, p->gw_cap);
        p->gw_lo = lo;
        p->gw_hi = hi;
        p->gw_closed = cl;
        p->gw_cap = cap;
    }
    p->gw_closed[gid] = false;
    p->groups++;
    if (p->groups > RE_MAXGROUPS) {
        error_c(p, "too many groups", name_len + 1);
    }
    if (name != VAL_NULL) {
        Value og = dict_get(p->groupdict, name);
        if (og != VAL_NULL) {
            Vstr v;
            vstr_init(&v, 64);
            vstr_add_cstr(&v, "redefinition of group name ");
            msg_str(p, &v, str_repr_str(name));
            vstr_printf(&v, " as group %u; was group %d", (unsigned)gid,
                        (int)val_small_int(og));
            error_at(p, &v, (intptr_t)(tell(p) - name_len - 1));
        }
        dict_set(p->groupdict, name, val_from_small_int(gid));
    }
    return gid;
}

static bool checkgroup(P *p, uint32_t gid) { return gid < p->groups && p->gw_closed[gid]; }

static void checklookbehindgroup(P *p, uint32_t gid) {
    if (p->lookbehindgroups >= 0) {
        if (!checkgroup(p, gid)) {
            error_c(p, "cannot refer to an open group", 0);
        }
        if ((intptr_t)gid >= p->lookbehindgroups) {
            error_c(p, "cannot refer to group defined in the same lookbehind subpattern", 0);
        }
    }
}

// --- widths (SubPattern.getwidth) -------------------------------------------------------

#define W_CAP ((uint64_t)1 << 40)
static uint64_t wadd(uint64_t a, uint64_t b) { return a + b > W_CAP ? W_CAP : a + b; }
static uint64_t wmul(uint64_t a, uint64_t b) {
    if (a == 0 || b == 0) {
        return 0;
    }
    return a > W_CAP / b ? W_CAP : a * b;
}


static void node_width(P *p, ReNode *nd, uint64_t *lo, uint64_t *hi) {
    uint64_t i = 0, j = 0, l, h;
    switch (nd->op) {
        case N_BRANCH:
            i = RE_MAXREPEAT - 1;
            for (uint32_t k = 0; k < nd->nalts; k++) {
                re_seq_width(p, nd->alts[k], &l, &h);
                i = l < i ? l : i;
                j = h > j ? h : j;
            }
            break;
        case N_ATOMIC:
        case N_SUBPATTERN:
            re_seq_width(p, nd->p, &i, &j);
            break;
        case N_REPEAT:
            re_seq_width(p, nd->p, &l, &h);
            i = wmul(l, nd->a);
            j = wmul(h, nd->b);
            break;
        case N_LITERAL:
        case N_NOT_LITERAL:
        case N_ANY:
        case N_IN:
            i = j = 1;
            break;
        case N_GROUPREF:
            i = p->gw_lo[nd->a];
            j = p->gw_hi[nd->a];
            break;
        case N_GROUPREF_EXISTS:
            re_seq_width(p, nd->p, &i, &j);
            if (nd->q != NULL) {
                re_seq_width(p, nd->q, &l, &h);
                i = l < i ? l : i;
                j = h > j ? h : j;
            } else {
                i = 0;
            }
            break;
        default:
            break;
    }
    *lo = i;
    *hi = j;
}

void re_seq_width(P *p, Seq *s, uint64_t *lo_out, uint64_t *hi_out) {
    if (!s->has_width) {
        uint64_t lo = 0, hi = 0;
        for (uint32_t k = 0; k < s->n; k++) {
            uint64_t i, j;
            node_width(p, s->items[k], &i, &j);
            lo = wadd(lo, i);
            hi = wadd(hi, j);
        }
        s->lo = lo < RE_MAXREPEAT - 1 ? lo : RE_MAXREPEAT - 1;
        s->hi = hi < RE_MAXREPEAT ? hi : RE_MAXREPEAT;
        s->has_width = true;
    }
    *lo_out = s->lo;
    *hi_out = s->hi;
}

static void closegroup(P *p, uint32_t gid, Seq *body) {
    re_seq_width(p, body, &p->gw_lo[gid], &p->gw_hi[gid]);
    p->gw_closed[gid] = true;
}

// --- escapes ----------------------------------------------------------------------------

// An escape's meaning: a literal char, a category (\d ...) or an AT code.
typedef struct {
    int kind;   // 0 literal, 1 category, 2 at, 3 group reference
    uint32_t v;
} Esc;

static _Noreturn void bad_escape(P *p, const char *prefix, Vstr *esc) {
    Vstr v;
    vstr_init(&v, 32);
    vstr_add_cstr(&v, prefix);
    vstr_add_bytes(&v, esc->buf, esc->len);
    // escape text length in characters: count code points of esc
    size_t n = utf8_count(esc->buf, esc->len);
    error_at(p, &v, (intptr_t)(tell(p) - n));
}

// Escapes common to classes and patterns: \x \u \U \N and the letter/digit
// errors. `esc` holds the escape text so far (for messages).
static bool escape_hex(P *p, uint32_t c, Vstr *esc, Esc *out) {
    int ndig = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    uint32_t val = 0;
    int got = 0;
    while (got < ndig && hex_val(p->next) >= 0) {
        val = val * 16 + (uint32_t)hex_val(p->next);
        msg_cp(p, esc, (uint32_t)p->next);
        tok_advance(p);
        got++;
    }
    if (got != ndig) {
        bad_escape(p, "incomplete escape ", esc);
    }
    if (c == 'U' && val > 0x10FFFF) {
        bad_escape(p, "bad escape ", esc);
    }
    out->kind = 0;
    out->v = val;
    return true;
}

static bool escape_category(uint32_t c, Esc *out) {
    switch (c) {
        case 'd': out->v = RE_CAT_DIGIT; break;
        case 'D': out->v = RE_CAT_NOT_DIGIT; break;
        case 's': out->v = RE_CAT_SPACE; break;
        case 'S': out->v = RE_CAT_NOT_SPACE; break;
        case 'w': out->v = RE_CAT_WORD; break;
        case 'W': out->v = RE_CAT_NOT_WORD; break;
        default: return false;
    }
    out->kind = 1;
    return true;
}

static bool escape_simple(uint32_t c, Esc *out) {
    uint32_t v;
    switch (c) {
        case 'a': v = 7; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '\\': v = '\\'; break;
        default: return false;
    }
    out->kind = 0;
    out->v = v;
    return true;
}

static void octal_range_error(P *p, Vstr *esc) {
    Vstr v;
    vstr_init(&v, 48);
    vstr_add_cstr(&v, "octal escape value ");
    vstr_add_bytes(&v, esc->buf, esc->len);
    vstr_add_cstr(&v, " outside of range 0-0o377");
    error_at(p, &v, (intptr_t)(tell(p) - esc->len));
}

// \N{name}: the char named (core's name table, as string literals use).
static uint32_t named_char(P *p) {
    Name nm = {0};
    getuntil(p, '}', "character name", &nm);
    Vstr v;
    vstr_init(&v, nm.n + 1);
    for (size_t i = 0; i < nm.n; i++) {
        vstr_add_codepoint(&v, nm.cp[i]);
    }
    uint32_t cp;
    if (!lex_unicode_lookup(v.buf, v.len, &cp)) {
        error_name(p, "undefined character name ", &nm, nm.n + 4);
    }
    return cp;
}

// _class_escape: an escape inside [...]; `tok` was just consumed.
static Esc class_escape(P *p, int32_t tok) {
    Esc e = {0, 0};
    uint32_t c = (uint32_t)tok & ~(uint32_t)TOK_ESC;
    if (c == 'b') {
        e.v = 8;
        return e;
    }
    if (escape_simple(c, &e) || escape_category(c, &e)) {
        return e;
    }
    Vstr esc;
    vstr_init(&esc, 16);
    vstr_add_byte(&esc, '\\');
    msg_cp(p, &esc, c);
    if (c == 'x' || ((c == 'u' || c == 'U') && p->istext)) {
        escape_hex(p, c, &esc, &e);
        return e;
    }
    if (c == 'N' && p->istext) {
        if (!tok_match(p, '{')) {
            error_c(p, "missing {", 0);
        }
        e.v = named_char(p);
        return e;
    }
    if (c >= '0' && c <= '7') {
        uint32_t val = c - '0';
        for (int k = 0; k < 2 && is_oct_tok(p->next); k++) {
            val = val * 8 + (uint32_t)(p->next - '0');
            vstr_add_byte(&esc, (char)p->next);
            tok_advance(p);
        }
        if (val > 0377) {
            octal_range_error(p, &esc);
        }
        e.v = val;
        return e;
    }
    if (c >= '0' && c <= '9') {
        bad_escape(p, "bad escape ", &esc);
    }
    if (is_ascii_letter(c)) {
        bad_escape(p, "bad escape ", &esc);
    }
    e.v = c;
    return e;
}

// _escape: an escape outside a class.
static Esc pattern_escape(P *p, int32_t tok) {
    Esc e = {0, 0};
    uint32_t c = (uint32_t)tok & ~(uint32_t)TOK_ESC;
    e.kind = 2;
    switch (c) {
        case 'A': e.v = AT_BEGINNING_STRING; return e;
        case 'b': e.v = AT_BOUNDARY; return e;
        case 'B': e.v = AT_NON_BOUNDARY; return e;
        case 'Z': e.v = AT_END_STRING; return e;
        default: break;
    }
    if (escape_category(c, &e) || escape_simple(c, &e)) {
        return e;
    }
    e.kind = 0;
    Vstr esc;
    vstr_init(&esc, 16);
    vstr_add_byte(&esc, '\\');
    msg_cp(p, &esc, c);
    if (c == 'x' || ((c == 'u' || c == 'U') && p->istext)) {
        escape_hex(p, c, &esc, &e);
        return e;
    }
    if (c == 'N' && p->istext) {
        if (!tok_match(p, '{')) {
            error_c(p, "missing {", 0);
        }
        e.v = named_char(p);
        return e;
    }
    if (c == '0') {
        uint32_t val = 0;
        for (int k = 0; k < 2 && is_oct_tok(p->next); k++) {
            val = val * 8 + (uint32_t)(p->next - '0');
            tok_advance(p);
        }
        e.v = val;
        return e;
    }
    if (c >= '1' && c <= '9') {
        uint32_t group = c - '0';
        size_t elen = 2;
        if (is_digit_tok(p->next)) {
            uint32_t d2 = (uint32_t)p->next;
            tok_advance(p);
            elen = 3;
            if (c <= '7' && d2 <= '7' && is_oct_tok(p->next)) {
                uint32_t d3 = (uint32_t)p->next;
                tok_advance(p);
                uint32_t val = (c - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
                if (val > 0377) {
                    vstr_add_byte(&esc, (char)d2);
                    vstr_add_byte(&esc, (char)d3);
                    octal_range_error(p, &esc);
                }
                e.v = val;
                return e;
            }
            group = group * 10 + (d2 - '0');
        }
        if (group < p->groups) {
            if (!checkgroup(p, group)) {
                error_c(p, "cannot refer to an open group", elen);
            }
            checklookbehindgroup(p, group);
            e.kind = 3;
            e.v = group;
            return e;
        }
        Vstr v;
        vstr_init(&v, 32);
        vstr_printf(&v, "invalid group reference %u", (unsigned)group);
        error_at(p, &v, (intptr_t)(tell(p) - (elen - 1)));
    }
    if (is_ascii_letter(c)) {
        bad_escape(p, "bad escape ", &esc);
    }
    e.v = c;
    return e;
}

// --- parser --------------------------------------------------------------------------

static Seq *parse_sub(P *p, bool verbose, int nested);
static Seq *parse_seq(P *p, bool verbose, int nested, bool first);
static void cls_add(ReNode *nd, uint32_t kind, uint32_t a, uint32_t b, uint32_t *cap);

static void enter(P *p) {
    if (++p->depth > RE_MAX_NESTING) {
        vm_raise(&exc_RecursionError_type, "maximum recursion depth exceeded");
    }
}

static Seq *parse_sub(P *p, bool verbose, int nested) {
    enter(p);
    Seq *alts[4];
    Seq **items = alts;
    uint32_t n = 0, cap = 4;
    for (;;) {
        Seq *s = parse_seq(p, verbose, nested + 1, nested == 0 && n == 0);
        if (n == cap) {
            Seq **ni = (Seq **)alloc(cap * 2 * sizeof(Seq *));
            memcpy(ni, items, n * sizeof(Seq *));
            items = ni;
            cap *= 2;
        }
        items[n++] = s;
        if (!tok_match(p, '|')) {
            break;
        }
        if (!nested) {
            verbose = (p->flags & RE_VERBOSE) != 0;
        }
    }
    p->depth--;
    if (n == 1) {
        return items[0];
    }
    // As CPython: alternatives that are all single chars or sets become
    // one set (a|b|[cd] -> [abcd]), which needs no backtracking.
    bool all_sets = true;
    for (uint32_t i = 0; i < n && all_sets; i++) {
        ReNode *it = items[i]->n == 1 ? items[i]->items[0] : NULL;
        all_sets = it != NULL && (it->op == N_LITERAL || (it->op == N_IN && it->mode == 0));
    }
    if (all_sets) {
        ReNode *set = node_new(N_IN, 0);
        uint32_t setcap = 0;
        for (uint32_t i = 0; i < n; i++) {
            ReNode *it = items[i]->items[0];
            if (it->op == N_LITERAL) {
                cls_add(set, SI_LITERAL, it->a, 0, &setcap);
            } else {
                for (uint32_t k = 0; k < it->setn; k++) {
                    cls_add(set, it->set[3 * k], it->set[3 * k + 1], it->set[3 * k + 2], &setcap);
                }
            }
        }
        Seq *s = seq_new();
        seq_add(s, set);
        return s;
    }
    ReNode *br = node_new(N_BRANCH, 0);
    br->alts = (Seq **)alloc(n * sizeof(Seq *));
    memcpy(br->alts, items, n * sizeof(Seq *));
    br->nalts = n;
    Seq *s = seq_new();
    seq_add(s, br);
    return s;
}

static void cls_add(ReNode *nd, uint32_t kind, uint32_t a, uint32_t b, uint32_t *cap) {
    if (nd->setn == *cap) {
        uint32_t nc = *cap ? *cap * 2 : 8;
        uint32_t *d = (uint32_t *)gc_alloc(nc * 3 * 4, true);
        if (nd->setn) {
            memcpy(d, nd->set, nd->setn * 3 * 4);
        }
        nd->set = d;
        *cap = nc;
    }
    nd->set[nd->setn * 3] = kind;
    nd->set[nd->setn * 3 + 1] = a;
    nd->set[nd->setn * 3 + 2] = b;
    nd->setn++;
}

static _Noreturn void bad_range(P *p, int32_t t1, int32_t t2) {
    Vstr v;
    vstr_init(&v, 32);
    vstr_add_cstr(&v, "bad character range ");
    msg_tok(p, &v, t1);
    vstr_add_byte(&v, '-');
    msg_tok(p, &v, t2);
    size_t l1 = (t1 & TOK_ESC) ? 2 : 1, l2 = (t2 & TOK_ESC) ? 2 : 1;
    error_at(p, &v, (intptr_t)(tell(p) - (l1 + 1 + l2)));
}

// A set item from a token: literal or category.
static Esc class_item(P *p, int32_t tok) {
    if (tok & TOK_ESC) {
        return class_escape(p, tok);
    }
    Esc e = {0, (uint32_t)tok};
    return e;
}

static ReNode *parse_class(P *p) {
    size_t here = tell(p) - 1;
    ReNode *nd = node_new(N_IN, 0);
    uint32_t cap = 0;
    bool negate = tok_match(p, '^');
    for (;;) {
        int32_t t = tok_get(p);
        if (t == TOK_NONE) {
            error_c(p, "unterminated character set", tell(p) - here);
        }
        if (t == ']' && nd->setn > 0) {
            break;
        }
        Esc c1 = class_item(p, t);
        if (tok_match(p, '-')) {
            int32_t that = tok_get(p);
            if (that == TOK_NONE) {
                error_c(p, "unterminated character set", tell(p) - here);
            }
            if (that == ']') {
                cls_add(nd, c1.kind == 1 ? SI_CATEGORY : SI_LITERAL, c1.v, 0, &cap);
                cls_add(nd, SI_LITERAL, '-', 0, &cap);
                break;
            }
            Esc c2 = class_item(p, that);
            if (c1.kind != 0 || c2.kind != 0 || c2.v < c1.v) {
                bad_range(p, t, that);
            }
            cls_add(nd, SI_RANGE, c1.v, c2.v, &cap);
        } else {
            cls_add(nd, c1.kind == 1 ? SI_CATEGORY : SI_LITERAL, c1.v, 0, &cap);
        }
    }
    if (nd->setn == 1 && nd->set[0] == SI_LITERAL) {
        return node_new(negate ? N_NOT_LITERAL : N_LITERAL, nd->set[1]);
    }
    nd->mode = negate;
    return nd;
}

// Parses a quantifier; returns false if `{` turned out to be a literal.
static bool parse_repeat(P *p, Seq *sub, int32_t this) {
    size_t here = tell(p);
    uint32_t min, max;
    if (this == '?') {
        min = 0, max = 1;
    } else if (this == '*') {
        min = 0, max = RE_MAXREPEAT;
    } else if (this == '+') {
        min = 1, max = RE_MAXREPEAT;
    } else {
        if (p->next == '}') {
            seq_add(sub, node_new(N_LITERAL, '{'));
            return false;
        }
        uint64_t lo = 0, hi = 0;
        bool has_lo = false, has_hi = false;
        while (is_digit_tok(p->next)) {
            lo = lo * 10 + (uint64_t)(tok_get(p) - '0');
            lo = lo > W_CAP ? W_CAP : lo;
            has_lo = true;
        }
        if (tok_match(p, ',')) {
            while (is_digit_tok(p->next)) {
                hi = hi * 10 + (uint64_t)(tok_get(p) - '0');
                hi = hi > W_CAP ? W_CAP : hi;
                has_hi = true;
            }
        } else {
            hi = lo;
            has_hi = has_lo;
        }
        if (!tok_match(p, '}')) {
            seq_add(sub, node_new(N_LITERAL, '{'));
            tok_seek(p, here);
            return false;
        }
        min = 0, max = RE_MAXREPEAT;
        if (has_lo) {
            if (lo >= RE_MAXREPEAT) {
                vm_raise(&exc_OverflowError_type, "the repetition number is too large");
            }
            min = (uint32_t)lo;
        }
        if (has_hi) {
            if (hi >= RE_MAXREPEAT) {
                vm_raise(&exc_OverflowError_type, "the repetition number is too large");
            }
            max = (uint32_t)hi;
            if (max < min) {
                error_c(p, "min repeat greater than max repeat", tell(p) - here);
            }
        }
    }
    size_t off = tell(p) - here + 1;
    ReNode *last = sub->n ? sub->items[sub->n - 1] : NULL;
    if (last == NULL || last->op == N_AT) {
        error_c(p, "nothing to repeat", off);
    }
    if (last->op == N_REPEAT) {
        error_c(p, "multiple repeat", off);
    }
    Seq *body;
    if (last->op == N_SUBPATTERN && last->a == 0 && last->b == 0 && last->c == 0) {
        body = last->p;
    } else {
        body = seq_new();
        seq_add(body, last);
    }
    ReNode *rep = node_new(N_REPEAT, min);
    rep->b = max;
    rep->p = body;
    rep->mode = tok_match(p, '?') ? RE_LAZY : tok_match(p, '+') ? RE_POSSESSIVE : RE_GREEDY;
    sub->items[sub->n - 1] = rep;
    return true;
}

static uint32_t flag_of(int32_t c) {
    switch (c) {
        case 'i': return RE_IGNORECASE;
        case 'L': return RE_LOCALE;
        case 'm': return RE_MULTILINE;
        case 's': return RE_DOTALL;
        case 'x': return RE_VERBOSE;
        case 'a': return RE_ASCII;
        case 't': return RE_TEMPLATE;
        case 'u': return RE_UNICODE;
        default: return 0;
    }
}

#define TYPE_FLAGS (RE_ASCII | RE_LOCALE | RE_UNICODE)
#define GLOBAL_FLAGS (RE_DEBUG | RE_TEMPLATE)

static bool tok_isalpha(int32_t c) {
    return c != TOK_NONE && !(c & TOK_ESC) && utf8_isalpha((uint32_t)c);
}

// _parse_flags: returns false for global flags "(?i)".
static bool parse_flags(P *p, int32_t c, uint32_t *add_out, uint32_t *del_out) {
    uint32_t add = 0, del = 0;
    if (c != '-') {
        for (;;) {
            uint32_t flag = flag_of(c);
            if (p->istext && c == 'L') {
                error_c(p, "bad inline flags: cannot use 'L' flag with a str pattern", 0);
            }
            if (!p->istext && c == 'u') {
                error_c(p, "bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
            }
            add |= flag;
            if ((flag & TYPE_FLAGS) && (add & TYPE_FLAGS) != flag) {
                error_c(p, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
            }
            c = tok_get(p);
            if (c == TOK_NONE) {
                error_c(p, "missing -, : or )", 0);
            }
            if (c == ')' || c == '-' || c == ':') {
                break;
            }
            if (flag_of(c) == 0) {
                error_c(p, tok_isalpha(c) ? "unknown flag" : "missing -, : or )",
                        (c & TOK_ESC) ? 2 : 1);
            }
        }
    }
    if (c == ')') {
        p->flags |= add;
        return false;
    }
    if (add & GLOBAL_FLAGS) {
        error_c(p, "bad inline flags: cannot turn on global flag", 1);
    }
    if (c == '-') {
        c = tok_get(p);
        if (c == TOK_NONE) {
            error_c(p, "missing flag", 0);
        }
        if (flag_of(c) == 0) {
            error_c(p, tok_isalpha(c) ? "unknown flag" : "missing flag", (c & TOK_ESC) ? 2 : 1);
        }
        for (;;) {
            uint32_t flag = flag_of(c);
            if (flag & TYPE_FLAGS) {
                error_c(p, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
            }
            del |= flag;
            c = tok_get(p);
            if (c == TOK_NONE) {
                error_c(p, "missing :", 0);
            }
            if (c == ':') {
                break;
            }
            if (flag_of(c) == 0) {
                error_c(p, tok_isalpha(c) ? "unknown flag" : "missing :", (c & TOK_ESC) ? 2 : 1);
            }
        }
    }
    if (del & GLOBAL_FLAGS) {
        error_c(p, "bad inline flags: cannot turn off global flag", 1);
    }
    if (add & del) {
        error_c(p, "bad inline flags: flag turned on and off", 1);
    }
    *add_out = add;
    *del_out = del;
    return true;
}

static _Noreturn void unexpected_end(P *p) { error_c(p, "unexpected end of pattern", 0); }

static _Noreturn void unknown_ext(P *p, const char *prefix, int32_t c, size_t extra) {
    Vstr v;
    vstr_init(&v, 32);
    vstr_add_cstr(&v, prefix);
    msg_tok(p, &v, c);
    size_t clen = (c & TOK_ESC) ? 2 : 1;
    error_at(p, &v, (intptr_t)(tell(p) - (clen + extra)));
}

static void missing_paren(P *p, size_t start) {
    if (!tok_match(p, ')')) {
        error_c(p, "missing ), unterminated subpattern", tell(p) - start);
    }
}

// (?(cond)yes|no)
static ReNode *parse_conditional(P *p, bool verbose, int nested, size_t start) {
    Name nm = {0};
    getuntil(p, ')', "group name", &nm);
    uint32_t condgroup;
    if (name_isidentifier(&nm)) {
        Value g = dict_get(p->groupdict, name_str(&nm));
        if (g == VAL_NULL) {
            error_name(p, "unknown group name ", &nm, nm.n + 1);
        }
        condgroup = (uint32_t)val_small_int(g);
    } else {
        int64_t v = name_number(&nm);
        if (v < 0) {
            error_name(p, "bad character in group name ", &nm, nm.n + 1);
        }
        if (v == 0) {
            error_c(p, "bad group number", nm.n + 1);
        }
        if (v >= RE_MAXGROUPS) {
            Vstr m;
            vstr_init(&m, 32);
            vstr_printf(&m, "invalid group reference %lu", (unsigned long)v);
            error_at(p, &m, (intptr_t)(tell(p) - nm.n - 1));
        }
        condgroup = (uint32_t)v;
        bool seen = false;
        for (uint32_t i = 0; i < p->nrefpos; i++) {
            seen |= p->refpos[2 * i] == condgroup;
        }
        if (!seen) {
            if (p->nrefpos == p->refcap) {
                uint32_t cap = p->refcap ? p->refcap * 2 : 4;
                uint32_t *d = (uint32_t *)gc_alloc(cap * 8, true);
                if (p->nrefpos) {
                    memcpy(d, p->refpos, p->nrefpos * 8);
                }
                p->refpos = d;
                p->refcap = cap;
            }
            p->refpos[2 * p->nrefpos] = condgroup;
            p->refpos[2 * p->nrefpos + 1] = (uint32_t)(tell(p) - nm.n - 1);
            p->nrefpos++;
        }
    }
    checklookbehindgroup(p, condgroup);
    ReNode *nd = node_new(N_GROUPREF_EXISTS, condgroup);
    enter(p);
    nd->p = parse_seq(p, verbose, nested + 1, false);
    if (tok_match(p, '|')) {
        nd->q = parse_seq(p, verbose, nested + 1, false);
        if (p->next == '|') {
            error_c(p, "conditional backref with more than two branches", 0);
        }
    }
    p->depth--;
    missing_paren(p, start);
    return nd;
}

// The part of _parse after "(": returns the node to append, or NULL when
// nothing is appended (comments, global flags).
static ReNode *parse_group(P *p, Seq *sub, bool *verbose, int nested, bool first) {
    size_t start = tell(p) - 1;
    bool capture = true, atomic = false;
    Value name = VAL_NULL;
    size_t name_len = 0;
    uint32_t add = 0, del = 0;
    if (tok_match(p, '?')) {
        int32_t c = tok_get(p);
        if (c == TOK_NONE) {
            unexpected_end(p);
        }
        if (c == 'P') {
            if (tok_match(p, '<')) {
                Name nm = {0};
                getuntil(p, '>', "group name", &nm);
                checkgroupname(p, &nm, 1);
                name = name_str(&nm);
                name_len = nm.n;
            } else if (tok_match(p, '=')) {
                Name nm = {0};
                getuntil(p, ')', "group name", &nm);
                checkgroupname(p, &nm, 1);
                Value g = dict_get(p->groupdict, name_str(&nm));
                if (g == VAL_NULL) {
                    error_name(p, "unknown group name ", &nm, nm.n + 1);
                }
                uint32_t gid = (uint32_t)val_small_int(g);
                if (!checkgroup(p, gid)) {
                    error_c(p, "cannot refer to an open group", nm.n + 1);
                }
                checklookbehindgroup(p, gid);
                return node_new(N_GROUPREF, gid);
            } else {
                int32_t c2 = tok_get(p);
                if (c2 == TOK_NONE) {
                    unexpected_end(p);
                }
                unknown_ext(p, "unknown extension ?P", c2, 2);
            }
        } else if (c == ':') {
            capture = false;
        } else if (c == '#') {
            for (;;) {
                if (p->next == TOK_NONE) {
                    error_c(p, "missing ), unterminated comment", tell(p) - start);
                }
                if (tok_get(p) == ')') {
                    break;
                }
            }
            return NULL;
        } else if (c == '=' || c == '!' || c == '<') {
            int mode = 0;
            intptr_t saved = p->lookbehindgroups;
            if (c == '<') {
                c = tok_get(p);
                if (c == TOK_NONE) {
                    unexpected_end(p);
                }
                if (c != '=' && c != '!') {
                    unknown_ext(p, "unknown extension ?<", c, 2);
                }
                mode = 2;
                if (saved < 0) {
                    p->lookbehindgroups = p->groups;
                }
            }
            Seq *body = parse_sub(p, *verbose, nested + 1);
            if (mode == 2 && saved < 0) {
                p->lookbehindgroups = -1;
            }
            missing_paren(p, start);
            ReNode *nd = node_new(N_ASSERT, 0);
            nd->mode = (uint8_t)(mode | (c == '!'));
            nd->p = body;
            return nd;
        } else if (c == '(') {
            return parse_conditional(p, *verbose, nested, start);
        } else if (c == '>') {
            capture = false;
            atomic = true;
        } else if (flag_of(c) != 0 || c == '-') {
            if (!parse_flags(p, c, &add, &del)) {
                if (!first || sub->n) {
                    error_c(p, "global flags not at the start of the expression", tell(p) - start);
                }
                *verbose = (p->flags & RE_VERBOSE) != 0;
                return NULL;
            }
            capture = false;
        } else {
            unknown_ext(p, "unknown extension ?", c, 1);
        }
    }
    uint32_t group = 0;
    if (capture) {
        group = opengroup(p, name, name_len);
    }
    bool sub_verbose = (*verbose || (add & RE_VERBOSE)) && !(del & RE_VERBOSE);
    Seq *body = parse_sub(p, sub_verbose, nested + 1);
    missing_paren(p, start);
    if (capture) {
        closegroup(p, group, body);
    }
    ReNode *nd = node_new(atomic ? N_ATOMIC : N_SUBPATTERN, group);
    nd->b = add;
    nd->c = del;
    nd->p = body;
    return nd;
}

static Seq *parse_seq(P *p, bool verbose, int nested, bool first) {
    Seq *sub = seq_new();
    for (;;) {
        int32_t this = p->next;
        if (this == TOK_NONE || this == '|' || this == ')') {
            break;
        }
        tok_advance(p);
        if (verbose) {
            if (this == ' ' || this == '\t' || this == '\n' || this == '\r' || this == '\v' ||
                this == '\f') {
                continue;
            }
            if (this == '#') {
                for (;;) {
                    this = tok_get(p);
                    if (this == TOK_NONE || this == '\n') {
                        break;
                    }
                }
                continue;
            }
        }
        if (this & TOK_ESC) {
            Esc e = pattern_escape(p, this);
            ReNode *nd;
            if (e.kind == 0) {
                nd = node_new(N_LITERAL, e.v);
            } else if (e.kind == 1) {
                nd = node_new(N_IN, 0);
                uint32_t cap = 0;
                cls_add(nd, SI_CATEGORY, e.v, 0, &cap);
            } else if (e.kind == 2) {
                nd = node_new(N_AT, e.v);
            } else {
                nd = node_new(N_GROUPREF, e.v);
            }
            seq_add(sub, nd);
            continue;
        }
        switch (this) {
            case '[':
                seq_add(sub, parse_class(p));
                break;
            case '*':
            case '+':
            case '?':
            case '{':
                parse_repeat(p, sub, this);
                break;
            case '.':
                seq_add(sub, node_new(N_ANY, 0));
                break;
            case '(': {
                ReNode *nd = parse_group(p, sub, &verbose, nested, first);
                if (nd != NULL) {
                    seq_add(sub, nd);
                }
                break;
            }
            case '^':
                seq_add(sub, node_new(N_AT, AT_BEGINNING));
                break;
            case '$':
                seq_add(sub, node_new(N_AT, AT_END));
                break;
            default:
                seq_add(sub, node_new(N_LITERAL, (uint32_t)this));
                break;
        }
    }
    return sub;
}

// --- entry points -----------------------------------------------------------------------

uint32_t *re_decode_str(Value str, size_t *n) {
    StrObj *so = str_get(str);
    uint32_t *w = (uint32_t *)gc_alloc((so->charlen + 1) * 4, true);
    const uint8_t *d = (const uint8_t *)so->data;
    size_t k = 0;
    for (size_t i = 0; i < so->len;) {
        size_t l;
        w[k++] = utf8_get(d + i, &l);
        i += l;
    }
    *n = k;
    return w;
}

static uint32_t fix_flags(P *p, uint32_t flags) {
    if (p->istext) {
        if (flags & RE_LOCALE) {
            vm_raise(&exc_ValueError_type, "cannot use LOCALE flag with a str pattern");
        }
        if (!(flags & RE_ASCII)) {
            flags |= RE_UNICODE;
        } else if (flags & RE_UNICODE) {
            vm_raise(&exc_ValueError_type, "ASCII and UNICODE flags are incompatible");
        }
    } else {
        if (flags & RE_UNICODE) {
            vm_raise(&exc_ValueError_type, "cannot use UNICODE flag with a bytes pattern");
        }
        if ((flags & RE_LOCALE) && (flags & RE_ASCII)) {
            vm_raise(&exc_ValueError_type, "ASCII and LOCALE flags are incompatible");
        }
    }
    return flags;
}

Seq *re_parse(P *p, Value pattern, bool is_bytes, const uint8_t *data, size_t len, uint32_t flags) {
    memset(p, 0, sizeof(*p));
    p->istext = !is_bytes;
    p->pattern = pattern;
    if (is_bytes) {
        uint32_t *s = (uint32_t *)gc_alloc((len + 1) * 4, true);
        for (size_t i = 0; i < len; i++) {
            s[i] = data[i];
        }
        p->s = s;
        p->n = len;
    } else {
        p->s = re_decode_str(pattern, &p->n);
    }
    p->flags = flags;
    p->groups = 1;
    p->gw_cap = 8;
    p->gw_lo = (uint64_t *)gc_alloc(8 * 8, true);
    p->gw_hi = (uint64_t *)gc_alloc(8 * 8, true);
    p->gw_closed = (bool *)gc_alloc(8, true);
    p->groupdict = dict_new();
    p->lookbehindgroups = -1;
    tok_advance(p);
    Seq *top = parse_sub(p, (flags & RE_VERBOSE) != 0, 0);
    p->flags = fix_flags(p, p->flags);
    if (p->next != TOK_NONE) {
        error_c(p, "unbalanced parenthesis", 0);
    }
    for (uint32_t i = 0; i < p->nrefpos; i++) {
        if (p->refpos[2 * i] >= p->groups) {
            Vstr v;
            vstr_init(&v, 32);
            vstr_printf(&v, "invalid group reference %u", (unsigned)p->refpos[2 * i]);
            error_at(p, &v, p->refpos[2 * i + 1]);
        }
    }
    return top;
}

// --- replacement templates (re/_parser.py parse_template) ----------------------------

static void tpl_op(ReTemplate *t, intptr_t kind, intptr_t a, intptr_t b) {
    if (t->nops == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 8;
        intptr_t *ops = (intptr_t *)gc_alloc(cap * 3 * sizeof(intptr_t), true);
        if (t->nops) {
            memcpy(ops, t->ops, t->nops * 3 * sizeof(intptr_t));
        }
        t->ops = ops;
        t->cap = cap;
    }
    t->ops[3 * t->nops] = kind;
    t->ops[3 * t->nops + 1] = a;
    t->ops[3 * t->nops + 2] = b;
    t->nops++;
}

static void tpl_char(P *p, ReTemplate *t, uint32_t c) {
    if (p->istext) {
        vstr_add_codepoint(&t->lit, c);
    } else {
        vstr_add_byte(&t->lit, (char)c);
    }
}

static void tpl_group(P *p, ReTemplate *t, size_t *lit_start, uint64_t index, uint32_t ngroups,
                      size_t offset) {
    if (index > ngroups) {
        Vstr v;
        vstr_init(&v, 32);
        vstr_printf(&v, "invalid group reference %lu", (unsigned long)index);
        error_at(p, &v, (intptr_t)(tell(p) - offset));
    }
    if (t->lit.len > *lit_start) {
        tpl_op(t, 0, (intptr_t)*lit_start, (intptr_t)(t->lit.len - *lit_start));
    }
    *lit_start = t->lit.len;
    tpl_op(t, 1, (intptr_t)index, 0);
}

void re_parse_template(Value repl, bool is_bytes, const uint8_t *data, size_t len,
                       uint32_t ngroups, Value groupindex, ReTemplate *t) {
    P p;
    memset(&p, 0, sizeof(p));
    p.istext = !is_bytes;
    p.pattern = repl;
    if (is_bytes) {
        uint32_t *s = (uint32_t *)gc_alloc((len + 1) * 4, true);
        for (size_t i = 0; i < len; i++) {
            s[i] = data[i];
        }
        p.s = s;
        p.n = len;
    } else {
        p.s = re_decode_str(repl, &p.n);
    }
    memset(t, 0, sizeof(*t));
    vstr_init(&t->lit, len + 1);
    size_t lit_start = 0;
    tok_advance(&p);
    for (;;) {
        int32_t this = tok_get(&p);
        if (this == TOK_NONE) {
            break;
        }
        if (!(this & TOK_ESC)) {
            tpl_char(&p, t, (uint32_t)this);
            continue;
        }
        uint32_t c = (uint32_t)this & ~(uint32_t)TOK_ESC;
        if (c == 'g') {
            if (!tok_match(&p, '<')) {
                error_c(&p, "missing <", 0);
            }
            Name nm = {0};
            getuntil(&p, '>', "group name", &nm);
            uint64_t index;
            if (name_isidentifier(&nm)) {
                Value g = dict_get(groupindex, name_str(&nm));
                if (g == VAL_NULL) {
                    vm_raise(&exc_IndexError_type, "unknown group name %R", name_str(&nm));
                }
                index = (uint64_t)val_small_int(g);
            } else {
                int64_t v = name_number(&nm);
                if (v < 0) {
                    error_name(&p, "bad character in group name ", &nm, nm.n + 1);
                }
                if (v >= RE_MAXGROUPS) {
                    Vstr m;
                    vstr_init(&m, 32);
                    vstr_printf(&m, "invalid group reference %lu", (unsigned long)v);
                    error_at(&p, &m, (intptr_t)(tell(&p) - nm.n - 1));
                }
                index = (uint64_t)v;
            }
            tpl_group(&p, t, &lit_start, index, ngroups, nm.n + 1);
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && is_oct_tok(p.next); k++) {
                v = v * 8 + (uint32_t)(tok_get(&p) - '0');
            }
            tpl_char(&p, t, v & 0xFF);
        } else if (c >= '1' && c <= '9') {
            uint32_t index = c - '0';
            size_t tlen = 2;
            if (is_digit_tok(p.next)) {
                uint32_t d2 = (uint32_t)tok_get(&p);
                tlen = 3;
                if (c <= '7' && d2 <= '7' && is_oct_tok(p.next)) {
                    uint32_t d3 = (uint32_t)tok_get(&p);
                    uint32_t v = (c - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
                    if (v > 0377) {
                        Vstr m;
                        vstr_init(&m, 48);
                        vstr_printf(&m, "octal escape value \\%c%c%c outside of range 0-0o377",
                                    (int)c, (int)d2, (int)d3);
                        error_at(&p, &m, (intptr_t)(tell(&p) - 4));
                    }
                    tpl_char(&p, t, v);
                    continue;
                }
                index = index * 10 + (d2 - '0');
            }
            tpl_group(&p, t, &lit_start, index, ngroups, tlen - 1);
        } else {
            Esc e;
            if (c == 'b') {
                tpl_char(&p, t, 8);
            } else if (escape_simple(c, &e)) {
                tpl_char(&p, t, e.v);
            } else if (is_ascii_letter(c)) {
                Vstr esc;
                vstr_init(&esc, 8);
                vstr_add_byte(&esc, '\\');
                vstr_add_byte(&esc, (char)c);
                bad_escape(&p, "bad escape ", &esc);
            } else {
                tpl_char(&p, t, '\\');
                tpl_char(&p, t, c);
            }
        }
    }
    if (t->lit.len > lit_start) {
        tpl_op(t, 0, (intptr_t)lit_start, (intptr_t)(t->lit.len - lit_start));
    }
}
