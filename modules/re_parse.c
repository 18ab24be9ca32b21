// Copper's regular-expression front end: a recursive-descent parser that
// turns pattern text into the syntax tree of re_tree.h, and a small reader
// for replacement templates (re.sub's "\1", "\g<name>" ...).
//
// The reader works on an array of code points with one cursor, p->pos. A
// "unit" is either one plain character or a backslash plus the character
// after it; the cursor always rests at the start of a unit, and error
// positions are measured from it. Moving the cursor onto a lone trailing
// backslash is itself an error ("bad escape (end of pattern)"), so every
// function can look at the current unit without special cases.
//
// The grammar, top down: alternation = sequence ('|' sequence)*; sequence
// = (atom quantifier?)*; atoms are literals, escapes, sets, '.', anchors
// and parenthesised constructs. Error messages and positions are the ones
// CPython's re module reports (they are observable behaviour). Nesting
// deeper than RE_NEST_LIMIT raises RecursionError, keeping the C stack
// bounded on small devices.
#include <string.h>
#include "re_tree.h"
#include "gc.h"
#include "lexer.h"
#include "obj_str.h"
#include "print.h"
#include "utf8.h"
#include "vm_raise.h"

#if UINTPTR_MAX > 0xFFFFFFFFu
#define RE_NEST_LIMIT 496
#else
#define RE_NEST_LIMIT 60
#endif

// Units: a plain character is its code point; an escape is UNIT_ESC plus
// the escaped character; UNIT_END marks the end of the text.
#define UNIT_END (-1)
#define UNIT_ESC 0x01000000
#define UNIT_CHAR(u) ((uint32_t)(u) & ~(uint32_t)UNIT_ESC)
#define WIDTH_SAT ((uint64_t)1 << 40)

// Flag groups with special rules in inline flags.
#define CHARSET_FLAGS (RE_ASCII | RE_LOCALE | RE_UNICODE)
#define WHOLE_PATTERN_FLAGS (RE_DEBUG | RE_TEMPLATE)

// ---------------------------------------------------------------------------
// Allocation helpers

static void *mem(size_t n) { return gc_alloc(n, false); }

static Seq *new_seq(void) { return (Seq *)mem(sizeof(Seq)); }

static ReNode *new_node(uint8_t op, uint32_t a) {
    ReNode *nd = (ReNode *)mem(sizeof(ReNode));
    nd->op = op;
    nd->a = a;
    return nd;
}

static void push_node(Seq *s, ReNode *nd) {
    if (s->n == s->cap) {
        uint32_t ncap = s->cap < 4 ? 4 : s->cap * 2;
        ReNode **grown = (ReNode **)mem(ncap * sizeof(ReNode *));
        if (s->n) {
            memcpy(grown, s->items, s->n * sizeof(ReNode *));
        }
        s->items = grown;
        s->cap = ncap;
    }
    s->items[s->n++] = nd;
}

static Seq *seq_of(ReNode *nd) {
    Seq *s = new_seq();
    push_node(s, nd);
    return s;
}

// Set items are stored as triples (kind, a, b); the capacity in triples is
// kept in the node's c field while the set is being built.
static void set_push(ReNode *nd, uint32_t kind, uint32_t a, uint32_t b) {
    if (nd->setn == nd->c) {
        uint32_t ncap = nd->c < 8 ? 8 : nd->c * 2;
        uint32_t *grown = (uint32_t *)gc_alloc(ncap * 3 * sizeof(uint32_t), true);
        if (nd->setn) {
            memcpy(grown, nd->set, nd->setn * 3 * sizeof(uint32_t));
        }
        nd->set = grown;
        nd->c = ncap;
    }
    uint32_t *t = nd->set + 3 * nd->setn++;
    t[0] = kind;
    t[1] = a;
    t[2] = b;
}

// ---------------------------------------------------------------------------
// Error reporting

// Appends one character to a message; for bytes patterns non-ASCII values
// appear as \xhh, which is how CPython renders them.
static void say_char(const P *p, Vstr *m, uint32_t c) {
    if (!p->istext && c >= 0x80) {
        static const char hex[] = "0123456789abcdef";
        char esc[4] = {'\\', 'x', hex[(c >> 4) & 15], hex[c & 15]};
        vstr_add_bytes(m, esc, 4);
    } else {
        vstr_add_codepoint(m, c);
    }
}

// Appends the pattern text s[from, to) exactly as written.
static void say_text(const P *p, Vstr *m, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) {
        say_char(p, m, p->s[i]);
    }
}

static void say_unit(const P *p, Vstr *m, int32_t u) {
    if (u & UNIT_ESC) {
        vstr_add_byte(m, '\\');
    }
    say_char(p, m, UNIT_CHAR(u));
}

static _Noreturn void fail_msg(P *p, Vstr *m, size_t pos) {
    re_raise_error(vstr_to_str(m), p->pattern, (intptr_t)pos);
}

static _Noreturn void fail(P *p, const char *text, size_t pos) {
    Vstr m;
    vstr_init(&m, 48);
    vstr_add_cstr(&m, text);
    fail_msg(p, &m, pos);
}

// "<text><the written text s[from, to)>" reported at `from`.
static _Noreturn void fail_quoting(P *p, const char *text, size_t from, size_t to) {
    Vstr m;
    vstr_init(&m, 48);
    vstr_add_cstr(&m, text);
    say_text(p, &m, from, to);
    fail_msg(p, &m, from);
}

static _Noreturn void fail_number(P *p, const char *text, uint64_t num, size_t pos) {
    Vstr m;
    vstr_init(&m, 48);
    vstr_printf(&m, "%s%lu", text, (unsigned long)num);
    fail_msg(p, &m, pos);
}

// ---------------------------------------------------------------------------
// The cursor

static void move_to(P *p, size_t pos) {
    p->pos = pos;
    if (pos + 1 == p->n && p->s[pos] == '\\') {
        fail(p, "bad escape (end of pattern)", pos);
    }
}

static int32_t unit_here(const P *p) {
    if (p->pos >= p->n) {
        return UNIT_END;
    }
    uint32_t c = p->s[p->pos];
    return c == '\\' ? (int32_t)(UNIT_ESC | p->s[p->pos + 1]) : (int32_t)c;
}

static size_t unit_len(int32_t u) { return u == UNIT_END ? 0 : (u & UNIT_ESC) ? 2 : 1; }

static int32_t take(P *p) {
    int32_t u = unit_here(p);
    move_to(p, p->pos + unit_len(u));
    return u;
}

static bool take_if(P *p, uint32_t c) {
    if (unit_here(p) == (int32_t)c) {
        move_to(p, p->pos + 1);
        return true;
    }
    return false;
}

static bool here_is_digit(const P *p, char hi) {
    int32_t u = unit_here(p);
    return u >= '0' && u <= hi;
}

static int hex_digit(int32_t u) {
    if (u >= '0' && u <= '9') {
        return u - '0';
    }
    if ((u | 0x20) >= 'a' && (u | 0x20) <= 'f') {
        return (u | 0x20) - 'a' + 10;
    }
    return -1;
}

static bool ascii_letter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// ---------------------------------------------------------------------------
// Names: (?P<name>, (?P=name), (?(name), \g<name>, \N{name}

// A name is a stretch of the text, [from, from + len).
typedef struct {
    size_t from, len;
} Span;

// Reads up to `close`, leaving the cursor after it.
static Span read_name(P *p, uint32_t close, const char *what) {
    Span sp = {p->pos, 0};
    for (;;) {
        int32_t u = take(p);
        if (u == (int32_t)close || u == UNIT_END) {
            if (sp.len == 0) {
                Vstr m;
                vstr_init(&m, 32);
                vstr_printf(&m, "missing %s", what);
                fail_msg(p, &m, u == UNIT_END ? p->pos : p->pos - 1);
            }
            if (u == UNIT_END) {
                Vstr m;
                vstr_init(&m, 32);
                vstr_printf(&m, "missing %c, unterminated name", (int)close);
                fail_msg(p, &m, sp.from);
            }
            return sp;
        }
        sp.len += unit_len(u);
    }
}

static Value span_str(const P *p, Span sp) {
    Vstr v;
    vstr_init(&v, sp.len + 1);
    for (size_t i = 0; i < sp.len; i++) {
        vstr_add_codepoint(&v, p->s[sp.from + i]);
    }
    return vstr_to_str(&v);
}

static bool span_is_identifier(const P *p, Span sp) {
    for (size_t i = 0; i < sp.len; i++) {
        uint32_t c = p->s[sp.from + i];
        bool ok = c == '_' || (i == 0 ? utf8_isidstart(c) : utf8_isidcontinue(c));
        if (!ok) {
            return false;
        }
    }
    return sp.len > 0;
}

// The value of an all-ASCII-digit name (large values saturate), or -1.
static int64_t span_number(const P *p, Span sp) {
    int64_t v = 0;
    for (size_t i = 0; i < sp.len; i++) {
        uint32_t c = p->s[sp.from + i];
        if (c < '0' || c > '9') {
            return -1;
        }
        v = v * 10 + (c - '0');
        if (v > (int64_t)WIDTH_SAT) {
            v = (int64_t)WIDTH_SAT;
        }
    }
    return sp.len ? v : -1;
}

// "<text>'name'" (the name's repr) reported at the name's start.
static _Noreturn void fail_name(P *p, const char *text, Span sp) {
    Vstr m;
    vstr_init(&m, 48);
    vstr_add_cstr(&m, text);
    Value r = str_repr_str(span_str(p, sp));
    const uint8_t *d = (const uint8_t *)str_cstr(r);
    size_t n = str_len_bytes(r);
    for (size_t i = 0; i < n;) {
        size_t k;
        say_char(p, &m, utf8_get(d + i, &k));
        i += k;
    }
    fail_msg(p, &m, sp.from);
}

static void require_identifier(P *p, Span sp) {
    if (!span_is_identifier(p, sp)) {
        fail_name(p, "bad character in group name ", sp);
    }
}

// ---------------------------------------------------------------------------
// Groups

// Opens the next capturing group; errors are reported at `at` (the name's
// start for named groups, the '(' otherwise).
static uint32_t group_open(P *p, Value name, size_t at) {
    uint32_t id = p->groups;
    if (id == p->ginfo_cap) {
        uint32_t ncap = p->ginfo_cap * 2;
        ReGroupInfo *grown = (ReGroupInfo *)gc_alloc(ncap * sizeof(ReGroupInfo), true);
        memcpy(grown, p->ginfo, p->ginfo_cap * sizeof(ReGroupInfo));
        p->ginfo = grown;
        p->ginfo_cap = ncap;
    }
    p->ginfo[id].closed = false;
    p->groups = id + 1;
    if (p->groups > RE_MAXGROUPS) {
        fail(p, "too many groups", at);
    }
    if (name != VAL_NULL) {
        Value before = dict_get(p->groupdict, name);
        if (before != VAL_NULL) {
            Vstr m;
            vstr_init(&m, 64);
            vstr_add_cstr(&m, "redefinition of group name ");
            Value r = str_repr_str(name);
            const uint8_t *d = (const uint8_t *)str_cstr(r);
            size_t n = str_len_bytes(r);
            for (size_t i = 0; i < n;) {
                size_t k;
                say_char(p, &m, utf8_get(d + i, &k));
                i += k;
            }
            vstr_printf(&m, " as group %u; was group %d", (unsigned)id,
                        (int)val_small_int(before));
            fail_msg(p, &m, at);
        }
        dict_set(p->groupdict, name, val_from_small_int(id));
    }
    return id;
}

static void group_close(P *p, uint32_t id, Seq *body) {
    re_seq_width(p, body, &p->ginfo[id].lo, &p->ginfo[id].hi);
    p->ginfo[id].closed = true;
}

static bool group_is_closed(const P *p, uint32_t id) {
    return id < p->groups && p->ginfo[id].closed;
}

// A reference to group `id` inside a look-behind must name a group that
// is finished and lies outside that look-behind.
static void check_ref_in_lookbehind(P *p, uint32_t id) {
    if (p->lookbehind_first < 0) {
        return;
    }
    if (!group_is_closed(p, id)) {
        fail(p, "cannot refer to an open group", p->pos);
    }
    if ((intptr_t)id >= p->lookbehind_first) {
        fail(p, "cannot refer to group defined in the same lookbehind subpattern", p->pos);
    }
}

// ---------------------------------------------------------------------------
// Widths

static uint64_t sat_add(uint64_t a, uint64_t b) {
    uint64_t s = a + b;
    return s > WIDTH_SAT ? WIDTH_SAT : s;
}

static uint64_t sat_mul(uint64_t a, uint64_t b) {
    if (a == 0 || b == 0) {
        return 0;
    }
    return a > WIDTH_SAT / b ? WIDTH_SAT : a * b;
}

static void widen(uint64_t *lo, uint64_t *hi, uint64_t l, uint64_t h) {
    if (l < *lo) {
        *lo = l;
    }
    if (h > *hi) {
        *hi = h;
    }
}

static void node_span(P *p, const ReNode *nd, uint64_t *lo, uint64_t *hi) {
    uint64_t l, h;
    *lo = *hi = 0;
    switch (nd->op) {
        case N_LITERAL:
        case N_NOT_LITERAL:
        case N_ANY:
        case N_IN:
            *lo = *hi = 1;
            return;
        case N_SUBPATTERN:
        case N_ATOMIC:
            re_seq_width(p, nd->p, lo, hi);
            return;
        case N_REPEAT:
            re_seq_width(p, nd->p, &l, &h);
            *lo = sat_mul(l, nd->a);
            *hi = sat_mul(h, nd->b);
            return;
        case N_BRANCH:
            *lo = RE_MAXREPEAT - 1;
            for (uint32_t k = 0; k < nd->nalts; k++) {
                re_seq_width(p, nd->alts[k], &l, &h);
                widen(lo, hi, l, h);
            }
            return;
        case N_GROUPREF:
            *lo = p->ginfo[nd->a].lo;
            *hi = p->ginfo[nd->a].hi;
            return;
        case N_GROUPREF_EXISTS:
            re_seq_width(p, nd->p, lo, hi);
            if (nd->q == NULL) {
                *lo = 0;
            } else {
                re_seq_width(p, nd->q, &l, &h);
                widen(lo, hi, l, h);
            }
            return;
        default:
            return;   // anchors and assertions consume nothing
    }
}

void re_seq_width(P *p, Seq *s, uint64_t *lo, uint64_t *hi) {
    if (!s->has_width) {
        uint64_t sum_lo = 0, sum_hi = 0;
        for (uint32_t k = 0; k < s->n; k++) {
            uint64_t l, h;
            node_span(p, s->items[k], &l, &h);
            sum_lo = sat_add(sum_lo, l);
            sum_hi = sat_add(sum_hi, h);
        }
        s->lo = sum_lo < RE_MAXREPEAT - 1 ? sum_lo : RE_MAXREPEAT - 1;
        s->hi = sum_hi < RE_MAXREPEAT ? sum_hi : RE_MAXREPEAT;
        s->has_width = true;
    }
    *lo = s->lo;
    *hi = s->hi;
}

// ---------------------------------------------------------------------------
// Escapes

// What an escape stands for.
enum { ESC_CHAR, ESC_CATEGORY, ESC_ANCHOR, ESC_BACKREF };

typedef struct {
    int kind;
    uint32_t value;
} Escape;

static int control_escape(uint32_t c) {
    static const char letters[] = "afnrtv\\";
    static const uint8_t values[] = {7, 12, 10, 13, 9, 11, '\\'};
    for (int i = 0; letters[i]; i++) {
        if ((uint32_t)letters[i] == c) {
            return values[i];
        }
    }
    return -1;
}

static int category_escape(uint32_t c) {
    static const char letters[] = "dDsSwW";
    static const uint8_t cats[] = {RE_CAT_DIGIT, RE_CAT_NOT_DIGIT, RE_CAT_SPACE,
                                   RE_CAT_NOT_SPACE, RE_CAT_WORD, RE_CAT_NOT_WORD};
    for (int i = 0; letters[i]; i++) {
        if ((uint32_t)letters[i] == c) {
            return cats[i];
        }
    }
    return -1;
}

static int anchor_escape(uint32_t c) {
    switch (c) {
        case 'A': return AT_BEGINNING_STRING;
        case 'b': return AT_BOUNDARY;
        case 'B': return AT_NON_BOUNDARY;
        case 'Z': return AT_END_STRING;
        default: return -1;
    }
}

// \xhh, \uhhhh, \Uhhhhhhhh; the cursor is after the letter.
static uint32_t hex_escape(P *p, size_t start, uint32_t letter) {
    int want = letter == 'x' ? 2 : letter == 'u' ? 4 : 8;
    uint32_t v = 0;
    for (int got = 0; got < want; got++) {
        int d = hex_digit(unit_here(p));
        if (d < 0) {
            fail_quoting(p, "incomplete escape ", start, p->pos);
        }
        v = v * 16 + (uint32_t)d;
        move_to(p, p->pos + 1);
    }
    if (v > 0x10FFFF) {
        fail_quoting(p, "bad escape ", start, p->pos);
    }
    return v;
}

// \N{NAME}; the cursor is after the N.
static uint32_t named_escape(P *p, size_t start) {
    if (!take_if(p, '{')) {
        fail(p, "missing {", p->pos);
    }
    Span sp = read_name(p, '}', "character name");
    Vstr v;
    vstr_init(&v, sp.len + 1);
    for (size_t i = 0; i < sp.len; i++) {
        vstr_add_codepoint(&v, p->s[sp.from + i]);
    }
    uint32_t c;
    if (!lex_unicode_lookup(v.buf, v.len, &c)) {
        Vstr m;
        vstr_init(&m, 48);
        vstr_add_cstr(&m, "undefined character name ");
        Value r = str_repr_str(span_str(p, sp));
        vstr_add_value_str(&m, r);
        fail_msg(p, &m, start);
    }
    return c;
}

// Up to `more` further octal digits after a first digit worth `v`.
static uint32_t more_octal(P *p, uint32_t v, int more) {
    while (more-- > 0 && here_is_digit(p, '7')) {
        v = v * 8 + (uint32_t)(unit_here(p) - '0');
        move_to(p, p->pos + 1);
    }
    return v;
}

static void check_octal(P *p, size_t start, uint32_t v) {
    if (v > 0377) {
        Vstr m;
        vstr_init(&m, 48);
        vstr_add_cstr(&m, "octal escape value ");
        say_text(p, &m, start, p->pos);
        vstr_add_cstr(&m, " outside of range 0-0o377");
        fail_msg(p, &m, start);
    }
}

// A backslash unit has just been taken (it started at `start`); works out
// its meaning inside a set (in_set) or in the pattern proper.
static Escape read_escape(P *p, size_t start, uint32_t c, bool in_set) {
    Escape e = {ESC_CHAR, 0};
    int k;
    if (!in_set && (k = anchor_escape(c)) >= 0) {
        e.kind = ESC_ANCHOR;
        e.value = (uint32_t)k;
        return e;
    }
    if (in_set && c == 'b') {
        e.value = 8;
        return e;
    }
    if ((k = category_escape(c)) >= 0) {
        e.kind = ESC_CATEGORY;
        e.value = (uint32_t)k;
        return e;
    }
    if ((k = control_escape(c)) >= 0) {
        e.value = (uint32_t)k;
        return e;
    }
    if (c == 'x' || (p->istext && (c == 'u' || c == 'U'))) {
        e.value = hex_escape(p, start, c);
        return e;
    }
    if (c == 'N' && p->istext) {
        e.value = named_escape(p, start);
        return e;
    }
    if (c >= '0' && c <= '9') {
        if (in_set) {
            if (c > '7') {
                fail_quoting(p, "bad escape ", start, p->pos);
            }
            e.value = more_octal(p, c - '0', 2);
            check_octal(p, start, e.value);
            return e;
        }
        if (c == '0') {
            e.value = more_octal(p, 0, 2);
            return e;
        }
        // \1 .. \99 refer to groups; three octal digits make a character.
        uint32_t num = c - '0';
        if (here_is_digit(p, '9')) {
            uint32_t d2 = (uint32_t)unit_here(p);
            move_to(p, p->pos + 1);
            if (c <= '7' && d2 <= '7' && here_is_digit(p, '7')) {
                e.value = more_octal(p, (c - '0') * 8 + (d2 - '0'), 1);
                check_octal(p, start, e.value);
                return e;
            }
            num = num * 10 + (d2 - '0');
        }
        if (num >= p->groups) {
            fail_number(p, "invalid group reference ", num, start + 1);
        }
        if (!group_is_closed(p, num)) {
            fail(p, "cannot refer to an open group", start);
        }
        check_ref_in_lookbehind(p, num);
        e.kind = ESC_BACKREF;
        e.value = num;
        return e;
    }
    if (ascii_letter(c)) {
        fail_quoting(p, "bad escape ", start, p->pos);
    }
    e.value = c;
    return e;
}

// ---------------------------------------------------------------------------
// Sets: [...]

// One member of a set; *is_char tells a plain character from a category.
static uint32_t set_member(P *p, int32_t u, size_t at, bool *is_char) {
    *is_char = true;
    if (!(u & UNIT_ESC)) {
        return (uint32_t)u;
    }
    Escape e = read_escape(p, at, UNIT_CHAR(u), true);
    *is_char = e.kind == ESC_CHAR;
    return e.value;
}

// The cursor is after '['.
static ReNode *parse_set(P *p) {
    size_t open = p->pos - 1;
    ReNode *nd = new_node(N_IN, 0);
    bool negated = take_if(p, '^');
    for (;;) {
        size_t at = p->pos;
        int32_t u = take(p);
        if (u == UNIT_END) {
            fail(p, "unterminated character set", open);
        }
        if (u == ']' && nd->setn > 0) {
            break;
        }
        bool first_char;
        uint32_t first = set_member(p, u, at, &first_char);
        if (!take_if(p, '-')) {
            set_push(nd, first_char ? SI_LITERAL : SI_CATEGORY, first, 0);
            continue;
        }
        size_t at2 = p->pos;
        int32_t u2 = take(p);
        if (u2 == UNIT_END) {
            fail(p, "unterminated character set", open);
        }
        if (u2 == ']') {
            // "[a-]": the hyphen is an ordinary member
            set_push(nd, first_char ? SI_LITERAL : SI_CATEGORY, first, 0);
            set_push(nd, SI_LITERAL, '-', 0);
            break;
        }
        bool last_char;
        uint32_t last = set_member(p, u2, at2, &last_char);
        if (!first_char || !last_char || last < first) {
            Vstr m;
            vstr_init(&m, 32);
            vstr_add_cstr(&m, "bad character range ");
            say_unit(p, &m, u);
            vstr_add_byte(&m, '-');
            say_unit(p, &m, u2);
            fail_msg(p, &m, p->pos - unit_len(u) - 1 - unit_len(u2));
        }
        set_push(nd, SI_RANGE, first, last);
    }
    if (nd->setn == 1 && nd->set[0] == SI_LITERAL) {
        return new_node(negated ? N_NOT_LITERAL : N_LITERAL, nd->set[1]);
    }
    nd->mode = negated;
    nd->c = 0;
    return nd;
}

// ---------------------------------------------------------------------------
// Quantifiers

// Reads the digits of a {m,n} bound; *seen tells whether there were any.
static uint64_t read_bound(P *p, bool *seen) {
    uint64_t v = 0;
    *seen = false;
    while (here_is_digit(p, '9')) {
        v = v * 10 + (uint64_t)(unit_here(p) - '0');
        if (v > WIDTH_SAT) {
            v = WIDTH_SAT;
        }
        move_to(p, p->pos + 1);
        *seen = true;
    }
    return v;
}

static uint32_t check_bound(uint64_t v) {
    if (v >= RE_MAXREPEAT) {
        vm_raise(&exc_OverflowError_type, "the repetition number is too large");
    }
    return (uint32_t)v;
}

// Reads "{m,n}" after its '{' (at `open`) into *min/*max. Returns false,
// with the cursor back after the '{', when the text is not a valid
// quantifier: the brace is then an ordinary character.
static bool read_braces(P *p, size_t open, uint32_t *min, uint32_t *max) {
    if (unit_here(p) == '}') {
        return false;
    }
    bool has_lo, has_hi;
    uint64_t lo = read_bound(p, &has_lo), hi;
    if (take_if(p, ',')) {
        hi = read_bound(p, &has_hi);
    } else {
        hi = lo;
        has_hi = has_lo;
    }
    if (!take_if(p, '}')) {
        move_to(p, open + 1);
        return false;
    }
    *min = has_lo ? check_bound(lo) : 0;
    *max = RE_MAXREPEAT;
    if (has_hi) {
        *max = check_bound(hi);
        if (*max < *min) {
            fail(p, "min repeat greater than max repeat", open + 1);
        }
    }
    return true;
}

// Wraps the last node of `seq` in a repeat; `at` is where the quantifier
// began.
static void apply_quantifier(P *p, Seq *seq, size_t at, uint32_t min, uint32_t max) {
    ReNode *target = seq->n ? seq->items[seq->n - 1] : NULL;
    if (target == NULL || target->op == N_AT) {
        fail(p, "nothing to repeat", at);
    }
    if (target->op == N_REPEAT) {
        fail(p, "multiple repeat", at);
    }
    ReNode *rep = new_node(N_REPEAT, min);
    rep->b = max;
    // A plain "(?:...)" adds nothing of its own: repeat its body directly.
    bool bare_group = target->op == N_SUBPATTERN && target->a == 0 && target->b == 0 &&
                      target->c == 0;
    rep->p = bare_group ? target->p : seq_of(target);
    if (take_if(p, '?')) {
        rep->mode = RE_LAZY;
    } else if (take_if(p, '+')) {
        rep->mode = RE_POSSESSIVE;
    } else {
        rep->mode = RE_GREEDY;
    }
    seq->items[seq->n - 1] = rep;
}

// ---------------------------------------------------------------------------
// Inline flags: (?aiLmsux-imsx:...) and (?aiLmsux)

static uint32_t flag_bit(int32_t u) {
    static const char letters[] = "iLmsxatu";
    static const uint16_t bits[] = {RE_IGNORECASE, RE_LOCALE, RE_MULTILINE, RE_DOTALL,
                                    RE_VERBOSE, RE_ASCII, RE_TEMPLATE, RE_UNICODE};
    for (int i = 0; letters[i]; i++) {
        if ((int32_t)letters[i] == u) {
            return bits[i];
        }
    }
    return 0;
}

// The error for a unit `u` (just taken) that is not a flag letter.
static _Noreturn void fail_flag(P *p, int32_t u, const char *otherwise) {
    bool alpha = u != UNIT_END && !(u & UNIT_ESC) && utf8_isalpha((uint32_t)u);
    fail(p, alpha ? "unknown flag" : otherwise, p->pos - unit_len(u));
}

// Reads flags from unit `u` (already taken) on. Returns false for a
// whole-pattern "(?flags)", whose flags go straight into p->flags;
// otherwise fills *on/*off for a scoped "(?on-off:...)".
static bool read_flags(P *p, int32_t u, uint32_t *on, uint32_t *off) {
    *on = *off = 0;
    while (u != '-') {
        uint32_t bit = flag_bit(u);
        if (u == 'L' && p->istext) {
            fail(p, "bad inline flags: cannot use 'L' flag with a str pattern", p->pos);
        }
        if (u == 'u' && !p->istext) {
            fail(p, "bad inline flags: cannot use 'u' flag with a bytes pattern", p->pos);
        }
        *on |= bit;
        if ((bit & CHARSET_FLAGS) && (*on & CHARSET_FLAGS) != bit) {
            fail(p, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", p->pos);
        }
        u = take(p);
        if (u == UNIT_END) {
            fail(p, "missing -, : or )", p->pos);
        }
        if (u == ')') {
            p->flags |= *on;
            return false;
        }
        if (u == ':') {
            break;
        }
        if (u != '-' && flag_bit(u) == 0) {
            fail_flag(p, u, "missing -, : or )");
        }
    }
    if (*on & WHOLE_PATTERN_FLAGS) {
        fail(p, "bad inline flags: cannot turn on global flag", p->pos - 1);
    }
    if (u == '-') {
        u = take(p);
        if (u == UNIT_END) {
            fail(p, "missing flag", p->pos);
        }
        if (flag_bit(u) == 0) {
            fail_flag(p, u, "missing flag");
        }
        while (u != ':') {
            uint32_t bit = flag_bit(u);
            if (bit & CHARSET_FLAGS) {
                fail(p, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", p->pos);
            }
            *off |= bit;
            u = take(p);
            if (u == UNIT_END) {
                fail(p, "missing :", p->pos);
            }
            if (u != ':' && flag_bit(u) == 0) {
                fail_flag(p, u, "missing :");
            }
        }
    }
    if (*off & WHOLE_PATTERN_FLAGS) {
        fail(p, "bad inline flags: cannot turn off global flag", p->pos - 1);
    }
    if (*on & *off) {
        fail(p, "bad inline flags: flag turned on and off", p->pos - 1);
    }
    return true;
}

// ---------------------------------------------------------------------------
// The grammar

static Seq *parse_alternation(P *p, bool verbose, bool top);
static Seq *parse_sequence(P *p, bool verbose, bool may_set_flags);

static void nest_in(P *p) {
    if (++p->depth > RE_NEST_LIMIT) {
        vm_raise(&exc_RecursionError_type, "maximum recursion depth exceeded");
    }
}

static void expect_close(P *p, size_t open) {
    if (!take_if(p, ')')) {
        fail(p, "missing ), unterminated subpattern", open);
    }
}

// "unknown extension <prefix><unit>" at the '?' that began it.
static _Noreturn void fail_extension(P *p, const char *prefix, int32_t u, size_t qmark) {
    Vstr m;
    vstr_init(&m, 32);
    vstr_add_cstr(&m, "unknown extension ");
    vstr_add_cstr(&m, prefix);
    say_unit(p, &m, u);
    fail_msg(p, &m, qmark);
}

static int32_t take_required(P *p) {
    int32_t u = take(p);
    if (u == UNIT_END) {
        fail(p, "unexpected end of pattern", p->pos);
    }
    return u;
}

// Remembers where a numeric (?(n)...) test was first written, so that a
// group number beyond the last group can be reported there at the end.
static void note_condref(P *p, uint32_t id, size_t at) {
    for (uint32_t i = 0; i < p->ncondrefs; i++) {
        if (p->condrefs[2 * i] == id) {
            return;
        }
    }
    if (p->ncondrefs == p->condrefs_cap) {
        uint32_t ncap = p->condrefs_cap < 4 ? 4 : p->condrefs_cap * 2;
        uint32_t *grown = (uint32_t *)gc_alloc(ncap * 2 * sizeof(uint32_t), true);
        if (p->ncondrefs) {
            memcpy(grown, p->condrefs, p->ncondrefs * 2 * sizeof(uint32_t));
        }
        p->condrefs = grown;
        p->condrefs_cap = ncap;
    }
    p->condrefs[2 * p->ncondrefs] = id;
    p->condrefs[2 * p->ncondrefs + 1] = (uint32_t)at;
    p->ncondrefs++;
}

// (?(group)yes|no); the cursor is after "(?(".
static ReNode *parse_conditional(P *p, bool verbose, size_t open) {
    Span sp = read_name(p, ')', "group name");
    uint32_t id;
    if (span_is_identifier(p, sp)) {
        Value g = dict_get(p->groupdict, span_str(p, sp));
        if (g == VAL_NULL) {
            fail_name(p, "unknown group name ", sp);
        }
        id = (uint32_t)val_small_int(g);
    } else {
        int64_t num = span_number(p, sp);
        if (num < 0) {
            fail_name(p, "bad character in group name ", sp);
        }
        if (num == 0) {
            fail(p, "bad group number", sp.from);
        }
        if (num >= RE_MAXGROUPS) {
            fail_number(p, "invalid group reference ", (uint64_t)num, sp.from);
        }
        id = (uint32_t)num;
        note_condref(p, id, sp.from);
    }
    check_ref_in_lookbehind(p, id);
    ReNode *nd = new_node(N_GROUPREF_EXISTS, id);
    nest_in(p);
    nd->p = parse_sequence(p, verbose, false);
    if (take_if(p, '|')) {
        nd->q = parse_sequence(p, verbose, false);
        if (unit_here(p) == '|') {
            fail(p, "conditional backref with more than two branches", p->pos);
        }
    }
    p->depth--;
    expect_close(p, open);
    return nd;
}

// (?=...) (?!...) (?<=...) (?<!...); `kind` is the unit after "(?" (or
// after "(?<"), behind tells which.
static ReNode *parse_lookaround(P *p, bool verbose, size_t open, int32_t kind, bool behind) {
    bool outermost = behind && p->lookbehind_first < 0;
    if (outermost) {
        p->lookbehind_first = p->groups;
    }
    Seq *body = parse_alternation(p, verbose, false);
    if (outermost) {
        p->lookbehind_first = -1;
    }
    expect_close(p, open);
    ReNode *nd = new_node(N_ASSERT, 0);
    nd->mode = (uint8_t)((behind ? 2 : 0) | (kind == '!' ? 1 : 0));
    nd->p = body;
    return nd;
}

// Everything that starts with '(' (the cursor is after it). Returns NULL
// for constructs that add no node: comments and whole-pattern flags. The
// latter may switch verbose mode on for the rest of the sequence.
static ReNode *parse_paren(P *p, const Seq *seq, bool *verbose, bool may_set_flags) {
    size_t open = p->pos - 1;
    Value name = VAL_NULL;
    size_t name_at = open;
    bool capturing = true;
    uint8_t op = N_SUBPATTERN;
    uint32_t on = 0, off = 0;
    if (take_if(p, '?')) {
        size_t qmark = open + 1;
        int32_t u = take_required(p);
        capturing = false;
        switch (u) {
            case ':':
                break;
            case '>':
                op = N_ATOMIC;
                break;
            case '#':
                for (;;) {
                    int32_t c = take(p);
                    if (c == UNIT_END) {
                        fail(p, "missing ), unterminated comment", open);
                    }
                    if (c == ')') {
                        return NULL;
                    }
                }
            case '=':
            case '!':
                return parse_lookaround(p, *verbose, open, u, false);
            case '<': {
                int32_t kind = take_required(p);
                if (kind != '=' && kind != '!') {
                    fail_extension(p, "?<", kind, qmark);
                }
                return parse_lookaround(p, *verbose, open, kind, true);
            }
            case '(':
                return parse_conditional(p, *verbose, open);
            case 'P':
                if (take_if(p, '<')) {
                    Span sp = read_name(p, '>', "group name");
                    require_identifier(p, sp);
                    name = span_str(p, sp);
                    name_at = sp.from;
                    capturing = true;
                } else if (take_if(p, '=')) {
                    Span sp = read_name(p, ')', "group name");
                    require_identifier(p, sp);
                    Value g = dict_get(p->groupdict, span_str(p, sp));
                    if (g == VAL_NULL) {
                        fail_name(p, "unknown group name ", sp);
                    }
                    uint32_t id = (uint32_t)val_small_int(g);
                    if (!group_is_closed(p, id)) {
                        fail(p, "cannot refer to an open group", sp.from);
                    }
                    check_ref_in_lookbehind(p, id);
                    return new_node(N_GROUPREF, id);
                } else {
                    fail_extension(p, "?P", take_required(p), qmark);
                }
                break;
            default:
                if (u != '-' && flag_bit(u) == 0) {
                    fail_extension(p, "?", u, qmark);
                }
                if (!read_flags(p, u, &on, &off)) {
                    if (!may_set_flags || seq->n > 0) {
                        fail(p, "global flags not at the start of the expression", open);
                    }
                    *verbose = (p->flags & RE_VERBOSE) != 0;
                    return NULL;
                }
                break;
        }
    }
    uint32_t id = capturing ? group_open(p, name, name_at) : 0;
    bool inner_verbose = (*verbose || (on & RE_VERBOSE)) && !(off & RE_VERBOSE);
    Seq *body = parse_alternation(p, inner_verbose, false);
    expect_close(p, open);
    if (capturing) {
        group_close(p, id, body);
    }
    ReNode *nd = new_node(op, id);
    nd->b = on;
    nd->c = off;
    nd->p = body;
    return nd;
}

static bool verbose_space(int32_t u) {
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\v' || u == '\f';
}

// Atoms and quantifiers up to '|', ')' or the end.
static Seq *parse_sequence(P *p, bool verbose, bool may_set_flags) {
    Seq *seq = new_seq();
    for (;;) {
        int32_t u = unit_here(p);
        if (u == UNIT_END || u == '|' || u == ')') {
            return seq;
        }
        size_t at = p->pos;
        take(p);
        if (verbose && verbose_space(u)) {
            continue;
        }
        if (verbose && u == '#') {
            int32_t c;
            do {
                c = take(p);
            } while (c != UNIT_END && c != '\n');
            continue;
        }
        if (u & UNIT_ESC) {
            Escape e = read_escape(p, at, UNIT_CHAR(u), false);
            ReNode *nd;
            switch (e.kind) {
                case ESC_CHAR:
                    nd = new_node(N_LITERAL, e.value);
                    break;
                case ESC_CATEGORY:
                    nd = new_node(N_IN, 0);
                    set_push(nd, SI_CATEGORY, e.value, 0);
                    nd->c = 0;
                    break;
                case ESC_ANCHOR:
                    nd = new_node(N_AT, e.value);
                    break;
                default:
                    nd = new_node(N_GROUPREF, e.value);
                    break;
            }
            push_node(seq, nd);
            continue;
        }
        uint32_t min, max;
        switch (u) {
            case '*':
                apply_quantifier(p, seq, at, 0, RE_MAXREPEAT);
                break;
            case '+':
                apply_quantifier(p, seq, at, 1, RE_MAXREPEAT);
                break;
            case '?':
                apply_quantifier(p, seq, at, 0, 1);
                break;
            case '{':
                if (read_braces(p, at, &min, &max)) {
                    apply_quantifier(p, seq, at, min, max);
                } else {
                    push_node(seq, new_node(N_LITERAL, '{'));
                }
                break;
            case '[':
                push_node(seq, parse_set(p));
                break;
            case '.':
                push_node(seq, new_node(N_ANY, 0));
                break;
            case '^':
                push_node(seq, new_node(N_AT, AT_BEGINNING));
                break;
            case '$':
                push_node(seq, new_node(N_AT, AT_END));
                break;
            case '(': {
                ReNode *nd = parse_paren(p, seq, &verbose, may_set_flags);
                if (nd != NULL) {
                    push_node(seq, nd);
                }
                break;
            }
            default:
                push_node(seq, new_node(N_LITERAL, (uint32_t)u));
                break;
        }
    }
}

// Whether a one-node sequence is a single character or a plain set, so
// that an alternation of such can become one set.
static bool single_char_choice(const Seq *s) {
    if (s->n != 1) {
        return false;
    }
    const ReNode *nd = s->items[0];
    return nd->op == N_LITERAL || (nd->op == N_IN && nd->mode == 0);
}

static Seq *parse_alternation(P *p, bool verbose, bool top) {
    nest_in(p);
    Seq *first = parse_sequence(p, verbose, top);
    if (unit_here(p) != '|') {
        p->depth--;
        return first;
    }
    // Collect the alternatives in a growing array.
    uint32_t n = 1, cap = 4;
    Seq **alts = (Seq **)mem(cap * sizeof(Seq *));
    alts[0] = first;
    while (take_if(p, '|')) {
        if (top) {
            // whole-pattern flags set in an earlier branch apply here too
            verbose = (p->flags & RE_VERBOSE) != 0;
        }
        if (n == cap) {
            Seq **grown = (Seq **)mem(cap * 2 * sizeof(Seq *));
            memcpy(grown, alts, n * sizeof(Seq *));
            alts = grown;
            cap *= 2;
        }
        alts[n++] = parse_sequence(p, verbose, false);
    }
    p->depth--;
    bool all_chars = true;
    for (uint32_t i = 0; i < n && all_chars; i++) {
        all_chars = single_char_choice(alts[i]);
    }
    if (all_chars) {
        // "a|b|[cd]" matches like "[abcd]", which needs no backtracking.
        ReNode *set = new_node(N_IN, 0);
        for (uint32_t i = 0; i < n; i++) {
            const ReNode *nd = alts[i]->items[0];
            if (nd->op == N_LITERAL) {
                set_push(set, SI_LITERAL, nd->a, 0);
                continue;
            }
            for (uint32_t k = 0; k < nd->setn; k++) {
                const uint32_t *t = nd->set + 3 * k;
                set_push(set, t[0], t[1], t[2]);
            }
        }
        set->c = 0;
        return seq_of(set);
    }
    ReNode *br = new_node(N_BRANCH, 0);
    br->alts = alts;
    br->nalts = n;
    return seq_of(br);
}

// ---------------------------------------------------------------------------
// Entry points

uint32_t *re_decode_str(Value str, size_t *n) {
    StrObj *so = str_get(str);
    uint32_t *out = (uint32_t *)gc_alloc(((size_t)so->charlen + 1) * sizeof(uint32_t), true);
    const uint8_t *d = (const uint8_t *)so->data;
    size_t count = 0;
    for (size_t i = 0; i < so->len;) {
        size_t step;
        out[count++] = utf8_get(d + i, &step);
        i += step;
    }
    *n = count;
    return out;
}

// Points p at the code points of a str or bytes text.
static void load_text(P *p, Value text, bool is_bytes, const uint8_t *data, size_t len) {
    p->istext = !is_bytes;
    p->pattern = text;
    if (is_bytes) {
        uint32_t *w = (uint32_t *)gc_alloc((len + 1) * sizeof(uint32_t), true);
        for (size_t i = 0; i < len; i++) {
            w[i] = data[i];
        }
        p->s = w;
        p->n = len;
    } else {
        p->s = re_decode_str(text, &p->n);
    }
    move_to(p, 0);
}

// The flag combinations a pattern of each kind may end up with; str
// patterns are Unicode unless ASCII was asked for.
static uint32_t settle_flags(const P *p, uint32_t f) {
    if (!p->istext) {
        if (f & RE_UNICODE) {
            vm_raise(&exc_ValueError_type, "cannot use UNICODE flag with a bytes pattern");
        }
        if ((f & RE_LOCALE) && (f & RE_ASCII)) {
            vm_raise(&exc_ValueError_type, "ASCII and LOCALE flags are incompatible");
        }
        return f;
    }
    if (f & RE_LOCALE) {
        vm_raise(&exc_ValueError_type, "cannot use LOCALE flag with a str pattern");
    }
    if (!(f & RE_ASCII)) {
        return f | RE_UNICODE;
    }
    if (f & RE_UNICODE) {
        vm_raise(&exc_ValueError_type, "ASCII and UNICODE flags are incompatible");
    }
    return f;
}

Seq *re_parse(P *p, Value pattern, bool is_bytes, const uint8_t *data, size_t len, uint32_t flags) {
    memset(p, 0, sizeof(*p));
    p->flags = flags;
    p->groups = 1;
    p->ginfo_cap = 8;
    p->ginfo = (ReGroupInfo *)gc_alloc(p->ginfo_cap * sizeof(ReGroupInfo), true);
    p->groupdict = dict_new();
    p->lookbehind_first = -1;
    load_text(p, pattern, is_bytes, data, len);
    Seq *top = parse_alternation(p, (flags & RE_VERBOSE) != 0, true);
    p->flags = settle_flags(p, p->flags);
    if (p->pos < p->n) {
        // only a ')' can stop the top level early
        fail(p, "unbalanced parenthesis", p->pos);
    }
    for (uint32_t i = 0; i < p->ncondrefs; i++) {
        if (p->condrefs[2 * i] >= p->groups) {
            fail_number(p, "invalid group reference ", p->condrefs[2 * i], p->condrefs[2 * i + 1]);
        }
    }
    return top;
}

// --- replacement templates ---------------------------------------------------------------

// Builds a ReTemplate: literal text accumulates in t->lit; a group
// reference first closes the pending literal run.
typedef struct {
    P *p;
    ReTemplate *t;
    size_t run_start;
} TplBuilder;

static void tpl_emit(ReTemplate *t, intptr_t kind, intptr_t a, intptr_t b) {
    if (t->nops == t->cap) {
        size_t ncap = t->cap < 8 ? 8 : t->cap * 2;
        intptr_t *grown = (intptr_t *)gc_alloc(ncap * 3 * sizeof(intptr_t), true);
        if (t->nops) {
            memcpy(grown, t->ops, t->nops * 3 * sizeof(intptr_t));
        }
        t->ops = grown;
        t->cap = ncap;
    }
    intptr_t *op = t->ops + 3 * t->nops++;
    op[0] = kind;
    op[1] = a;
    op[2] = b;
}

static void tpl_flush(TplBuilder *b) {
    if (b->t->lit.len > b->run_start) {
        tpl_emit(b->t, 0, (intptr_t)b->run_start, (intptr_t)(b->t->lit.len - b->run_start));
    }
    b->run_start = b->t->lit.len;
}

static void tpl_char(TplBuilder *b, uint32_t c) {
    if (b->p->istext) {
        vstr_add_codepoint(&b->t->lit, c);
    } else {
        vstr_add_byte(&b->t->lit, (char)c);
    }
}

static void tpl_ref(TplBuilder *b, uint64_t id, uint32_t ngroups, size_t at) {
    if (id > ngroups) {
        fail_number(b->p, "invalid group reference ", id, at);
    }
    tpl_flush(b);
    tpl_emit(b->t, 1, (intptr_t)id, 0);
}

// \g<name> or \g<number>; the cursor is after the g.
static void tpl_named_ref(TplBuilder *b, uint32_t ngroups, Value groupindex) {
    P *p = b->p;
    if (!take_if(p, '<')) {
        fail(p, "missing <", p->pos);
    }
    Span sp = read_name(p, '>', "group name");
    uint64_t id;
    if (span_is_identifier(p, sp)) {
        Value g = dict_get(groupindex, span_str(p, sp));
        if (g == VAL_NULL) {
            vm_raise(&exc_IndexError_type, "unknown group name %R", span_str(p, sp));
        }
        id = (uint64_t)val_small_int(g);
    } else {
        int64_t num = span_number(p, sp);
        if (num < 0) {
            fail_name(p, "bad character in group name ", sp);
        }
        if (num >= RE_MAXGROUPS) {
            fail_number(p, "invalid group reference ", (uint64_t)num, sp.from);
        }
        id = (uint64_t)num;
    }
    tpl_ref(b, id, ngroups, sp.from);
}

void re_parse_template(Value repl, bool is_bytes, const uint8_t *data, size_t len,
                       uint32_t ngroups, Value groupindex, ReTemplate *t) {
    P p;
    memset(&p, 0, sizeof(p));
    memset(t, 0, sizeof(*t));
    vstr_init(&t->lit, len + 1);
    TplBuilder b = {&p, t, 0};
    load_text(&p, repl, is_bytes, data, len);
    for (;;) {
        size_t at = p.pos;
        int32_t u = take(&p);
        if (u == UNIT_END) {
            break;
        }
        if (!(u & UNIT_ESC)) {
            tpl_char(&b, (uint32_t)u);
            continue;
        }
        uint32_t c = UNIT_CHAR(u);
        int k;
        if (c == 'g') {
            tpl_named_ref(&b, ngroups, groupindex);
        } else if (c == '0') {
            tpl_char(&b, more_octal(&p, 0, 2) & 0xFF);
        } else if (c >= '1' && c <= '9') {
            uint32_t num = c - '0';
            if (here_is_digit(&p, '9')) {
                uint32_t d2 = (uint32_t)take(&p);
                if (c <= '7' && d2 <= '7' && here_is_digit(&p, '7')) {
                    uint32_t v = more_octal(&p, (c - '0') * 8 + (d2 - '0'), 1);
                    check_octal(&p, at, v);
                    tpl_char(&b, v);
                    continue;
                }
                num = num * 10 + (d2 - '0');
            }
            tpl_ref(&b, num, ngroups, at + 1);
        } else if (c == 'b') {
            tpl_char(&b, 8);
        } else if ((k = control_escape(c)) >= 0) {
            tpl_char(&b, (uint32_t)k);
        } else if (ascii_letter(c)) {
            fail_quoting(&p, "bad escape ", at, p.pos);
        } else {
            // unknown punctuation escapes are kept as written
            tpl_char(&b, '\\');
            tpl_char(&b, c);
        }
    }
    tpl_flush(&b);
}
