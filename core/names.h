// Names known at build time. tools/gen_names.py reads every names*.def
// under core/ and modules/ (lines `N(id)` or `NAME(id, "text")`) plus the
// exception names of core/exceptions.def, and writes build/gen/names_gen.h
// (the NameId enum) and build/gen/names_gen.c (the const, sorted table of
// str objects with their hashes precomputed, so it stays in flash).
// NAME(x) is then a constant Value; two names are equal iff their Values are.
#ifndef COPPER_CORE_NAMES_H
#define COPPER_CORE_NAMES_H

#include "names_gen.h"

extern const StrObj names_table[N__COUNT];
#define NAME(id) ((Value)&names_table[N_##id])
#define NAME_ID_VALUE(n) ((Value)&names_table[(n)])

#endif
