// The object model: the object header, the type struct with its slots, the
// layouts of the built-in objects other parts of the core read directly, and
// the generic protocol (repr, hash, compare, call, getattr, iterate, ...)
// every part of the core uses instead of poking at other types' internals.
//
// Conventions (read before adding code):
// - Functions marked "may raise" can longjmp through vm_raise; everything
//   that allocates may raise MemoryError.
// - A slot returning Value returns VAL_NULL for "not supported here"; the
//   generic protocol turns that into the right TypeError.
// - Argument vectors follow one calling convention (like CPython's
//   vectorcall): `args[0..nargs)` are positional, then come one value per
//   keyword name in `kwnames` (a tuple of interned str, or VAL_NULL).
#ifndef COPPER_CORE_OBJ_H
#define COPPER_CORE_OBJ_H

#include <stdarg.h>
#include "value.h"

typedef struct Obj {
    const struct Type *type;
} Obj;

typedef struct Type Type;

// --- operator codes shared by compiler, VM and type slots ---------------

typedef enum {
    BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_MATMUL, BINOP_TRUEDIV,
    BINOP_FLOORDIV, BINOP_MOD, BINOP_POW, BINOP_LSHIFT, BINOP_RSHIFT,
    BINOP_AND, BINOP_OR, BINOP_XOR,
    BINOP_COUNT,
    // In-place forms are the plain op + BINOP_INPLACE (BINARY_OP arg).
    BINOP_INPLACE = 16,
} BinOp;

typedef enum {
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE,
} CmpOp;

typedef enum {
    UNOP_NEG, UNOP_POS, UNOP_INVERT,
    UNOP_BOOL,   // slot returns True/False, or VAL_NULL: use len, else true
    UNOP_LEN,    // slot returns a small int, or VAL_NULL: no len()
    UNOP_ABS,
} UnOp;

// --- the type struct ------------------------------------------------------

// Attribute table entry for const types and C modules. `value` is a
// BuiltinFn (a method: args[0] is self), a classmethod/staticmethod object
// wrapping one, a property, or any constant.
typedef struct {
    Value name;   // interned str, normally NAME(x)
    Value value;
} AttrEntry;

typedef Value (*CallSlot)(Value self, size_t nargs, const Value *args, Value kwnames);

#define TYPE_FLAG_HEAP 0x0001       // a class made by `class` or type(): has dict/mro
#define TYPE_FLAG_BASETYPE 0x0002   // may be subclassed
#define TYPE_FLAG_EXC 0x0004        // BaseException or a subclass
#define TYPE_FLAG_ITER_SELF 0x0008  // __iter__ returns self (iterators)

struct Type {
    Obj base;                 // &type_type, or a metaclass
    Value name;               // str (interned)
    uint16_t flags;
    const Type *base_type;    // primary base; NULL only for `object`
    // type(...) called: create an instance. `t` may be a subclass.
    Value (*make_new)(const Type *t, size_t nargs, const Value *args, Value kwnames);
    CallSlot call;            // calling an instance
    Value (*repr)(Value self);                      // returns str
    Value (*str)(Value self);                       // NULL: use repr
    Value (*hash)(Value self);                      // small int; NULL: identity
    Value (*unary_op)(int op, Value a);             // UnOp
    // binary_op: computes `a OP b` with a and b ALWAYS in operator order
    // (a = left operand, b = right); either one (or both) is of this type
    // (or a subclass, e.g. bool for int; InstanceObj operands are already
    // unwrapped with obj_native). obj_binary_op calls the left type's slot,
    // then, if that returned VAL_NULL or NotImplemented, the right type's
    // slot with the SAME (op, a, b) (right first if its type is a proper
    // subclass of the left's, as CPython). Return VAL_NULL (or VAL_NOTIMPL)
    // when the operand types are not supported. `op` may carry
    // BINOP_INPLACE (only ever on the left operand's slot): mutable types
    // act in place (list +=); others may mask it off or return VAL_NULL, and
    // the protocol then retries with the plain op.
    Value (*binary_op)(int op, Value a, Value b);
    // compare: a is ALWAYS of this type; reflection is done by the protocol
    // by swapping operands and op (a < b -> b > a). Return VAL_NULL or
    // VAL_NOTIMPL when b's type is not supported. NULL slot: identity ==/!=.
    Value (*compare)(int op, Value a, Value b);     // CmpOp
    // Subscript: value == VAL_NULL loads, VAL_DELETE deletes, else stores.
    Value (*subscr)(Value self, Value index, Value value);
    Value (*contains)(Value self, Value item);      // True/False; NULL: iterate
    Value (*getiter)(Value self);
    Value (*iternext)(Value self);                  // VAL_NULL when exhausted
    // Special attributes (data on the object, not methods). Return VAL_NULL
    // if `name` is not one of them; the protocol then looks in the type.
    Value (*getattr)(Value self, Value name);
    // Set (value) or delete (value == VAL_NULL). Return false if the object
    // has no such settable attribute (the protocol raises AttributeError).
    bool (*setattr)(Value self, Value name, Value value);
    const AttrEntry *attrs;   // methods and constants (const types)
    uint16_t nattrs;
    // Heap types (classes) only; VAL_NULL for const types.
    Value dict;               // class namespace (dict)
    Value mro;                // tuple of types, starting with this one
    Value bases;              // tuple of direct bases
    const Type *native_base;  // nearest const (built-in) type in the MRO
    uint32_t version;         // bumped on every change to a class in the MRO
};

// Marker for "delete" in subscr slots. Never a Python value.
#define VAL_DELETE ((Value)2)

// --- layouts read across files -----------------------------------------

// charlen and interned share a word so that a str header is 20 bytes on a
// 32-bit board, not 24: the name table holds ~1 800 of them in flash. That
// caps a str at STR_LEN_MAX bytes (as CPython on a 32-bit platform).
typedef struct {
    Obj base;
    uint32_t hash;      // 0: not yet computed
    uint32_t len;       // bytes of UTF-8
    uint32_t charlen : 31;   // code points; == len when ASCII
    uint32_t interned : 1;
    const char *data;   // UTF-8, NUL-terminated; for heap strings points just
                        // past this header in the same block
} StrObj;
#define STR_LEN_MAX 0x7FFFFFFFu

// Interned names known at build time: NAME(append) is the Value of the
// const str "append" (see names.h).
#include "names.h"

typedef struct {
    Obj base;
    uint32_t hash;
    size_t len;
    uint8_t *data;      // bytes: inline after header; bytearray: separate block
    size_t alloc;       // bytearray capacity (0 for bytes)
} BytesObj;

typedef struct {
    Obj base;
    size_t len;
    Value items[];
} TupleObj;

extern const TupleObj empty_tuple_obj;   // the one () (tuple_empty())

typedef struct {
    Obj base;
    size_t len;
    size_t alloc;
    Value *items;       // separate GC block
} ListObj;

// Insertion-ordered dict: `entries` keeps pairs in order (deleted entries
// have key VAL_NULL). A dict of up to 8 entries has no index (lookups scan
// the entries); a bigger one keeps its open-addressing index of entry
// numbers in the same GC block, just before `entries` (obj_dict.c).
typedef struct {
    Value key;
    Value value;
    uintptr_t hash;
} DictEntry;

typedef struct {
    Obj base;
    DictEntry *entries;
    uint32_t used;          // live entries
    uint32_t nentries;      // entries filled (live + deleted)
    uint32_t version;       // bumped on every insert/delete/store (VM caches)
    unsigned int alloc : 26;    // entries that fit before a resize (as CPython; memory may hold fewer)
    unsigned int ilog2 : 5;     // the index has 1 << ilog2 slots; 0: no index
    unsigned int names : 1;     // every key stored since the table was built is an interned str
} DictObj;

// A set's hash table (obj_set.c; entries are its own SetEntry records).
typedef struct {
    size_t used;
    size_t nentries;
    size_t alloc;
    size_t index_size;
    DictEntry *entries;
} SetTable;

typedef struct {
    Obj base;
    SetTable table;
} SetObj;

typedef struct {
    Obj base;
    Value start, stop, step;
} SliceObj;

// Built-in function (const, in flash). For methods args[0] is self.
typedef enum { FN_POS, FN_KW } FnKind;
typedef struct {
    Obj base;           // &builtin_function_type
    Value name;
    uint8_t kind;
    uint8_t min_args;
    uint8_t max_args;   // 255: unlimited
    union {
        Value (*pos)(size_t nargs, const Value *args);
        Value (*kw)(size_t nargs, const Value *args, Value kwnames);
    } fn;
} BuiltinFn;

#define FN_UNLIMITED 255

// Define a positional builtin: BUILTIN_FN(list_append_obj, append, 2, 2, list_append_m)
#define BUILTIN_FN(cname, pyname, mn, mx, cfun)                                     \
    const BuiltinFn cname = {{&builtin_function_type}, NAME(pyname), FN_POS, (mn), (mx), \
                             {.pos = (cfun)}}
// A builtin taking keywords; it parses kwnames itself (see args_parse).
#define BUILTIN_FN_KW(cname, pyname, mn, mx, cfun)                                 \
    const BuiltinFn cname = {{&builtin_function_type}, NAME(pyname), FN_KW, (mn), (mx), \
                             {.kw = (cfun)}}

// classmethod / staticmethod wrappers (heap or const).
typedef struct {
    Obj base;
    Value func;
} WrapperObj;

typedef struct {
    Obj base;
    Value fget, fset, fdel, doc;
} PropertyObj;

typedef struct {
    Obj base;
    Value self;
    Value func;
} BoundMethodObj;

typedef struct {
    Obj base;
    Value value;        // VAL_NULL when empty
} CellObj;

// Instance of a user class. `dict` holds attributes; `native` holds the
// built-in part when the class derives from a built-in type other than
// object (e.g. list), else VAL_NULL.
typedef struct {
    Obj base;
    Value dict;
    Value native;
} InstanceObj;

// Exception instance. User subclasses of exceptions are ExcObj too (with a
// heap type); their attributes live in `dict`.
typedef struct {
    Obj base;
    Value args;             // tuple
    Value traceback;        // VAL_NULL or a traceback chain (see traceback.h)
    Value cause;            // VAL_NULL or exception (__cause__)
    Value context;          // VAL_NULL or exception (__context__)
    bool suppress_context;
    Value dict;             // VAL_NULL until an attribute is set
} ExcObj;

typedef struct {
    Obj base;
    Value name;             // str
    Value globals;          // dict
    const AttrEntry *rom;   // C modules: their const globals, looked up first
    uint16_t nrom;
} ModuleObj;

// A C module: registered in core/module_table.c.
typedef struct {
    Value name;
    const AttrEntry *globals;
    uint16_t nglobals;
    void (*init)(Value module);  // optional: fill the module's dict at import
} ModuleDef;

// --- well-known objects and types ----------------------------------------

extern const Obj none_obj, true_obj, false_obj, ellipsis_obj, notimpl_obj;
#define VAL_NONE OBJ_VAL(&none_obj)
#define VAL_TRUE OBJ_VAL(&true_obj)
#define VAL_FALSE OBJ_VAL(&false_obj)
#define VAL_ELLIPSIS OBJ_VAL(&ellipsis_obj)
#define VAL_NOTIMPL OBJ_VAL(&notimpl_obj)
static inline Value val_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }
// The result of comparison `op` (CmpOp) from a three-way result c (<0, 0, >0).
static inline Value obj_cmp_result(int op, int c) {
    switch (op) {
        case CMP_LT: return val_bool(c < 0);
        case CMP_LE: return val_bool(c <= 0);
        case CMP_EQ: return val_bool(c == 0);
        case CMP_NE: return val_bool(c != 0);
        case CMP_GT: return val_bool(c > 0);
        default: return val_bool(c >= 0);
    }
}

extern const Type type_type, object_type, none_type, bool_type, int_type, float_type,
    str_type, bytes_type, bytearray_type, tuple_type, list_type, dict_type, set_type,
    frozenset_type, range_type, slice_type, ellipsis_type, notimpl_type,
    builtin_function_type, function_type, bound_method_type, cell_type, code_type,
    generator_type, module_type, property_type, staticmethod_type, classmethod_type,
    super_type, dict_keys_type, dict_values_type, dict_items_type, enumerate_type,
    zip_type, map_type, filter_type, reversed_type;

// Exception types (core/obj_exc.c). The list lives in core/exceptions.def:
// EXC(cname, PythonName, base_cname). Declares `const Type exc_<cname>_type`.
#define EXC(cname, pyname, base) extern const Type exc_##cname##_type;
#include "exceptions.def"
#undef EXC

// --- inline helpers ------------------------------------------------------

static inline const Type *type_of(Value v) {
    extern const Type int_type;
    return val_is_small_int(v) ? &int_type : VAL_OBJ(v)->type;
}
static inline bool is_type(Value v, const Type *t) { return val_is_obj(v) && VAL_OBJ(v)->type == t; }
static inline bool val_is_str(Value v) { return is_type(v, &str_type); }
static inline bool val_is_int(Value v) { return val_is_small_int(v) || is_type(v, &int_type); }
static inline StrObj *val_str(Value v) { return (StrObj *)VAL_OBJ(v); }
static inline TupleObj *val_tuple(Value v) { return (TupleObj *)VAL_OBJ(v); }
static inline ListObj *val_list(Value v) { return (ListObj *)VAL_OBJ(v); }
static inline DictObj *val_dict(Value v) { return (DictObj *)VAL_OBJ(v); }

// --- generic protocol (core/runtime.c) -------------------------------
// All may raise.

bool type_is_subtype(const Type *t, const Type *base);   // t is base or derives from it
bool obj_isinstance(Value v, const Type *t);
const char *type_name_cstr(const Type *t);
Value obj_repr(Value v);                        // str
Value obj_str(Value v);                         // str
uintptr_t obj_hash(Value v);                    // TypeError if unhashable
bool obj_truthy(Value v);
bool obj_eq(Value a, Value b);                  // a == b, truthy result
Value obj_compare(int op, Value a, Value b);    // rich compare with reflection
Value obj_binary_op(int op, Value a, Value b);  // BinOp (+ BINOP_INPLACE) with reflection
Value obj_unary_op(int op, Value a);            // UnOp NEG/POS/INVERT/ABS
size_t obj_len(Value v);                        // TypeError if no len
Value obj_len_opt(Value v);                     // small int or VAL_NULL
bool obj_contains(Value container, Value item);
Value obj_getitem(Value o, Value index);
void obj_setitem(Value o, Value index, Value value);
void obj_delitem(Value o, Value index);
Value obj_getiter(Value o);
Value obj_iternext(Value iter);                 // VAL_NULL when exhausted
Value obj_getattr(Value o, Value name);         // AttributeError if missing
Value obj_getattr_opt(Value o, Value name);     // VAL_NULL if missing
void obj_setattr(Value o, Value name, Value value);
void obj_delattr(Value o, Value name);
// Method lookup without allocating a bound method: out[0] = function,
// out[1] = self (or VAL_NULL when the attribute is not a method: out[0] is
// then the plain attribute value). Raises AttributeError if missing.
void obj_load_method(Value o, Value name, Value out[2]);
// Calls. `args` follows the module calling convention (see top).
Value obj_call(Value fn, size_t nargs, const Value *args, Value kwnames);
Value obj_call0(Value fn);
Value obj_call1(Value fn, Value a);
Value obj_call2(Value fn, Value a, Value b);
Value obj_call_method0(Value o, Value name);             // o.name()
Value obj_call_method1(Value o, Value name, Value a);    // o.name(a)
Value obj_call_method_opt(Value o, Value name, size_t nargs, const Value *args); // VAL_NULL if no such method
Value obj_format(Value v, Value spec);          // format(v, spec) -> str
bool obj_callable(Value v);
// Look `name` up along a type's MRO (class dicts and const attr tables);
// VAL_NULL if absent. Used for special-method dispatch.
Value type_lookup(const Type *t, Value name);
// Python-level `type(name, bases, dict)` and instance creation live in obj_type.c.
Value type_new_class(Value name, Value bases, Value dict);
// Turn a value that is an instance of a user class deriving from a
// built-in type into its built-in part (InstanceObj.native); else v itself.
Value obj_native(Value v);

// --- per-type constructors and helpers other files call -------------

// int (core/obj_int.c): small ints and bignums.
Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t i);
bool int_to_i64(Value v, int64_t *out);          // false if it does not fit
intptr_t int_as_intptr(Value v);                 // OverflowError if it does not fit; TypeError if not int
intptr_t obj_index(Value v);                     // __index__: int/bool/objects with __index__
// The count n of `seq * n`: from an int, bool or object with __index__
// (OverflowError when it does not fit a machine word); false if n is none.
bool seq_repeat_count(Value n, intptr_t *out);
Value int_from_str(const char *s, size_t len, int base);   // ValueError as CPython; may raise
Value int_to_str(Value v, int base);             // str in base 2..36 (no prefix)
Value int_from_double(double d);                 // OverflowError/ValueError for inf/nan
double int_to_double(Value v);                   // OverflowError if too large
int int_sign(Value v);
uintptr_t int_hash(Value v);
// Value of a bool/int-like as int (True -> 1). VAL_NULL if not an int or bool.
Value int_coerce(Value v);

// float (core/obj_float.c)
Value float_new(double d);
double float_value(Value v);                     // float object only
bool obj_to_double(Value v, double *out);        // int/bool/float; false otherwise
double obj_get_double(Value v);                  // TypeError if not a number
Value float_from_str(const char *s, size_t len); // ValueError as CPython
Value float_repr_value(double d);                // shortest round-trip repr as str
uintptr_t float_hash(double d);

// str (core/obj_str.c, core/intern.c)
Value str_new(const char *data, size_t len);     // copies; validates nothing (caller gives UTF-8)
Value str_new_cstr(const char *s);
Value str_from_utf8(const char *data, size_t len);  // UnicodeDecodeError on bad UTF-8
Value str_intern(const char *data, size_t len);  // the interned str for these bytes
Value str_intern_value(Value str);               // intern an existing str
const char *str_cstr(Value s);                   // NUL-terminated data of a str
size_t str_len_bytes(Value s);
uintptr_t str_hash(Value s);
uint32_t str_hash_bytes(const char *data, size_t len);  // FNV-1a; matches tools/gen_names.py
bool str_equal(Value a, Value b);
Value str_concat(Value a, Value b);
Value str_from_char(uint32_t codepoint);
Value str_join_values(Value sep, size_t n, const Value *items);

// bytes / bytearray (core/obj_bytes.c)
Value bytes_new(const uint8_t *data, size_t len);
Value bytearray_new(const uint8_t *data, size_t len);
// Borrow the bytes of bytes/bytearray (and other buffer objects); false if not a buffer.
bool obj_get_buffer(Value v, const uint8_t **data, size_t *len);

// tuple (core/obj_tuple.c)
Value tuple_new(size_t n, const Value *items);   // items may be NULL: filled with None
Value tuple_empty(void);
// list (core/obj_list.c)
Value list_new(size_t n, const Value *items);    // items may be NULL: empty list with capacity n? no: n Nones
Value list_new_empty(void);
void list_append(Value list, Value v);
void list_extend(Value list, Value iterable);
Value list_pop_value(Value list);
void list_sort(Value list, Value key, bool reverse);   // stable
Value list_from_iter(Value iterable);
Value tuple_from_iter(Value iterable);
// Borrow the item array of a list or tuple; false if v is neither.
bool obj_get_array(Value v, size_t *len, Value **items);
// dict (core/obj_dict.c)
Value dict_new(void);
Value dict_get(Value d, Value key);              // VAL_NULL if absent; may raise (hash/eq)
void dict_set(Value d, Value key, Value value);
bool dict_delete(Value d, Value key);            // false if absent
Value dict_get_str(Value d, Value interned);     // fast path for interned names
size_t dict_len(Value d);
// Iterate entries: for (size_t i = 0; dict_next(d, &i, &k, &v);)
bool dict_next(Value d, size_t *pos, Value *key, Value *value);
void dict_update(Value d, Value other);          // from dict/mapping/iterable of pairs
Value dict_copy(Value d);
// set (core/obj_set.c)
Value set_new(void);
Value frozenset_new_from(Value iterable);
void set_add(Value s, Value item);
bool set_contains(Value s, Value item);
// slice / range (core/obj_slice.c, core/obj_range.c)
Value slice_new(Value start, Value stop, Value step);
// Resolve a slice against a sequence of length len (as slice.indices):
// returns the number of items selected.
size_t slice_indices(Value slice, size_t len, intptr_t *start, intptr_t *stop, intptr_t *step);
Value range_new(intptr_t start, intptr_t stop, intptr_t step);
// Normalise an index for a sequence of length len; IndexError naming `what`
// ("list", "tuple", ...) when out of range.
size_t seq_index(Value index, size_t len, const char *what);
// Exceptions (core/obj_exc.c)
Value exc_new(const Type *t, size_t nargs, const Value *args);
Value exc_new_msg(const Type *t, Value msg);     // msg: str or VAL_NULL for no args
ExcObj *exc_get(Value e);                         // the ExcObj of an exception value
// Misc objects
Value bound_method_new(Value self, Value func);
Value cell_new(Value v);
Value property_new(Value fget, Value fset, Value fdel, Value doc);
Value module_new(Value name);                    // fresh module with __name__ in its globals
Value module_from_def(const ModuleDef *def);

// Keyword/positional argument parsing for FN_KW builtins (core/args.c).
// spec: one entry per parameter. Unsupplied optional parameters get `dflt`
// (VAL_NULL to detect absence). Raises TypeError as CPython for too many
// arguments, unknown or duplicate keywords and missing required ones.
typedef struct {
    Value name;      // NAME(x)
    bool required;
    bool kw_only;
    Value dflt;
} ArgSpec;
void args_parse(const char *fname, size_t nargs, const Value *args, Value kwnames,
                size_t nspec, const ArgSpec *spec, Value *out);
void args_check_count(const char *fname, size_t nargs, size_t min, size_t max);
void args_no_kw(const char *fname, Value kwnames);

#endif
