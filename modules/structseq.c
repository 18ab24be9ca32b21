// Struct sequences (see structseq.h): records whose tuple part behaves as a
// tuple and whose fields are also attributes. Every behaviour is delegated
// to the tuple of visible fields, so records compare and hash like tuples.
#include "structseq.h"
#include "gc.h"
#include "obj_cont.h"
#include "print.h"
#include "vm_raise.h"

bool structseq_check(Value v) {
    return val_is_obj(v) && VAL_OBJ(v)->type->repr == structseq_repr;
}

static StructSeqObj *ss(Value v) { return (StructSeqObj *)VAL_OBJ(v); }

Value structseq_new(const StructSeqDesc *d, const Value *values) {
    StructSeqObj *o = (StructSeqObj *)gc_alloc_obj(sizeof(StructSeqObj), d->type);
    o->desc = d;
    o->items = tuple_new(d->nvisible, values);
    o->extra = tuple_new(d->nextra, NULL);
    for (size_t i = 0; i < d->nextra; i++) {
        Value x = values[d->nvisible + i];
        val_tuple(o->extra)->items[i] = x != VAL_NULL ? x : VAL_NONE;
    }
    return OBJ_VAL(o);
}

Value structseq_make(const StructSeqDesc *d, size_t nargs, const Value *args, Value kwnames) {
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "%s() takes no keyword arguments", d->qualname);
    }
    if (nargs != 1) {
        vm_raise(&exc_TypeError_type, "%s() takes at most 2 arguments (%d given)", d->qualname,
                 (int)nargs);
    }
    Value seq = args[0];
    if (type_of(seq)->getiter == NULL && obj_len_opt(seq) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "constructor requires a sequence");
    }
    Value t = structseq_check(seq) ? ss(seq)->items : tuple_from_iter(seq);
    size_t n = val_tuple(t)->len;
    size_t max = (size_t)d->nvisible + d->nextra;
    if (n < d->nvisible) {
        if (d->nextra == 0) {
            vm_raise(&exc_TypeError_type, "%s() takes a %d-sequence (%d-sequence given)",
                     d->qualname, (int)d->nvisible, (int)n);
        }
        vm_raise(&exc_TypeError_type, "%s() takes an at least %d-sequence (%d-sequence given)",
                 d->qualname, (int)d->nvisible, (int)n);
    }
    if (n > max) {
        if (d->nextra == 0) {
            vm_raise(&exc_TypeError_type, "%s() takes a %d-sequence (%d-sequence given)",
                     d->qualname, (int)d->nvisible, (int)n);
        }
        vm_raise(&exc_TypeError_type, "%s() takes an at most %d-sequence (%d-sequence given)",
                 d->qualname, (int)max, (int)n);
    }
    Value vals[32];
    for (size_t i = 0; i < max && i < 32; i++) {
        vals[i] = i < n ? val_tuple(t)->items[i] : VAL_NULL;
    }
    return structseq_new(d, vals);
}

Value structseq_repr(Value self) {
    StructSeqObj *o = ss(self);
    Vstr v;
    vstr_init(&v, 64);
    vstr_add_cstr(&v, o->desc->qualname);
    vstr_add_byte(&v, '(');
    for (size_t i = 0; i < o->desc->nvisible; i++) {
        if (i > 0) {
            vstr_add_cstr(&v, ", ");
        }
        vstr_printf(&v, "%S=%R", o->desc->fields[i], val_tuple(o->items)->items[i]);
    }
    vstr_add_byte(&v, ')');
    return vstr_to_str(&v);
}

Value structseq_hash(Value self) { return hash_to_value(obj_hash(ss(self)->items)); }

Value structseq_unary_op(int op, Value self) {
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)ss(self)->desc->nvisible);
    }
    if (op == UNOP_BOOL) {
        return val_bool(ss(self)->desc->nvisible != 0);
    }
    return VAL_NULL;
}

Value structseq_compare(int op, Value a, Value b) {
    Value other = obj_native(b);
    if (structseq_check(other)) {
        other = ss(other)->items;
    } else if (!is_type(other, &tuple_type)) {
        return VAL_NOTIMPL;
    }
    return obj_compare(op, ss(a)->items, other);
}

Value structseq_subscr(Value self, Value index, Value value) {
    if (value != VAL_NULL) {
        vm_raise(&exc_TypeError_type, value == VAL_DELETE
                     ? "'%s' object doesn't support item deletion"
                     : "'%s' object does not support item assignment",
                 ss(self)->desc->qualname);
    }
    return obj_getitem(ss(self)->items, index);
}

Value structseq_contains(Value self, Value item) {
    return val_bool(obj_contains(ss(self)->items, item));
}

Value structseq_getiter(Value self) { return obj_getiter(ss(self)->items); }

Value structseq_getattr(Value self, Value name) {
    StructSeqObj *o = ss(self);
    const StructSeqDesc *d = o->desc;
    // Extra fields first: os.stat_result's float st_mtime shadows the int
    // one in the tuple part, as in CPython.
    for (size_t i = 0; i < d->nextra; i++) {
        if (d->fields[d->nvisible + i] == name) {
            return val_tuple(o->extra)->items[i];
        }
    }
    for (size_t i = 0; i < d->nvisible; i++) {
        if (d->fields[i] == name) {
            return val_tuple(o->items)->items[i];
        }
    }
    if (name == NAME(n_fields)) {
        return val_from_small_int(d->nvisible + d->nextra);
    }
    if (name == NAME(n_sequence_fields)) {
        return val_from_small_int(d->nvisible);
    }
    if (name == NAME(n_unnamed_fields)) {
        return val_from_small_int(0);
    }
    return VAL_NULL;
}
