// The re code generator: syntax tree (re_tree.h, built by re_parse.c) ->
// compact program (re_int.h). It picks the cheapest loop form for each
// repeat: one-char items get RE_OP_REPS (no backtrack entry per
// character), bodies that cannot match empty get plain SPLIT loops, and
// the rest get counted loops with CPython's empty-iteration rule. Sets get
// a 256-bit bitmap so chars below 256 are tested in one lookup.
#include <string.h>
#include "re_tree.h"
#include "gc.h"
#include "print.h"

// --- code generation ---------------------------------------------------------------------

typedef struct {
    P *p;
    uint32_t *code;
    uint32_t n, cap;
    uint32_t ncounters;
} Gen;

static void emit(Gen *g, uint32_t w) {
    if (g->n == g->cap) {
        uint32_t cap = g->cap * 2;
        uint32_t *c = (uint32_t *)gc_alloc(cap * 4, true);
        memcpy(c, g->code, g->n * 4);
        g->code = c;
        g->cap = cap;
    }
    g->code[g->n++] = w;
}

static void patch_off(Gen *g, uint32_t at_ins, uint32_t word, uint32_t target) {
    g->code[at_ins + word] = (uint32_t)((int32_t)target - (int32_t)at_ins);
}

static bool unicode_mode(uint32_t flags) { return (flags & RE_UNICODE) != 0; }

// Whether a case-insensitive literal c may match other chars. With
// Unicode rules any non-ASCII char may be (U+1E9E lowers to U+00DF, whose
// own simple case mappings are the identity), so only ASCII non-letters
// are known to be caseless.
static bool may_fold(uint32_t c, bool unicode) {
    if (c < 128 || !unicode) {
        return re_lower(c, false) != c || re_upper(c, false) != c;
    }
    return true;
}

static void gen_literal(Gen *g, uint32_t c, bool negate, uint32_t flags) {
    if (flags & RE_IGNORECASE) {
        bool u = unicode_mode(flags);
        uint32_t lo = re_lower(c, u), up = re_upper(c, u);
        if (may_fold(c, u)) {
            if (u) {
                emit(g, negate ? RE_OP_NCHAR_I : RE_OP_CHAR_I);
                emit(g, c);
                emit(g, lo);
                emit(g, up);
            } else {
                emit(g, negate ? RE_OP_NCHAR_IA : RE_OP_CHAR_IA);
                emit(g, lo);
            }
            return;
        }
    }
    emit(g, negate ? RE_OP_NCHAR : RE_OP_CHAR);
    emit(g, c);
}

static bool items_contain(const uint32_t *items, uint32_t n, uint32_t ch, bool u) {
    for (uint32_t i = 0; i < n; i++) {
        const uint32_t *it = items + 3 * i;
        if (it[0] == RE_SETI_RANGE) {
            if (ch >= it[1] && ch <= it[2]) {
                return true;
            }
        } else if (re_category(it[1], ch, u)) {
            return true;
        }
    }
    return false;
}

// Set membership from the items; with ICASE also through the case
// variants of ch (lower, upper, and the lower of the upper, which puts
// U+017F LONG S with 's' as CPython's case fixes do).
static bool set_eval(const uint32_t *items, uint32_t n, uint32_t flags, uint32_t ch) {
    bool u = (flags & RE_SET_UNICODE) != 0;
    bool hit = items_contain(items, n, ch, u);
    if (!hit && (flags & RE_SET_ICASE)) {
        uint32_t lo = re_lower(ch, u), up = re_upper(ch, u), ul = re_lower(up, u);
        hit = (lo != ch && items_contain(items, n, lo, u)) ||
              (up != ch && items_contain(items, n, up, u)) ||
              (ul != ch && ul != lo && items_contain(items, n, ul, u));
    }
    return hit != ((flags & RE_SET_NEGATE) != 0);
}

bool re_set_contains(const uint32_t *set, uint32_t ch) {
    if (ch < 256) {
        return (set[3 + (ch >> 5)] >> (ch & 31)) & 1;
    }
    const uint32_t *items = set + RE_SET_HDR;
    uint32_t n = (set[1] - RE_SET_HDR) / 3;
    return set_eval(items, n, set[2], ch);
}

static void gen_set(Gen *g, ReNode *nd, uint32_t flags) {
    uint32_t start = g->n;
    uint32_t sflags = (nd->mode ? RE_SET_NEGATE : 0) | ((flags & RE_IGNORECASE) ? RE_SET_ICASE : 0) |
                      (unicode_mode(flags) ? RE_SET_UNICODE : 0);
    emit(g, RE_OP_SET);
    emit(g, 0);
    emit(g, sflags);
    for (int i = 0; i < 8; i++) {
        emit(g, 0);
    }
    for (uint32_t i = 0; i < nd->setn; i++) {
        const uint32_t *it = nd->set + 3 * i;
        if (it[0] == SI_CATEGORY) {
            emit(g, RE_SETI_CAT);
            emit(g, it[1]);
            emit(g, 0);
        } else {
            emit(g, RE_SETI_RANGE);
            emit(g, it[1]);
            emit(g, it[0] == SI_RANGE ? it[2] : it[1]);
        }
    }
    g->code[start + 1] = g->n - start;
    // The bitmap answers every char below 256 in one lookup.
    uint32_t *set = g->code + start;
    uint32_t nitems = (set[1] - RE_SET_HDR) / 3;
    for (uint32_t ch = 0; ch < 256; ch++) {
        if (set_eval(set + RE_SET_HDR, nitems, sflags, ch)) {
            set[3 + (ch >> 5)] |= 1u << (ch & 31);
        }
    }
}

static bool is_single(ReNode *nd) {
    return nd->op == N_LITERAL || nd->op == N_NOT_LITERAL || nd->op == N_ANY || nd->op == N_IN;
}

static void gen_seq(Gen *g, Seq *s, uint32_t flags);

static void gen_single(Gen *g, ReNode *nd, uint32_t flags) {
    switch (nd->op) {
        case N_LITERAL: gen_literal(g, nd->a, false, flags); break;
        case N_NOT_LITERAL: gen_literal(g, nd->a, true, flags); break;
        case N_ANY: emit(g, (flags & RE_DOTALL) ? RE_OP_ANYALL : RE_OP_ANY); break;
        default: gen_set(g, nd, flags); break;
    }
}

// A repeat's body; possessive repeats make each iteration atomic, as
// CPython's POSSESSIVE_REPEAT does (X{2,}+ is not (?>X{2,}): an iteration
// that matched is never re-entered to reach the minimum).
static void gen_body(Gen *g, Seq *body, uint32_t flags, bool atomic) {
    uint32_t at = g->n;
    if (atomic) {
        emit(g, RE_OP_ATOMIC);
        emit(g, 0);
    }
    gen_seq(g, body, flags);
    if (atomic) {
        emit(g, RE_OP_ATOMIC_END);
        patch_off(g, at, 1, g->n);
    }
}

static void gen_repeat(Gen *g, ReNode *nd, uint32_t flags) {
    uint32_t min = nd->a, max = nd->b;
    Seq *body = nd->p;
    if (body->n == 1 && is_single(body->items[0])) {
        uint32_t at = g->n;
        emit(g, RE_OP_REPS);
        emit(g, min);
        emit(g, max);
        emit(g, nd->mode);
        emit(g, 0);
        gen_single(g, body->items[0], flags);
        g->code[at + 4] = g->n - at - 5;
        return;
    }
    uint32_t atomic_at = 0;
    if (nd->mode == RE_POSSESSIVE) {
        atomic_at = g->n;
        emit(g, RE_OP_ATOMIC);
        emit(g, 0);
    }
    bool lazy = nd->mode == RE_LAZY;
    uint64_t lo, hi;
    re_seq_width(g->p, body, &lo, &hi);
    if (min == 0 && max == 1) {
        uint32_t split = g->n;
        emit(g, lazy ? RE_OP_SPLIT_J : RE_OP_SPLIT);
        emit(g, 0);
        gen_body(g, body, flags, nd->mode == RE_POSSESSIVE);
        patch_off(g, split, 1, g->n);
    } else if (lo > 0 && min == 0 && max == RE_MAXREPEAT) {
        uint32_t loop = g->n;
        emit(g, lazy ? RE_OP_SPLIT_J : RE_OP_SPLIT);
        emit(g, 0);
        gen_body(g, body, flags, nd->mode == RE_POSSESSIVE);
        uint32_t j = g->n;
        emit(g, RE_OP_JMP);
        emit(g, 0);
        patch_off(g, j, 1, loop);
        patch_off(g, loop, 1, g->n);
    } else if (lo > 0 && min == 1 && max == RE_MAXREPEAT) {
        uint32_t loop = g->n;
        gen_body(g, body, flags, nd->mode == RE_POSSESSIVE);
        uint32_t j = g->n;
        emit(g, lazy ? RE_OP_SPLIT : RE_OP_SPLIT_J);
        emit(g, 0);
        patch_off(g, j, 1, loop);
    } else {
        uint32_t c = g->ncounters++;
        emit(g, RE_OP_REP_INIT);
        emit(g, c);
        uint32_t test = g->n;
        emit(g, RE_OP_REP_TEST);
        emit(g, c);
        emit(g, min);
        emit(g, max);
        emit(g, lazy ? RE_LAZY : RE_GREEDY);
        emit(g, 0);
        gen_body(g, body, flags, nd->mode == RE_POSSESSIVE);
        uint32_t end = g->n;
        emit(g, RE_OP_REP_END);
        emit(g, c);
        emit(g, 0);
        patch_off(g, end, 2, test);
        patch_off(g, test, 5, g->n);
    }
    if (nd->mode == RE_POSSESSIVE) {
        emit(g, RE_OP_ATOMIC_END);
        patch_off(g, atomic_at, 1, g->n);
    }
}

static void gen_node(Gen *g, ReNode *nd, uint32_t flags) {
    switch (nd->op) {
        case N_LITERAL:
        case N_NOT_LITERAL:
        case N_ANY:
        case N_IN:
            gen_single(g, nd, flags);
            break;
        case N_AT: {
            bool ml = (flags & RE_MULTILINE) != 0;
            switch (nd->a) {
                case AT_BEGINNING: emit(g, ml ? RE_OP_MBOL : RE_OP_BOS); break;
                case AT_BEGINNING_STRING: emit(g, RE_OP_BOS); break;
                case AT_END: emit(g, ml ? RE_OP_MEOL : RE_OP_EOL); break;
                case AT_END_STRING: emit(g, RE_OP_EOS); break;
                default:
                    emit(g, nd->a == AT_BOUNDARY ? RE_OP_WORDB : RE_OP_NWORDB);
                    emit(g, unicode_mode(flags));
                    break;
            }
            break;
        }
        case N_BRANCH: {
            uint32_t *jumps = (uint32_t *)gc_alloc(nd->nalts * 4, true);
            for (uint32_t i = 0; i < nd->nalts; i++) {
                uint32_t split = 0;
                bool last = i + 1 == nd->nalts;
                if (!last) {
                    split = g->n;
                    emit(g, RE_OP_SPLIT);
                    emit(g, 0);
                }
                gen_seq(g, nd->alts[i], flags);
                if (!last) {
                    jumps[i] = g->n;
                    emit(g, RE_OP_JMP);
                    emit(g, 0);
                    patch_off(g, split, 1, g->n);
                }
            }
            for (uint32_t i = 0; i + 1 < nd->nalts; i++) {
                patch_off(g, jumps[i], 1, g->n);
            }
            break;
        }
        case N_SUBPATTERN: {
            uint32_t f = (flags | nd->b) & ~nd->c;
            if (nd->a) {
                emit(g, RE_OP_SAVE);
                emit(g, 2 * nd->a);
            }
            gen_seq(g, nd->p, f);
            if (nd->a) {
                emit(g, RE_OP_SAVE);
                emit(g, 2 * nd->a + 1);
            }
            break;
        }
        case N_REPEAT:
            gen_repeat(g, nd, flags);
            break;
        case N_GROUPREF:
            emit(g, RE_OP_BACKREF);
            emit(g, nd->a);
            emit(g, !(flags & RE_IGNORECASE) ? 0 : unicode_mode(flags) ? 1 : 2);
            break;
        case N_GROUPREF_EXISTS: {
            uint32_t at = g->n;
            emit(g, RE_OP_GROUPEXISTS);
            emit(g, nd->a);
            emit(g, 0);
            gen_seq(g, nd->p, flags);
            if (nd->q != NULL) {
                uint32_t j = g->n;
                emit(g, RE_OP_JMP);
                emit(g, 0);
                patch_off(g, at, 2, g->n);
                gen_seq(g, nd->q, flags);
                patch_off(g, j, 1, g->n);
            } else {
                patch_off(g, at, 2, g->n);
            }
            break;
        }
        case N_ASSERT: {
            uint64_t lo = 0, hi = 0;
            if (nd->mode & 2) {
                re_seq_width(g->p, nd->p, &lo, &hi);
                if (lo != hi) {
                    Vstr v;
                    vstr_init(&v, 48);
                    vstr_add_cstr(&v, "look-behind requires fixed-width pattern");
                    re_raise_error(vstr_to_str(&v), VAL_NULL, -1);
                }
            }
            uint32_t at = g->n;
            emit(g, RE_OP_LOOK);
            emit(g, nd->mode);
            emit(g, (uint32_t)lo);
            emit(g, 0);
            gen_seq(g, nd->p, flags);
            emit(g, RE_OP_LOOK_END);
            patch_off(g, at, 3, g->n);
            break;
        }
        case N_ATOMIC: {
            uint32_t at = g->n;
            emit(g, RE_OP_ATOMIC);
            emit(g, 0);
            gen_seq(g, nd->p, flags);
            emit(g, RE_OP_ATOMIC_END);
            patch_off(g, at, 1, g->n);
            break;
        }
        default:
            break;
    }
}

static void gen_seq(Gen *g, Seq *s, uint32_t flags) {
    for (uint32_t i = 0; i < s->n; i++) {
        gen_node(g, s->items[i], flags);
    }
}

// The literal char every match must start with (case-sensitive), or -1.
static int32_t first_literal(Seq *s, uint32_t flags, int depth) {
    if (s->n == 0 || depth > 8) {
        return -1;
    }
    ReNode *nd = s->items[0];
    switch (nd->op) {
        case N_LITERAL:
            if (flags & RE_IGNORECASE) {
                bool u = unicode_mode(flags);
                if (may_fold(nd->a, u)) {
                    return -1;
                }
            }
            return (int32_t)nd->a;
        case N_SUBPATTERN:
            return first_literal(nd->p, (flags | nd->b) & ~nd->c, depth + 1);
        case N_ATOMIC:
            return first_literal(nd->p, flags, depth + 1);
        case N_REPEAT:
            return nd->a >= 1 ? first_literal(nd->p, flags, depth + 1) : -1;
        default:
            return -1;
    }
}

static bool is_anchored(Seq *s, uint32_t flags) {
    if (s->n == 0 || s->items[0]->op != N_AT) {
        return false;
    }
    uint32_t a = s->items[0]->a;
    return a == AT_BEGINNING_STRING || (a == AT_BEGINNING && !(flags & RE_MULTILINE));
}

// --- entry point -------------------------------------------------------------------------

void re_compile_pattern(Value pattern, bool is_bytes, const uint8_t *data, size_t len,
                        uint32_t flags, ReCompiled *out) {
    P p;
    Seq *top = re_parse(&p, pattern, is_bytes, data, len, flags);
    Gen g = {&p, (uint32_t *)gc_alloc(64 * 4, true), 0, 64, 0};
    gen_seq(&g, top, p.flags);
    emit(&g, RE_OP_MATCH);
    ReProg *prog = (ReProg *)gc_alloc(sizeof(ReProg) + g.n * 4, true);
    prog->ncode = g.n;
    prog->ngroups = p.groups - 1;
    prog->ncounters = g.ncounters;
    prog->nregs = 2 * p.groups + 1 + 2 * g.ncounters;
    prog->first_char = first_literal(top, p.flags, 0);
    prog->anchored = is_anchored(top, p.flags);
    memcpy(prog->code, g.code, g.n * 4);
    out->prog = prog;
    out->flags = p.flags;
    out->groupindex = p.groupdict;
    Value ig = tuple_new(p.groups, NULL);
    Value k, v;
    for (size_t i = 0; dict_next(p.groupdict, &i, &k, &v);) {
        val_tuple(ig)->items[val_small_int(v)] = k;
    }
    out->indexgroup = ig;
}
