// The syntax tree of Copper's re compiler, shared by the parser
// (re_parse.c) and the code generator (re_compile.c). A pattern is a Seq
// (a sequence of nodes, matched one after another); nodes that contain
// sub-patterns point at further Seqs. The parser's state, P, also carries
// what the code generator needs afterwards: the final flags, the group
// count, the group names and each group's width (for look-behind checks).
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

// What the parser knows about one capturing group.
typedef struct {
    uint64_t lo, hi;   // width range, valid once closed
    bool closed;
} ReGroupInfo;

typedef struct {
    // the text being read: code points, and the index of the next one
    const uint32_t *s;
    size_t n;
    size_t pos;
    bool istext;
    Value pattern;
    // results read by the code generator
    uint32_t flags;
    uint32_t groups;             // capturing groups opened, plus one (group 0)
    Value groupdict;             // name -> group number
    // bookkeeping while parsing
    ReGroupInfo *ginfo;
    uint32_t ginfo_cap;
    intptr_t lookbehind_first;   // first group opened inside the outermost look-behind, -1 outside
    uint32_t *condrefs;          // pairs (group number, position) of numeric (?(n)...) tests
    uint32_t ncondrefs, condrefs_cap;
    int depth;
} P;

// Parses `pattern` (a str, or `len` bytes at `data` when is_bytes) with
// `flags`, filling *p (final flags, group count, group names) and returning
// the top sequence. Raises re.error with CPython's messages and positions.
Seq *re_parse(P *p, Value pattern, bool is_bytes, const uint8_t *data, size_t len, uint32_t flags);
// The (min, max) number of characters a sequence can match (cached in it).
void re_seq_width(P *p, Seq *s, uint64_t *lo, uint64_t *hi);

#endif
