// Named-tuple-like records made by C modules (CPython's "struct sequences"):
// time.struct_time, os.stat_result, os.statvfs_result, posix.uname_result.
// A record holds a tuple of its visible fields (len, indexing, iteration,
// comparison and hashing behave as that tuple's) and, optionally, extra
// fields reachable only by name (struct_time's tm_zone). Implemented in
// modules/structseq.c.
#ifndef COPPER_MODULES_STRUCTSEQ_H
#define COPPER_MODULES_STRUCTSEQ_H

#include "obj.h"

typedef struct {
    const Type *type;       // the record's type (its slots are structseq_*)
    const char *qualname;   // "time.struct_time": used in repr and messages
    uint8_t nvisible;       // fields in the tuple part
    uint8_t nextra;         // further fields, by name only
    const Value *fields;    // nvisible + nextra interned names
} StructSeqDesc;

typedef struct {
    Obj base;
    const StructSeqDesc *desc;
    Value items;            // tuple of nvisible values
    Value extra;            // tuple of nextra values (None when not given)
} StructSeqObj;

// A record from nvisible + nextra values (extras may be VAL_NULL: None). May raise.
Value structseq_new(const StructSeqDesc *d, const Value *values);
// The constructor behind T(sequence): checks the length as CPython does.
Value structseq_make(const StructSeqDesc *d, size_t nargs, const Value *args, Value kwnames);
// True if v is a record of any structseq type.
bool structseq_check(Value v);

// The slots every structseq Type uses (fill a Type with STRUCTSEQ_SLOTS).
Value structseq_repr(Value self);
Value structseq_hash(Value self);
Value structseq_unary_op(int op, Value self);
Value structseq_compare(int op, Value a, Value b);
Value structseq_subscr(Value self, Value index, Value value);
Value structseq_getiter(Value self);
Value structseq_getattr(Value self, Value name);
Value structseq_contains(Value self, Value item);

#define STRUCTSEQ_SLOTS                        \
    .repr = structseq_repr,                    \
    .hash = structseq_hash,                    \
    .unary_op = structseq_unary_op,            \
    .compare = structseq_compare,              \
    .subscr = structseq_subscr,                \
    .contains = structseq_contains,            \
    .getiter = structseq_getiter,              \
    .getattr = structseq_getattr

#endif
