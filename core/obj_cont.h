// Container and iterator internals shared between the container files
// (obj_list.c, obj_tuple.c, obj_dict.c, obj_dict_views.c, obj_set.c,
// obj_range.c, obj_range_big.c, obj_slice.c, obj_iter.c,
// obj_genericalias.c, sort.c) and the other parts of the core that need
// more than obj.h offers: iterator helpers (iter(f, sentinel), reversed(),
// the shared __iter__/__next__ methods and `<X object at 0x..>` repr), the
// repr recursion guard, hashing and comparison helpers for sequence-like
// types, and the range layout a VM fast path may read.
#ifndef COPPER_CORE_OBJ_CONT_H
#define COPPER_CORE_OBJ_CONT_H

#include "obj.h"

// --- range ----------------------------------------------------------------

// When start, stop and step fit an intptr_t (`big` == VAL_NULL) the machine
// fields are authoritative and len may exceed INTPTR_MAX. Otherwise `big`
// is a tuple (start, stop, step, len) of Python ints and the machine fields
// are unused (obj_range_big.c): code reading the fields directly (a VM fast
// path) must check `big` first.
typedef struct {
    Obj base;           // &range_type
    intptr_t start, stop, step;
    uintptr_t len;      // number of items
    Value big;          // VAL_NULL, or (start, stop, step, len) as ints
} RangeObj;

extern const Type range_iterator_type, longrange_iterator_type;

// The big-int range path (obj_range_big.c), used by obj_range.c only.
Value range_big_new(Value start, Value stop, Value step);
Value range_big_attr(Value self, int which);      // 0 start, 1 stop, 2 step, 3 len
Value range_big_repr(Value self);
Value range_big_len(Value self);                  // OverflowError beyond a small int
bool range_big_bool(Value self);
Value range_big_find(Value self, Value x);        // index of int x, or VAL_NULL
Value range_big_item(Value self, Value i);        // self[i] for an int i
Value range_big_slice(Value start, Value step, Value len, Value slice);
Value range_big_slice_of(Value self, Value slice);
bool range_big_equal(Value a, Value b);           // both big
Value range_big_hash_items(Value self, Value out[3]);
Value range_big_iter(Value self);
Value range_big_reversed(Value self);

// --- iterators (obj_iter.c) ---------------------------------------------

// (iter(o) over __getitem__ is runtime.c's seqiter_new.)
extern const Type callable_iterator_type;
// iter(callable, sentinel): calls callable() until it returns a value equal
// to sentinel. May raise MemoryError.
Value calliter_new(Value callable, Value sentinel);
// reversed(o) as the builtin does it: o.__reversed__() or the len+getitem
// protocol; TypeError "'int' object is not reversible". May raise.
Value reversed_of(Value o);
// `<NAME object at 0x...>` for any object (the repr of iterator types).
Value iter_repr_addr(Value self);
// Shared methods of the iterator types: __iter__ (returns self) and
// __next__ (the type's iternext slot, StopIteration when exhausted), and
// the getiter slot of every iterator type (returns self).
extern const BuiltinFn iter_self_obj, iter_next_obj;
Value iter_getiter_self(Value self);
// `list[int]` and friends: the __class_getitem__ classmethod of the
// container types, returning a types.GenericAlias.
extern const WrapperObj cont_class_getitem_obj;
extern const Type generic_alias_type;

// --- repr recursion guard -------------------------------------------------

// Calls body(self) unless self is already being repr'd further up the C
// stack, in which case returns `recursive` as a str. Deep nesting raises
// RecursionError. May raise whatever body raises.
Value repr_guarded(Value self, Value (*body)(Value self), const char *recursive);

// --- lists and tuples -----------------------------------------------------

// CPython's RecursionError message when nested containers compare too deep.
#define COMPARE_DEPTH_MESSAGE "maximum recursion depth exceeded in comparison"

extern const Type list_iterator_type, list_reverseiterator_type, tuple_iterator_type;
// The list behind a list or an instance of a list subclass; TypeError
// "descriptor 'NAME' for 'list' objects doesn't apply to a 'X' object".
ListObj *list_self(Value v, const char *method);
// Grows capacity to hold at least n items.
void list_reserve(ListObj *l, size_t n);
// Items from any iterable as an array: borrows the items of an exact list or
// tuple (copying them when `copy`), else collects them into a new list. The
// result holds *len items. May raise.
Value *seq_fast(Value iterable, size_t *len, bool copy);
// Allocates a tuple of n items left uninitialised (VAL_NULL): the caller
// fills every slot before the tuple escapes. May raise MemoryError.
Value tuple_alloc(size_t n);
// Hash of a sequence of values with CPython 3.11's tuple algorithm.
uintptr_t tuple_hash_items(size_t n, const Value *items);
// Resolves the optional (start, end) arguments args[first], args[first+1]
// of index() by CPython's slice-index rules (negative from the end, clamped).
void cont_index_range(size_t nargs, const Value *args, size_t first, size_t len, size_t *lo,
                      size_t *hi);
// Equality as containers test it: identity first, then ==.
static inline bool cont_item_eq(Value a, Value b) {
    if (a == b) {
        return true;
    }
    if (val_is_small_int(a) && val_is_small_int(b)) {
        return false;
    }
    return obj_eq(a, b);
}
// Lexicographic rich comparison of two item arrays, as list/tuple compare.
Value seq_compare(int op, size_t na, const Value *a, size_t nb, const Value *b);
// Turns a hash computed in C into the Value a hash slot returns.
Value hash_to_value(uintptr_t h);

// --- sorting (sort.c) ---------------------------------------------------

// Stable sort of items[0..n) by keys[0..n) (keys == NULL: by the items
// themselves). The two arrays move together. `reverse` keeps stability as
// CPython's sort(reverse=True). Uses obj_compare(CMP_LT); may raise, in
// which case the arrays hold a permutation of their original contents.
void sort_values(Value *items, Value *keys, size_t n, bool reverse);

// --- dicts and sets -------------------------------------------------------

extern const Type dict_keyiterator_type, dict_valueiterator_type, dict_itemiterator_type,
    dict_reversekeyiterator_type, dict_reversevalueiterator_type,
    dict_reverseitemiterator_type, set_iterator_type;
// The dict behind a dict or an instance of a dict subclass (TypeError like
// list_self otherwise).
DictObj *dict_self(Value v, const char *method);
// Looks a key up with its hash known; VAL_NULL if absent. May raise (eq).
Value dict_get_hashed(Value d, Value key, uintptr_t hash);
void dict_set_hashed(Value d, Value key, uintptr_t hash, Value value);
// The hash a dict or set uses for a key (fast paths for ints and strs).
uintptr_t cont_hash(Value key);
// A new iterator of type t (one of the dict iterator types) over a dict.
Value dict_iter_new(const Type *t, Value dict);
// dict views (obj_dict_views.c)
Value dict_view_new(const Type *t, Value dict);
// set helpers (obj_set.c)
bool val_is_anyset(Value v);                     // set, frozenset or a subclass instance
SetObj *set_self(Value v);                       // native set behind v (no check)
size_t set_len(Value s);
// Set algebra used by the dict views: a new set from any iterable.
Value set_from_iter(Value iterable);
Value set_binary(int op, Value a, Value b);      // BINOP_OR/AND/SUB/XOR on two sets
void set_update_from(Value s, Value iterable);
// The constant for a set display of 3 or more constants, built exactly as
// CPython 3.11 builds it (so `print({100, 5, 37})` iterates in CPython's
// order): the compiler emits BUILD_SET 0, LOAD_CONST <this>, SET_UPDATE 1.
// `tuple` holds the constants in source order.
Value frozenset_const_from_tuple(Value tuple);
// Iterate a set: for (size_t i = 0; set_next(s, &i, &key);)
bool set_next(Value s, size_t *pos, Value *key);

// --- helpers for subclass instances ---------------------------------------

// The object a make_new slot returns for type `t` whose built-in part is
// `native`: native itself when t is the built-in type, else an instance of
// the subclass wrapping it.
Value cont_wrap_native(const Type *t, const Type *builtin, Value native);
// True if a binary operator with operand `other` should be left to other's
// reflected method `rname` (a user class that defines it).
bool cont_defer_to(Value other, Value rname);

#endif
