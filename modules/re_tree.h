// The syntax tree of the re compiler, shared by the parser (re_parse.c)
// and the code generator (re_compile.c): sequences of nodes mirroring
// CPython's re/_parser.py SubPattern items, and the parser state (which
// also knows each group's width, needed for look-behind checks).
#ifndef COPPER_MODULES_RE_TREE_H
#define COPPER_MODULES_RE_TREE_H

#include "re_int.h"

enum {
    N_LITERAL,        // a = char
    N_NOT_LITERAL,    // a = char
    N_ANY,
    N_IN,             // set items
    N_AT,             // a = AT_*
    N_BRANCH,         // alts[0..nalts)
    N_SUBPATTERN,     // a = group (0: none), b = add flags, c = del flags, p = body
    N_REPEAT,         // a = min, b = max, mode, p = body
    N_GROUPREF,       // a = group
    N_GROUPREF_EXISTS,// a = group, p = yes, q = no (or NULL)
    N_ASSERT,         // mode: bit0 negative, bit1 behind; p = body
    N_ATOMIC,         // p = body
};

enum { AT_BEGINNING, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_END, AT_END_STRING };

// Set item kinds in the tree (triples kind, a, b).
enum { SI_LITERAL, SI_RANGE, SI_CATEGORY, SI_NEGATE };

typedef struct ReNode ReNode;
typedef struct Seq Seq;

struct Seq {
    ReNode **items;
    uint32_t n, cap;
    bool has_width;
    uint64_t lo, hi;
};

struct ReNode {
    uint8_t op;
    uint8_t mode;
    uint32_t a, b, c;
    Seq *p, *q;
    Seq **alts;
    uint32_t nalts;
    uint32_t *set;     // triples
    uint32_t setn;     // number of triples
};

typedef struct {
    // tokenizer
    const uint32_t *s;
    size_t n;
    size_t index;
    int32_t next;
    size_t next_len;
    bool istext;
    Value pattern;
    // state
    uint32_t flags;
    uint32_t groups;        // groups opened + 1 (group 0)
    uint64_t *gw_lo, *gw_hi;
    bool *gw_closed;
    uint32_t gw_cap;
    Value groupdict;
    intptr_t lookbehindgroups;   // -1: None
    uint32_t *refpos;            // pairs (group, pos) for conditional references
    uint32_t nrefpos, refcap;
    int depth;
} P;

// Parses `pattern` (its code points in p->s after setup) with `flags`:
// the whole of re/_parser.py parse(), errors included. Fills *p (final
// flags, groups, group names) and returns the top sequence. May raise.
Seq *re_parse(P *p, Value pattern, bool is_bytes, const uint8_t *data, size_t len, uint32_t flags);
// The (min, max) width of a sequence, as SubPattern.getwidth().
void re_seq_width(P *p, Seq *s, uint64_t *lo, uint64_t *hi);

#endif
