// The list type, its iterators and the generic "items of any iterable"
// helper (seq_fast). A list keeps its items in a separate GC block that
// grows by CPython's over-allocation rule (about 1/8 extra), so appends are
// amortised O(1) without doubling RAM. Invariant: items[0..len) are valid
// Values; items[len..alloc) are garbage the GC may scan harmlessly. Code
// that calls out to Python (==, key functions, __iter__) re-reads `items`
// and `len` afterwards, because the callee may have mutated the list.
#include <string.h>
#include "gc.h"
#include "nlr.h"
#include "obj_cont.h"
#include "print.h"
#include "vm_raise.h"

// --- construction and growth ----------------------------------------------

static ListObj *list_alloc(size_t capacity) {
    ListObj *l = (ListObj *)gc_alloc_obj(sizeof(ListObj), &list_type);
    if (capacity > 0) {
        if (capacity > SIZE_MAX / sizeof(Value)) {
            vm_raise_memory_error();
        }
        l->items = gc_alloc(capacity * sizeof(Value), false);
        l->alloc = capacity;
    }
    return l;
}

Value list_new(size_t n, const Value *items) {
    ListObj *l = list_alloc(n);
    for (size_t i = 0; i < n; i++) {
        l->items[i] = items ? items[i] : VAL_NONE;
    }
    l->len = n;
    return OBJ_VAL(l);
}

Value list_new_empty(void) { return OBJ_VAL(list_alloc(0)); }

void list_reserve(ListObj *l, size_t n) {
    if (n <= l->alloc) {
        return;
    }
    size_t cap = n + (n >> 3) + 6;
    cap &= ~(size_t)3;
    if (n > SIZE_MAX / 2 / sizeof(Value)) {
        vm_raise_memory_error();
    }
    l->items = l->items ? gc_realloc(l->items, cap * sizeof(Value))
                        : gc_alloc(cap * sizeof(Value), false);
    l->alloc = cap;
}

// Gives back memory after the list shrank well below its capacity.
static void list_shrink(ListObj *l) {
    if (l->len == 0) {
        l->items = NULL;
        l->alloc = 0;
    } else if (l->alloc >= 16 && l->len < l->alloc / 2) {
        size_t cap = (l->len + (l->len >> 3) + 6) & ~(size_t)3;
        l->items = gc_realloc(l->items, cap * sizeof(Value));
        l->alloc = cap;
    }
}

ListObj *list_self(Value v, const char *method) {
    Value n = obj_native(v);
    if (!is_type(n, &list_type)) {
        vm_raise(&exc_TypeError_type, "descriptor '%s' for 'list' objects doesn't apply to a '%T' object",
                 method, v);
    }
    return val_list(n);
}

void list_append(Value list, Value v) {
    ListObj *l = val_list(list);
    if (l->len == l->alloc) {
        list_reserve(l, l->len + 1);
    }
    l->items[l->len++] = v;
}

void list_extend(Value list, Value iterable) {
    ListObj *l = val_list(list);
    Value src = iterable;
    if (is_type(src, &list_type) || is_type(src, &tuple_type)) {
        size_t n;
        Value *items;
        obj_get_array(src, &n, &items);
        if (n == 0) {
            return;
        }
        list_reserve(l, l->len + n);
        // Re-read: extending a list by itself may have moved its items.
        obj_get_array(src, &n, &items);
        memmove(l->items + l->len, items, n * sizeof(Value));
        l->len += n;
        return;
    }
    Value it = obj_getiter(iterable);
    Value item;
    while ((item = obj_iternext(it)) != VAL_NULL) {
        list_append(list, item);
    }
}

Value list_from_iter(Value iterable) {
    Value l = list_new_empty();
    list_extend(l, iterable);
    return l;
}

Value list_pop_value(Value list) {
    ListObj *l = val_list(list);
    if (l->len == 0) {
        vm_raise(&exc_IndexError_type, "pop from empty list");
    }
    Value v = l->items[--l->len];
    list_shrink(l);
    return v;
}

bool obj_get_array(Value v, size_t *len, Value **items) {
    if (!val_is_obj(v)) {
        return false;
    }
    if (VAL_OBJ(v)->type == &list_type) {
        *len = val_list(v)->len;
        *items = val_list(v)->items;
        return true;
    }
    if (VAL_OBJ(v)->type == &tuple_type) {
        *len = val_tuple(v)->len;
        *items = val_tuple(v)->items;
        return true;
    }
    return false;
}

// Like seq_fast, but a non-iterable raises TypeError `msg` (CPython's
// PySequence_Fast).
static Value *seq_fast_msg(Value iterable, size_t *len, bool copy, const char *msg) {
    Value *items;
    if (obj_get_array(iterable, len, &items)) {
        if (copy && *len > 0) {
            Value *c = gc_alloc(*len * sizeof(Value), false);
            memcpy(c, items, *len * sizeof(Value));
            return c;
        }
        return items;
    }
    volatile Value it = VAL_NULL;
    if (msg != NULL) {
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            it = obj_getiter(iterable);
            nlr_pop();
        } else {
            if (obj_isinstance(nb.exc, &exc_TypeError_type)) {
                vm_raise(&exc_TypeError_type, "%s", msg);
            }
            nlr_jump(nb.exc);
        }
    } else {
        it = obj_getiter(iterable);
    }
    Value l = list_new_empty();
    Value item;
    while ((item = obj_iternext(it)) != VAL_NULL) {
        list_append(l, item);
    }
    *len = val_list(l)->len;
    return val_list(l)->items;
}

Value *seq_fast(Value iterable, size_t *len, bool copy) {
    return seq_fast_msg(iterable, len, copy, NULL);
}

// --- indexing and slices ----------------------------------------------------

static size_t index_or_raise(Value index, size_t len, const char *msg) {
    intptr_t i;
    if (val_is_small_int(index)) {
        i = val_small_int(index);
        if (i < 0) {
            i += (intptr_t)len;
        }
        if (i < 0 || (size_t)i >= len) {
            vm_raise(&exc_IndexError_type, "%s", msg);
        }
        return (size_t)i;
    }
    NlrBuf nb;
    volatile size_t r = 0;
    if (nlr_push(&nb) == 0) {
        r = seq_index(index, len, "list");
        nlr_pop();
    } else {
        if (obj_isinstance(nb.exc, &exc_IndexError_type)) {
            vm_raise(&exc_IndexError_type, "%s", msg);
        }
        nlr_jump(nb.exc);
    }
    return r;
}

static Value list_get_slice(ListObj *l, Value slice) {
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, l->len, &start, &stop, &step);
    ListObj *r = list_alloc(n);
    for (size_t i = 0; i < n; i++) {
        r->items[i] = l->items[start + (intptr_t)i * step];
    }
    r->len = n;
    return OBJ_VAL(r);
}

// Replaces l[lo:hi] (lo <= hi <= len) by the n values in src.
static void list_replace_range(ListObj *l, size_t lo, size_t hi, size_t n, const Value *src) {
    size_t old = hi - lo;
    size_t tail = l->len - hi;
    if (n > old) {
        list_reserve(l, l->len + (n - old));
    }
    if (tail > 0) {
        memmove(l->items + lo + n, l->items + hi, tail * sizeof(Value));
    }
    if (n > 0) {
        memcpy(l->items + lo, src, n * sizeof(Value));
    }
    l->len = lo + n + tail;
    if (n < old) {
        list_shrink(l);
    }
}

static void list_del_slice(ListObj *l, Value slice) {
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, l->len, &start, &stop, &step);
    if (n == 0) {
        return;
    }
    if (step == 1) {
        list_replace_range(l, (size_t)start, (size_t)start + n, 0, NULL);
        return;
    }
    if (step < 0) {
        start = start + step * (intptr_t)(n - 1);
        step = -step;
    }
    // Compact: keep every item whose index is not start + k*step, k < n.
    size_t out = (size_t)start, next_del = (size_t)start, deleted = 0;
    for (size_t i = (size_t)start; i < l->len; i++) {
        if (deleted < n && i == next_del) {
            deleted++;
            next_del += (size_t)step;
            continue;
        }
        l->items[out++] = l->items[i];
    }
    l->len = out;
    list_shrink(l);
}

static void list_set_slice(ListObj *l, Value self, Value slice, Value value) {
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, l->len, &start, &stop, &step);
    size_t vn;
    Value *src;
    if (step == 1) {
        src = seq_fast_msg(value, &vn, value == self, "can only assign an iterable");
        // Clamp again: producing the values may have run code that shrank l.
        size_t lo = (size_t)start > l->len ? l->len : (size_t)start;
        size_t hi = stop < start ? lo : ((size_t)stop > l->len ? l->len : (size_t)stop);
        list_replace_range(l, lo, hi, vn, src);
        return;
    }
    src = seq_fast_msg(value, &vn, value == self, "must assign iterable to extended slice");
    if (vn != n) {
        vm_raise(&exc_ValueError_type,
                 "attempt to assign sequence of size %zu to extended slice of size %zu", vn, n);
    }
    for (size_t i = 0; i < n; i++) {
        size_t k = (size_t)(start + (intptr_t)i * step);
        if (k < l->len) {
            l->items[k] = src[i];
        }
    }
}

static Value list_subscr(Value self, Value index, Value value) {
    ListObj *l = list_self(self, "__getitem__");
    if (value == VAL_NULL) {
        if (val_is_small_int(index)) {
            intptr_t i = val_small_int(index);
            if (i < 0) {
                i += (intptr_t)l->len;
            }
            if (i < 0 || (size_t)i >= l->len) {
                vm_raise(&exc_IndexError_type, "list index out of range");
            }
            return l->items[i];
        }
        if (is_type(index, &slice_type)) {
            return list_get_slice(l, index);
        }
        return l->items[seq_index(index, l->len, "list")];
    }
    if (is_type(index, &slice_type)) {
        if (value == VAL_DELETE) {
            list_del_slice(l, index);
        } else {
            list_set_slice(l, OBJ_VAL(l), index, obj_native(value));
        }
        return VAL_NONE;
    }
    size_t i = index_or_raise(index, l->len, "list assignment index out of range");
    if (value == VAL_DELETE) {
        list_replace_range(l, i, i + 1, 0, NULL);
    } else {
        l->items[i] = value;
    }
    return VAL_NONE;
}

// --- operators --------------------------------------------------------------

static Value list_concat(ListObj *a, ListObj *b) {
    ListObj *r = list_alloc(a->len + b->len);
    if (a->len > 0) {
        memcpy(r->items, a->items, a->len * sizeof(Value));
    }
    if (b->len > 0) {
        memcpy(r->items + a->len, b->items, b->len * sizeof(Value));
    }
    r->len = a->len + b->len;
    return OBJ_VAL(r);
}


// dst = src * n; `src` is dst's own items when repeating in place.
static void list_repeat_into(ListObj *dst, const Value *src, size_t len, intptr_t n) {
    bool inplace = src == dst->items;
    if (n <= 0 || len == 0) {
        dst->len = 0;
        list_shrink(dst);
        return;
    }
    if ((size_t)n > SIZE_MAX / sizeof(Value) / 2 / len) {
        vm_raise_memory_error();
    }
    size_t total = len * (size_t)n;
    list_reserve(dst, total);
    if (!inplace) {
        memcpy(dst->items, src, len * sizeof(Value));
    }
    // Double the filled prefix until done: O(log n) memcpy calls.
    size_t done = len;
    while (done < total) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(dst->items + done, dst->items, chunk * sizeof(Value));
        done += chunk;
    }
    dst->len = total;
}

static Value list_binary_op(int op, Value a, Value b) {
    bool inplace = (op & BINOP_INPLACE) != 0;
    op &= ~BINOP_INPLACE;
    a = obj_native(a);
    b = obj_native(b);
    bool left = is_type(a, &list_type);
    if (op == BINOP_ADD) {
        if (!left) {
            return VAL_NULL;
        }
        if (inplace) {
            list_extend(a, b);
            return a;
        }
        if (!is_type(b, &list_type)) {
            if (cont_defer_to(b, NAME(__radd__))) {
                return VAL_NULL;
            }
            vm_raise(&exc_TypeError_type, "can only concatenate list (not \"%T\") to list", b);
        }
        return list_concat(val_list(a), val_list(b));
    }
    if (op == BINOP_MUL) {
        Value seq = left ? a : b, n = left ? b : a;
        if (left && cont_defer_to(n, NAME(__rmul__))) {
            return VAL_NULL;
        }
        intptr_t count;
        if (!seq_repeat_count(n, &count)) {
            if (!left) {
                return VAL_NULL;
            }
            vm_raise(&exc_TypeError_type, "can't multiply sequence by non-int of type '%T'", n);
        }
        ListObj *l = val_list(seq);
        if (inplace && left) {
            list_repeat_into(l, l->items, l->len, count);
            return a;
        }
        ListObj *r = list_alloc(0);
        list_repeat_into(r, l->items, l->len, count);
        return OBJ_VAL(r);
    }
    return VAL_NULL;
}

static Value list_compare(int op, Value a, Value b) {
    a = obj_native(a);
    b = obj_native(b);
    if (!is_type(a, &list_type) || !is_type(b, &list_type)) {
        return VAL_NULL;
    }
    ListObj *x = val_list(a), *y = val_list(b);
    if (x->len != y->len && (op == CMP_EQ || op == CMP_NE)) {
        return val_bool(op == CMP_NE);
    }
    return seq_compare(op, x->len, x->items, y->len, y->items);
}

static Value list_unary_op(int op, Value a) {
    ListObj *l = list_self(a, "__len__");
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)l->len);
    }
    if (op == UNOP_BOOL) {
        return val_bool(l->len != 0);
    }
    return VAL_NULL;
}

static Value list_contains(Value self, Value item) {
    ListObj *l = list_self(self, "__contains__");
    for (size_t i = 0; i < l->len; i++) {
        if (cont_item_eq(l->items[i], item)) {
            return VAL_TRUE;
        }
    }
    return VAL_FALSE;
}

static Value list_hash(Value self) {
    vm_raise(&exc_TypeError_type, "unhashable type: '%T'", self);
}

static Value list_repr_body(Value self) {
    ListObj *l = val_list(obj_native(self));
    Vstr v;
    vstr_init(&v, 16);
    vstr_add_byte(&v, '[');
    for (size_t i = 0; i < l->len; i++) {
        if (i > 0) {
            vstr_add_cstr(&v, ", ");
        }
        vstr_add_value_str(&v, obj_repr(l->items[i]));
    }
    vstr_add_byte(&v, ']');
    return vstr_to_str(&v);
}

static Value list_repr(Value self) {
    if (list_self(self, "__repr__")->len == 0) {
        return str_new("[]", 2);
    }
    return repr_guarded(self, list_repr_body, "[...]");
}

// --- iterators ----------------------------------------------------------

typedef struct {
    Obj base;
    Value seq;      // the list; VAL_NULL once exhausted
    size_t index;   // next item (forward) or next item + 1 (reverse)
} ListIterObj;

static Value list_getiter(Value self) {
    ListIterObj *it = (ListIterObj *)gc_alloc_obj(sizeof(ListIterObj), &list_iterator_type);
    it->seq = OBJ_VAL(list_self(self, "__iter__"));
    return OBJ_VAL(it);
}

static Value list_iter_next(Value self) {
    ListIterObj *it = (ListIterObj *)VAL_OBJ(self);
    if (it->seq == VAL_NULL) {
        return VAL_NULL;
    }
    ListObj *l = val_list(it->seq);
    if (it->index < l->len) {
        return l->items[it->index++];
    }
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static Value list_reversed(Value self) {
    ListIterObj *it = (ListIterObj *)gc_alloc_obj(sizeof(ListIterObj), &list_reverseiterator_type);
    ListObj *l = list_self(self, "__reversed__");
    it->seq = OBJ_VAL(l);
    it->index = l->len;
    return OBJ_VAL(it);
}

static Value list_reviter_next(Value self) {
    ListIterObj *it = (ListIterObj *)VAL_OBJ(self);
    if (it->seq == VAL_NULL) {
        return VAL_NULL;
    }
    ListObj *l = val_list(it->seq);
    if (it->index > 0 && it->index <= l->len) {
        return l->items[--it->index];
    }
    it->seq = VAL_NULL;
    return VAL_NULL;
}

static Value list_iter_length_hint(size_t nargs, const Value *args) {
    (void)nargs;
    ListIterObj *it = (ListIterObj *)VAL_OBJ(args[0]);
    if (it->seq == VAL_NULL) {
        return val_from_small_int(0);
    }
    size_t len = val_list(it->seq)->len;
    if (VAL_OBJ(args[0])->type == &list_iterator_type) {
        return val_from_small_int(it->index < len ? (intptr_t)(len - it->index) : 0);
    }
    return val_from_small_int(it->index <= len ? (intptr_t)it->index : 0);
}

// --- methods ----------------------------------------------------------------

static Value list_append_m(size_t nargs, const Value *args) {
    (void)nargs;
    list_append(OBJ_VAL(list_self(args[0], "append")), args[1]);
    return VAL_NONE;
}

static Value list_extend_m(size_t nargs, const Value *args) {
    (void)nargs;
    Value self = OBJ_VAL(list_self(args[0], "extend"));
    // Extending a list by itself must copy it once, whatever its class.
    list_extend(self, obj_native(args[1]) == self ? self : args[1]);
    return VAL_NONE;
}

static Value list_insert_m(size_t nargs, const Value *args) {
    (void)nargs;
    ListObj *l = list_self(args[0], "insert");
    intptr_t i = val_is_small_int(args[1]) ? val_small_int(args[1]) : obj_index(args[1]);
    intptr_t n = (intptr_t)l->len;
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    } else if (i > n) {
        i = n;
    }
    list_replace_range(l, (size_t)i, (size_t)i, 1, &args[2]);
    return VAL_NONE;
}

static Value list_pop_m(size_t nargs, const Value *args) {
    ListObj *l = list_self(args[0], "pop");
    if (nargs < 2) {
        return list_pop_value(OBJ_VAL(l));
    }
    intptr_t i = val_is_small_int(args[1]) ? val_small_int(args[1]) : obj_index(args[1]);
    if (l->len == 0) {
        vm_raise(&exc_IndexError_type, "pop from empty list");
    }
    if (i < 0) {
        i += (intptr_t)l->len;
    }
    if (i < 0 || (size_t)i >= l->len) {
        vm_raise(&exc_IndexError_type, "pop index out of range");
    }
    Value v = l->items[i];
    list_replace_range(l, (size_t)i, (size_t)i + 1, 0, NULL);
    return v;
}

static Value list_remove_m(size_t nargs, const Value *args) {
    (void)nargs;
    ListObj *l = list_self(args[0], "remove");
    for (size_t i = 0; i < l->len; i++) {
        if (cont_item_eq(l->items[i], args[1])) {
            if (i < l->len) {
                list_replace_range(l, i, i + 1, 0, NULL);
            }
            return VAL_NONE;
        }
    }
    vm_raise(&exc_ValueError_type, "list.remove(x): x not in list");
}

static Value list_clear_m(size_t nargs, const Value *args) {
    (void)nargs;
    ListObj *l = list_self(args[0], "clear");
    l->len = 0;
    l->items = NULL;
    l->alloc = 0;
    return VAL_NONE;
}

static Value list_copy_m(size_t nargs, const Value *args) {
    (void)nargs;
    ListObj *l = list_self(args[0], "copy");
    return list_new(l->len, l->items);
}

static Value list_count_m(size_t nargs, const Value *args) {
    (void)nargs;
    ListObj *l = list_self(args[0], "count");
    intptr_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (cont_item_eq(l->items[i], args[1])) {
            n++;
        }
    }
    return val_from_small_int(n);
}

static Value list_index_m(size_t nargs, const Value *args) {
    ListObj *l = list_self(args[0], "index");
    size_t lo, hi;
    cont_index_range(nargs, args, 2, l->len, &lo, &hi);
    for (size_t i = lo; i < hi && i < l->len; i++) {
        if (cont_item_eq(l->items[i], args[1])) {
            return val_from_small_int((intptr_t)i);
        }
    }
    vm_raise(&exc_ValueError_type, "%R is not in list", args[1]);
}

static Value list_reverse_m(size_t nargs, const Value *args) {
    (void)nargs;
    ListObj *l = list_self(args[0], "reverse");
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return VAL_NONE;
}

void list_sort(Value list, Value key, bool reverse) {
    ListObj *l = val_list(list);
    // The list looks empty while it is sorted, so that a key function or
    // __lt__ that mutates it is detected (as CPython does).
    Value *volatile items = l->items;
    volatile size_t n = l->len, alloc = l->alloc;
    l->items = NULL;
    l->len = 0;
    l->alloc = 0;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value *keys = NULL;
        if (key != VAL_NULL && key != VAL_NONE && n > 0) {
            keys = gc_alloc(n * sizeof(Value), false);
            for (size_t i = 0; i < n; i++) {
                keys[i] = obj_call1(key, items[i]);
            }
        }
        sort_values(items, keys, n, reverse);
        nlr_pop();
    } else {
        l->items = items;
        l->len = n;
        l->alloc = alloc;
        nlr_jump(nb.exc);
    }
    bool modified = l->items != NULL || l->len != 0;
    l->items = items;
    l->len = n;
    l->alloc = alloc;
    if (modified) {
        vm_raise(&exc_ValueError_type, "list modified during sort");
    }
}

static Value list_sort_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(key), false, true, VAL_NONE},
        {NAME(reverse), false, true, VAL_FALSE},
    };
    Value out[2];
    if (nargs > 1) {
        vm_raise(&exc_TypeError_type, "sort() takes no positional arguments");
    }
    args_parse("sort", nargs - 1, args + 1, kwnames, 2, spec, out);
    ListObj *l = list_self(args[0], "sort");
    list_sort(OBJ_VAL(l), out[0], obj_truthy(out[1]));
    return VAL_NONE;
}

static Value list_init_m(size_t nargs, const Value *args, Value kwnames) {
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "list() takes no keyword arguments");
    }
    if (nargs > 2) {
        vm_raise(&exc_TypeError_type, "list expected at most 1 argument, got %zu", nargs - 1);
    }
    ListObj *l = list_self(args[0], "__init__");
    l->len = 0;
    l->items = NULL;
    l->alloc = 0;
    if (nargs == 2) {
        list_extend(OBJ_VAL(l), args[1]);
    }
    return VAL_NONE;
}







static Value list_reversed_m(size_t nargs, const Value *args) {
    (void)nargs;
    return list_reversed(args[0]);
}



static Value list_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    if (t != &list_type) {
        // Subclasses are filled by list.__init__, as in CPython.
        return cont_wrap_native(t, &list_type, list_new_empty());
    }
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "list() takes no keyword arguments");
    }
    if (nargs > 1) {
        vm_raise(&exc_TypeError_type, "list expected at most 1 argument, got %zu", nargs);
    }
    return nargs == 0 ? list_new_empty() : list_from_iter(args[0]);
}

static BUILTIN_FN_KW(list_init_obj, __init__, 1, FN_UNLIMITED, list_init_m);
static BUILTIN_FN(list_reversed_obj, __reversed__, 1, 1, list_reversed_m);
static BUILTIN_FN(list_append_obj, append, 2, 2, list_append_m);
static BUILTIN_FN(list_clear_obj, clear, 1, 1, list_clear_m);
static BUILTIN_FN(list_copy_obj, copy, 1, 1, list_copy_m);
static BUILTIN_FN(list_count_obj, count, 2, 2, list_count_m);
static BUILTIN_FN(list_extend_obj, extend, 2, 2, list_extend_m);
static BUILTIN_FN(list_index_obj, index, 2, 4, list_index_m);
static BUILTIN_FN(list_insert_obj, insert, 3, 3, list_insert_m);
static BUILTIN_FN(list_pop_obj, pop, 1, 2, list_pop_m);
static BUILTIN_FN(list_remove_obj, remove, 2, 2, list_remove_m);
static BUILTIN_FN(list_reverse_obj, reverse, 1, 1, list_reverse_m);
static BUILTIN_FN_KW(list_sort_obj, sort, 1, FN_UNLIMITED, list_sort_m);

// Sorted by name text (the runtime binary-searches attribute tables).
static const AttrEntry list_attrs[] = {
    {NAME(__class_getitem__), OBJ_VAL(&cont_class_getitem_obj)},
    {NAME(__hash__), VAL_NONE},
    {NAME(__init__), OBJ_VAL(&list_init_obj)},
    {NAME(__reversed__), OBJ_VAL(&list_reversed_obj)},
    {NAME(append), OBJ_VAL(&list_append_obj)},
    {NAME(clear), OBJ_VAL(&list_clear_obj)},
    {NAME(copy), OBJ_VAL(&list_copy_obj)},
    {NAME(count), OBJ_VAL(&list_count_obj)},
    {NAME(extend), OBJ_VAL(&list_extend_obj)},
    {NAME(index), OBJ_VAL(&list_index_obj)},
    {NAME(insert), OBJ_VAL(&list_insert_obj)},
    {NAME(pop), OBJ_VAL(&list_pop_obj)},
    {NAME(remove), OBJ_VAL(&list_remove_obj)},
    {NAME(reverse), OBJ_VAL(&list_reverse_obj)},
    {NAME(sort), OBJ_VAL(&list_sort_obj)},
};

const Type list_type = {
    .base = {&type_type},
    .name = NAME(list),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = list_make_new,
    .repr = list_repr,
    .hash = list_hash,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .compare = list_compare,
    .subscr = list_subscr,
    .contains = list_contains,
    .getiter = list_getiter,
    .attrs = list_attrs,
    .nattrs = sizeof(list_attrs) / sizeof(list_attrs[0]),
};

static BUILTIN_FN(list_iter_length_hint_obj, __length_hint__, 1, 1, list_iter_length_hint);

static const AttrEntry list_iter_attrs[] = {
    {NAME(__length_hint__), OBJ_VAL(&list_iter_length_hint_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

const Type list_iterator_type = {
    .base = {&type_type},
    .name = NAME(list_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = list_iter_next,
    .attrs = list_iter_attrs,
    .nattrs = sizeof(list_iter_attrs) / sizeof(list_iter_attrs[0]),
};

const Type list_reverseiterator_type = {
    .base = {&type_type},
    .name = NAME(list_reverseiterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = list_reviter_next,
    .attrs = list_iter_attrs,
    .nattrs = sizeof(list_iter_attrs) / sizeof(list_iter_attrs[0]),
};
