// The collections module. deque is a C type (a ring buffer of Values that
// grows by doubling; maxlen bounds it). namedtuple, OrderedDict,
// defaultdict and Counter are written in Python
// (lib/_module_halves/collections.py, frozen as const code) and run in
// the module's globals at import; the three mappings are dict
// subclasses and namedtuple builds tuple subclasses. The public namedtuple
// is a small C function: it fills in module= from the caller's globals
// (Python code has no frame access here) and hands over to _namedtuple.
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "mods.h"
#include "module_table.h"
#include "obj_cont.h"
#include "print.h"
#include "vm.h"
#include "vm_raise.h"

// --- deque storage ------------------------------------------------------------------

typedef struct {
    Obj base;
    Value *buf;         // ring buffer of cap slots (a power of two), GC block
    size_t cap;
    size_t head;        // slot of item 0
    size_t len;
    intptr_t maxlen;    // -1: unbounded
    uint32_t state;     // bumped by every change of length (iterators check it)
} DequeObj;

typedef struct {
    Obj base;
    Value deque;        // the DequeObj
    size_t index;       // items produced so far
    uint32_t state;
    bool reverse;
} DequeIterObj;

extern const Type deque_type, deque_iterator_type, deque_reverse_iterator_type;

static DequeObj *dq(Value v) {
    Value n = obj_native(v);
    if (!is_type(n, &deque_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a 'collections.deque' object but received a '%s'",
                 type_name_cstr(type_of(v)));
    }
    return (DequeObj *)VAL_OBJ(n);
}

static Value *slot(DequeObj *d, size_t i) { return &d->buf[(d->head + i) & (d->cap - 1)]; }

static void dq_grow(DequeObj *d) {
    size_t ncap = d->cap ? d->cap * 2 : 8;
    Value *nb = gc_alloc(ncap * sizeof(Value), false);
    for (size_t i = 0; i < d->len; i++) {
        nb[i] = *slot(d, i);
    }
    d->buf = nb;
    d->cap = ncap;
    d->head = 0;
}

static Value dq_pop_back(DequeObj *d) {
    Value *s = slot(d, d->len - 1);
    Value v = *s;
    *s = VAL_NULL;
    d->len--;
    d->state++;
    return v;
}

static Value dq_pop_front(DequeObj *d) {
    Value *s = slot(d, 0);
    Value v = *s;
    *s = VAL_NULL;
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}

static void dq_push_back(DequeObj *d, Value v) {
    if (d->maxlen == 0) {
        return;
    }
    if (d->maxlen > 0 && d->len == (size_t)d->maxlen) {
        dq_pop_front(d);
    }
    if (d->len == d->cap) {
        dq_grow(d);
    }
    *slot(d, d->len) = v;
    d->len++;
    d->state++;
}

static void dq_push_front(DequeObj *d, Value v) {
    if (d->maxlen == 0) {
        return;
    }
    if (d->maxlen > 0 && d->len == (size_t)d->maxlen) {
        dq_pop_back(d);
    }
    if (d->len == d->cap) {
        dq_grow(d);
    }
    d->head = (d->head + d->cap - 1) & (d->cap - 1);
    d->buf[d->head] = v;
    d->len++;
    d->state++;
}

static void dq_clear(DequeObj *d) {
    d->buf = NULL;
    d->cap = 0;
    d->head = 0;
    d->len = 0;
    d->state++;
}

// The items of any iterable as an array; a deque extending itself reads
// a copy.
static Value *items_of(Value iterable, size_t *n) {
    Value it = obj_native(iterable);
    if (is_type(it, &deque_type)) {
        DequeObj *s = (DequeObj *)VAL_OBJ(it);
        Value *copy = gc_alloc((s->len + 1) * sizeof(Value), false);
        for (size_t i = 0; i < s->len; i++) {
            copy[i] = *slot(s, i);
        }
        *n = s->len;
        return copy;
    }
    return seq_fast(iterable, n, true);
}

static void dq_extend(DequeObj *d, Value iterable, bool left) {
    size_t n;
    Value *items = items_of(iterable, &n);
    for (size_t i = 0; i < n; i++) {
        if (left) {
            dq_push_front(d, items[i]);
        } else {
            dq_push_back(d, items[i]);
        }
    }
}

static intptr_t maxlen_arg(Value m) {
    if (m == VAL_NULL || m == VAL_NONE) {
        return -1;
    }
    Value i = int_coerce(m);
    if (i == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "an integer is required");
    }
    intptr_t n = int_as_intptr(i);
    if (n < 0) {
        vm_raise(&exc_ValueError_type, "maxlen must be non-negative");
    }
    return n;
}

static DequeObj *dq_alloc(intptr_t maxlen) {
    DequeObj *d = (DequeObj *)gc_alloc_obj(sizeof(DequeObj), &deque_type);
    d->maxlen = maxlen;
    return d;
}

static const ArgSpec deque_spec[] = {
    {NAME(iterable), false, false, VAL_NULL},
    {NAME(maxlen), false, false, VAL_NULL},
};

static Value deque_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    Value a[2];
    args_parse("deque", nargs, args, kwnames, 2, deque_spec, a);
    DequeObj *d = dq_alloc(maxlen_arg(a[1]));
    if (a[0] != VAL_NULL) {
        dq_extend(d, a[0], false);
    }
    return cont_wrap_native(t, &deque_type, OBJ_VAL(d));
}

// deque.__init__: refills the deque (subclasses reach it through super()).
static Value deque_init(size_t nargs, const Value *args, Value kwnames) {
    DequeObj *d = dq(args[0]);
    Value a[2];
    args_parse("deque", nargs - 1, args + 1, kwnames, 2, deque_spec, a);
    intptr_t maxlen = maxlen_arg(a[1]);
    dq_clear(d);
    d->maxlen = maxlen;
    if (a[0] != VAL_NULL) {
        dq_extend(d, a[0], false);
    }
    return VAL_NONE;
}

// --- methods ------------------------------------------------------------------------

static Value deque_append(size_t nargs, const Value *args) {
    (void)nargs;
    dq_push_back(dq(args[0]), args[1]);
    return VAL_NONE;
}

static Value deque_appendleft(size_t nargs, const Value *args) {
    (void)nargs;
    dq_push_front(dq(args[0]), args[1]);
    return VAL_NONE;
}

static Value deque_pop(size_t nargs, const Value *args) {
    (void)nargs;
    DequeObj *d = dq(args[0]);
    if (d->len == 0) {
        vm_raise(&exc_IndexError_type, "pop from an empty deque");
    }
    return dq_pop_back(d);
}

static Value deque_popleft(size_t nargs, const Value *args) {
    (void)nargs;
    DequeObj *d = dq(args[0]);
    if (d->len == 0) {
        vm_raise(&exc_IndexError_type, "pop from an empty deque");
    }
    return dq_pop_front(d);
}

static Value deque_extend(size_t nargs, const Value *args) {
    (void)nargs;
    dq_extend(dq(args[0]), args[1], false);
    return VAL_NONE;
}

static Value deque_extendleft(size_t nargs, const Value *args) {
    (void)nargs;
    dq_extend(dq(args[0]), args[1], true);
    return VAL_NONE;
}

static Value deque_clear_m(size_t nargs, const Value *args) {
    (void)nargs;
    dq_clear(dq(args[0]));
    return VAL_NONE;
}

static Value deque_copy(size_t nargs, const Value *args) {
    (void)nargs;
    DequeObj *d = dq(args[0]);
    DequeObj *c = dq_alloc(d->maxlen);
    for (size_t i = 0; i < d->len; i++) {
        dq_push_back(c, *slot(d, i));
    }
    return OBJ_VAL(c);
}

static Value deque_count(size_t nargs, const Value *args) {
    (void)nargs;
    DequeObj *d = dq(args[0]);
    uint32_t state = d->state;
    intptr_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        if (obj_eq(*slot(d, i), args[1])) {
            n++;
        }
        if (d->state != state) {
            vm_raise(&exc_RuntimeError_type, "deque mutated during iteration");
        }
    }
    return val_from_small_int(n);
}

// Clamps a Python index into [0, len] as slice bounds are.
static size_t clamp_index(Value v, size_t len) {
    intptr_t i = int_as_intptr(mods_to_int(v));
    if (i < 0) {
        i += (intptr_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

static Value deque_index(size_t nargs, const Value *args) {
    DequeObj *d = dq(args[0]);
    size_t start = nargs > 2 ? clamp_index(args[2], d->len) : 0;
    size_t stop = nargs > 3 ? clamp_index(args[3], d->len) : d->len;
    uint32_t state = d->state;
    for (size_t i = start; i < stop && i < d->len; i++) {
        if (obj_eq(*slot(d, i), args[1])) {
            return val_from_small_int((intptr_t)i);
        }
        if (d->state != state) {
            vm_raise(&exc_RuntimeError_type, "deque mutated during iteration");
        }
    }
    vm_raise(&exc_ValueError_type, "%R is not in deque", args[1]);
}

static void dq_delete_at(DequeObj *d, size_t i) {
    for (size_t k = i; k + 1 < d->len; k++) {
        *slot(d, k) = *slot(d, k + 1);
    }
    dq_pop_back(d);
}

static Value deque_insert(size_t nargs, const Value *args) {
    (void)nargs;
    DequeObj *d = dq(args[0]);
    if (d->maxlen >= 0 && d->len == (size_t)d->maxlen) {
        vm_raise(&exc_IndexError_type, "deque already at its maximum size");
    }
    size_t i = clamp_index(args[1], d->len);
    dq_push_back(d, args[2]);
    for (size_t k = d->len - 1; k > i; k--) {
        *slot(d, k) = *slot(d, k - 1);
    }
    *slot(d, i) = args[2];
    return VAL_NONE;
}

static Value deque_remove(size_t nargs, const Value *args) {
    (void)nargs;
    DequeObj *d = dq(args[0]);
    for (size_t i = 0; i < d->len; i++) {
        uint32_t state = d->state;
        bool eq = obj_eq(*slot(d, i), args[1]);
        if (d->state != state) {
            vm_raise(&exc_IndexError_type, "deque mutated during remove().");
        }
        if (eq) {
            dq_delete_at(d, i);
            return VAL_NONE;
        }
    }
    vm_raise(&exc_ValueError_type, "%R is not in deque", args[1]);
}

static Value deque_reverse(size_t nargs, const Value *args) {
    (void)nargs;
    DequeObj *d = dq(args[0]);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        Value t = *slot(d, i);
        *slot(d, i) = *slot(d, j - 1);
        *slot(d, j - 1) = t;
    }
    return VAL_NONE;
}

static Value deque_rotate(size_t nargs, const Value *args) {
    DequeObj *d = dq(args[0]);
    intptr_t n = nargs > 1 ? int_as_intptr(mods_to_int(args[1])) : 1;
    if (d->len <= 1) {
        return VAL_NONE;
    }
    intptr_t len = (intptr_t)d->len;
    n %= len;
    if (n < 0) {
        n += len;
    }
    if (n == 0) {
        return VAL_NONE;
    }
    // Rotating right by n moves the last n items to the front: in a full
    // ring that is only a head move, so compact into a fresh ring first.
    if (d->len != d->cap) {
        Value *nb = gc_alloc(d->len * sizeof(Value), false);
        for (size_t i = 0; i < d->len; i++) {
            nb[(i + (size_t)n) % d->len] = *slot(d, i);
        }
        // Re-home into a power-of-two ring.
        size_t cap = d->cap;
        for (size_t i = 0; i < d->len; i++) {
            d->buf[i] = nb[i];
        }
        for (size_t i = d->len; i < cap; i++) {
            d->buf[i] = VAL_NULL;
        }
        d->head = 0;
    } else {
        d->head = (d->head + d->cap - (size_t)n) & (d->cap - 1);
    }
    return VAL_NONE;
}

static Value deque_reversed(size_t nargs, const Value *args);

static BUILTIN_FN(deque_append_obj, append, 2, 2, deque_append);
static BUILTIN_FN(deque_appendleft_obj, appendleft, 2, 2, deque_appendleft);
static BUILTIN_FN(deque_clear_obj, clear, 1, 1, deque_clear_m);
static BUILTIN_FN(deque_copy_obj, copy, 1, 1, deque_copy);
static BUILTIN_FN(deque_copy2_obj, __copy__, 1, 1, deque_copy);
static BUILTIN_FN(deque_count_obj, count, 2, 2, deque_count);
static BUILTIN_FN(deque_extend_obj, extend, 2, 2, deque_extend);
static BUILTIN_FN(deque_extendleft_obj, extendleft, 2, 2, deque_extendleft);
static BUILTIN_FN(deque_index_obj, index, 2, 4, deque_index);
static BUILTIN_FN_KW(deque_init_obj, __init__, 1, 3, deque_init);
static BUILTIN_FN(deque_insert_obj, insert, 3, 3, deque_insert);
static BUILTIN_FN(deque_pop_obj, pop, 1, 1, deque_pop);
static BUILTIN_FN(deque_popleft_obj, popleft, 1, 1, deque_popleft);
static BUILTIN_FN(deque_remove_obj, remove, 2, 2, deque_remove);
static BUILTIN_FN(deque_reverse_obj, reverse, 1, 1, deque_reverse);
static BUILTIN_FN(deque_reversed_obj, __reversed__, 1, 1, deque_reversed);
static BUILTIN_FN(deque_rotate_obj, rotate, 1, 2, deque_rotate);

// --- slots ------------------------------------------------------------------------

static Value deque_repr_body(Value self) {
    DequeObj *d = dq(self);
    Vstr v;
    vstr_init(&v, 32);
    vstr_add_cstr(&v, "deque([");
    for (size_t i = 0; i < d->len; i++) {
        if (i > 0) {
            vstr_add_cstr(&v, ", ");
        }
        vstr_add_value_str(&v, obj_repr(*slot(d, i)));
    }
    vstr_add_cstr(&v, "]");
    if (d->maxlen >= 0) {
        vstr_printf(&v, ", maxlen=%zd", d->maxlen);
    }
    vstr_add_byte(&v, ')');
    return vstr_to_str(&v);
}

static Value deque_repr(Value self) { return repr_guarded(self, deque_repr_body, "[...]"); }

static Value deque_unary(int op, Value self) {
    DequeObj *d = dq(self);
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)d->len);
    }
    if (op == UNOP_BOOL) {
        return val_bool(d->len != 0);
    }
    return VAL_NULL;
}

// Items as a fresh array (for comparisons).
static Value *dq_items(DequeObj *d) {
    Value *a = gc_alloc((d->len + 1) * sizeof(Value), false);
    for (size_t i = 0; i < d->len; i++) {
        a[i] = *slot(d, i);
    }
    return a;
}

static Value deque_compare(int op, Value a, Value b) {
    Value nb = obj_native(b);
    if (!is_type(nb, &deque_type)) {
        return VAL_NOTIMPL;
    }
    DequeObj *x = dq(a), *y = (DequeObj *)VAL_OBJ(nb);
    return seq_compare(op, x->len, dq_items(x), y->len, dq_items(y));
}

// Appends `copies` more copies of items[0..len) to dst. A bounded deque
// keeps only its last maxlen items, and the sequence is periodic, so a
// few copies give the same result as many.
static void dq_repeat_into(DequeObj *dst, const Value *items, size_t len, intptr_t copies) {
    if (len == 0 || copies <= 0) {
        return;
    }
    if (dst->maxlen >= 0) {
        intptr_t need = dst->maxlen / (intptr_t)len + 2;
        if (copies > need) {
            copies = need;
        }
    }
    for (intptr_t k = 0; k < copies; k++) {
        for (size_t i = 0; i < len; i++) {
            dq_push_back(dst, items[i]);
        }
    }
}

static Value deque_binary(int op, Value a, Value b) {
    bool inplace = (op & BINOP_INPLACE) != 0;
    int base = op & ~BINOP_INPLACE;
    Value na = obj_native(a), nb = obj_native(b);
    if (base == BINOP_ADD && is_type(na, &deque_type)) {
        DequeObj *x = (DequeObj *)VAL_OBJ(na);
        if (inplace) {
            dq_extend(x, b, false);
            return na;
        }
        if (!is_type(nb, &deque_type)) {
            if (cont_defer_to(b, NAME(__radd__))) {
                return VAL_NULL;
            }
            vm_raise(&exc_TypeError_type, "can only concatenate deque (not \"%s\") to deque",
                     type_name_cstr(type_of(b)));
        }
        DequeObj *r = dq_alloc(x->maxlen);
        dq_extend(r, na, false);
        dq_extend(r, nb, false);
        return OBJ_VAL(r);
    }
    if (base == BINOP_MUL) {
        Value dv = is_type(na, &deque_type) ? na : nb;
        Value cnt = dv == na ? b : a;
        if (!is_type(dv, &deque_type) || int_coerce(cnt) == VAL_NULL) {
            return VAL_NULL;
        }
        DequeObj *src = (DequeObj *)VAL_OBJ(dv);
        intptr_t n = int_as_intptr(int_coerce(cnt));
        size_t len = src->len;
        Value *items = dq_items(src);
        if (inplace && dv == na) {
            if (n <= 0) {
                dq_clear(src);
            } else {
                dq_repeat_into(src, items, len, n - 1);
            }
            return na;
        }
        DequeObj *r = dq_alloc(src->maxlen);
        dq_repeat_into(r, items, len, n);
        return OBJ_VAL(r);
    }
    return VAL_NULL;
}

static size_t dq_index_arg(DequeObj *d, Value index) {
    if (int_coerce(index) == VAL_NULL &&
        obj_call_method_opt(index, NAME(__index__), 0, NULL) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "sequence index must be integer, not '%s'",
                 type_name_cstr(type_of(index)));
    }
    intptr_t i = int_as_intptr(mods_to_int(index));
    if (i < 0) {
        i += (intptr_t)d->len;
    }
    if (i < 0 || (size_t)i >= d->len) {
        vm_raise(&exc_IndexError_type, "deque index out of range");
    }
    return (size_t)i;
}

static Value deque_subscr(Value self, Value index, Value value) {
    DequeObj *d = dq(self);
    size_t i = dq_index_arg(d, index);
    if (value == VAL_NULL) {
        return *slot(d, i);
    }
    if (value == VAL_DELETE) {
        dq_delete_at(d, i);
    } else {
        *slot(d, i) = value;
    }
    return VAL_NONE;
}

static Value deque_contains(Value self, Value item) {
    DequeObj *d = dq(self);
    uint32_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        if (obj_eq(*slot(d, i), item)) {
            return VAL_TRUE;
        }
        if (d->state != state) {
            vm_raise(&exc_RuntimeError_type, "deque mutated during iteration");
        }
    }
    return VAL_FALSE;
}

static Value dq_iter_new(Value self, bool reverse) {
    DequeObj *d = dq(self);
    DequeIterObj *it = (DequeIterObj *)gc_alloc_obj(
        sizeof(DequeIterObj), reverse ? &deque_reverse_iterator_type : &deque_iterator_type);
    it->deque = OBJ_VAL(d);
    it->state = d->state;
    it->reverse = reverse;
    return OBJ_VAL(it);
}

static Value deque_getiter(Value self) { return dq_iter_new(self, false); }

static Value deque_reversed(size_t nargs, const Value *args) {
    (void)nargs;
    return dq_iter_new(args[0], true);
}

static Value deque_iternext(Value self) {
    DequeIterObj *it = (DequeIterObj *)VAL_OBJ(self);
    DequeObj *d = (DequeObj *)VAL_OBJ(it->deque);
    if (d->state != it->state) {
        vm_raise(&exc_RuntimeError_type, "deque mutated during iteration");
    }
    if (it->index >= d->len) {
        return VAL_NULL;
    }
    size_t i = it->index++;
    return *slot(d, it->reverse ? d->len - 1 - i : i);
}

static Value deque_getattr(Value self, Value name) {
    if (name == NAME(maxlen)) {
        DequeObj *d = dq(self);
        return d->maxlen < 0 ? VAL_NONE : val_from_small_int(d->maxlen);
    }
    return VAL_NULL;
}

// Unhashable, with CPython's name for the type in the message.
static Value deque_hash(Value self) {
    (void)self;
    vm_raise(&exc_TypeError_type, "unhashable type: 'collections.deque'");
}

static const AttrEntry deque_attrs[] = {
    {NAME(__copy__), OBJ_VAL(&deque_copy2_obj)},
    {NAME(__init__), OBJ_VAL(&deque_init_obj)},
    {NAME(__reversed__), OBJ_VAL(&deque_reversed_obj)},
    {NAME(append), OBJ_VAL(&deque_append_obj)},
    {NAME(appendleft), OBJ_VAL(&deque_appendleft_obj)},
    {NAME(clear), OBJ_VAL(&deque_clear_obj)},
    {NAME(copy), OBJ_VAL(&deque_copy_obj)},
    {NAME(count), OBJ_VAL(&deque_count_obj)},
    {NAME(extend), OBJ_VAL(&deque_extend_obj)},
    {NAME(extendleft), OBJ_VAL(&deque_extendleft_obj)},
    {NAME(index), OBJ_VAL(&deque_index_obj)},
    {NAME(insert), OBJ_VAL(&deque_insert_obj)},
    {NAME(pop), OBJ_VAL(&deque_pop_obj)},
    {NAME(popleft), OBJ_VAL(&deque_popleft_obj)},
    {NAME(remove), OBJ_VAL(&deque_remove_obj)},
    {NAME(reverse), OBJ_VAL(&deque_reverse_obj)},
    {NAME(rotate), OBJ_VAL(&deque_rotate_obj)},
};

const Type deque_type = {
    .base = {&type_type},
    .name = NAME(tp_deque),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = deque_make_new,
    .repr = deque_repr,
    .hash = deque_hash,
    .unary_op = deque_unary,
    .binary_op = deque_binary,
    .compare = deque_compare,
    .subscr = deque_subscr,
    .contains = deque_contains,
    .getiter = deque_getiter,
    .getattr = deque_getattr,
    .attrs = deque_attrs,
    .nattrs = sizeof(deque_attrs) / sizeof(deque_attrs[0]),
};

static const AttrEntry deque_iter_attrs[] = {
    {NAME(__iter__), OBJ_VAL(&iter_self_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

const Type deque_iterator_type = {
    .base = {&type_type},
    .name = NAME(tp_deque_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = deque_iternext,
    .attrs = deque_iter_attrs,
    .nattrs = 2,
};

const Type deque_reverse_iterator_type = {
    .base = {&type_type},
    .name = NAME(tp_deque_reverse_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = deque_iternext,
    .attrs = deque_iter_attrs,
    .nattrs = 2,
};

// --- namedtuple -------------------------------------------------------------------

// namedtuple(...) with module= defaulting to the caller's __name__.
static Value coll_namedtuple(size_t nargs, const Value *args, Value kwnames) {
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    Value impl = dict_get(mods_roots[MODS_COLLECTIONS], NAME(_namedtuple));
    for (size_t i = 0; i < nkw; i++) {
        if (val_tuple(kwnames)->items[i] == NAME(module)) {
            return obj_call(impl, nargs, args, kwnames);
        }
    }
    Value g = vm_current_globals();
    Value mod = g != VAL_NULL ? dict_get_str(g, NAME(__name__)) : VAL_NULL;
    Value *a = gc_alloc((nargs + nkw + 1) * sizeof(Value), false);
    Value *names = gc_alloc((nkw + 1) * sizeof(Value), false);
    memcpy(a, args, (nargs + nkw) * sizeof(Value));
    for (size_t i = 0; i < nkw; i++) {
        names[i] = val_tuple(kwnames)->items[i];
    }
    a[nargs + nkw] = mod != VAL_NULL ? mod : NAME(__main__);
    names[nkw] = NAME(module);
    return obj_call(impl, nargs, a, tuple_new(nkw + 1, names));
}

static BUILTIN_FN_KW(coll_namedtuple_obj, namedtuple, 0, FN_UNLIMITED, coll_namedtuple);

static void collections_module_init(Value module) {
    mods_ensure_roots();
    Value g = mods_globals(module);
    mods_roots[MODS_COLLECTIONS] = g;
    mods_exec_frozen(g, "_module_halves.collections");
}

static const AttrEntry collections_globals[] = {
    {NAME(__name__), NAME(collections)},
    {NAME(deque), OBJ_VAL(&deque_type)},
    {NAME(namedtuple), OBJ_VAL(&coll_namedtuple_obj)},
};

const ModuleDef module_collections = {
    .name = NAME(collections),
    .globals = collections_globals,
    .nglobals = sizeof(collections_globals) / sizeof(collections_globals[0]),
    .init = collections_module_init,
};
