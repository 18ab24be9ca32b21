// The array module: array.array, a mutable sequence of machine numbers of
// one C type (typecodes b B u h H i I l L q Q f d, item sizes as the C
// compiler's), as CPython 3.11 has it: construction from an iterable, str,
// bytes or another array; indexing, slicing (slices are arrays), item and
// slice assignment and deletion; + * += *= and comparisons; the methods
// (append extend insert pop remove index count reverse byteswap frombytes
// tobytes fromlist tolist fromunicode tounicode fromfile tofile
// buffer_info); and CPython's TypeError/OverflowError messages for values
// that do not fit the typecode. The items live in one no-scan GC block that
// grows geometrically; a value is converted completely before any byte of
// the array changes, so a failed store leaves the array as it was.
#include <limits.h>
#include <string.h>
#include "array.h"
#include "gc.h"
#include "modargs.h"
#include "mods.h"
#include "module_table.h"
#include "obj_cont.h"
#include "obj_int.h"
#include "obj_str.h"
#include "print.h"
#include "runtime.h"
#include "utf8.h"
#include "vm_raise.h"

typedef struct {
    Obj base;           // &array_type
    char typecode;
    uint8_t itemsize;
    size_t len;         // items
    size_t alloc;       // items the data block has room for
    uint8_t *data;      // no-scan GC block, NULL while alloc == 0
} ArrayObj;

typedef struct {
    Obj base;           // &array_iterator_type
    Value array;        // the ArrayObj (native part)
    size_t pos;
} ArrayIterObj;

extern const Type array_iterator_type;

static const char TYPECODES[] = "bBuhHiIlLqQfd";

static size_t typecode_size(char tc) {
    switch (tc) {
        case 'b': case 'B': return 1;
        case 'h': case 'H': return sizeof(short);
        case 'i': case 'I': return sizeof(int);
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': return 8;
        case 'f': return sizeof(float);
        case 'd': return sizeof(double);
        case 'u': return 4;   // wchar_t of the hosts CPython runs on (UCS-4)
        default: return 0;
    }
}

static bool is_array(Value v) { return is_type(v, &array_type); }

// The array behind self in a method call; TypeError for anything else (an
// unbound call such as array.append(5, 1)).
static ArrayObj *arr_self(Value v, const char *method) {
    Value n = obj_native(v);
    if (!is_array(n)) {
        vm_raise(&exc_TypeError_type,
                 "descriptor '%s' for 'array.array' objects doesn't apply to a '%T' object",
                 method, v);
    }
    return (ArrayObj *)VAL_OBJ(n);
}

static ArrayObj *arr_new(char tc, size_t n) {
    ArrayObj *a = (ArrayObj *)gc_alloc_obj(sizeof(ArrayObj), &array_type);
    a->typecode = tc;
    a->itemsize = (uint8_t)typecode_size(tc);
    a->len = 0;
    a->alloc = 0;
    a->data = NULL;
    if (n > 0) {
        if (n > SIZE_MAX / 2 / a->itemsize) {
            vm_raise_memory_error();
        }
        a->data = gc_alloc(n * a->itemsize, true);
        a->alloc = n;
    }
    return a;
}

// Room for at least n items (geometric growth).
static void arr_reserve(ArrayObj *a, size_t n) {
    if (n <= a->alloc) {
        return;
    }
    size_t na = a->alloc + a->alloc / 2 + 4;
    if (na < n) {
        na = n;
    }
    if (na > SIZE_MAX / 2 / a->itemsize) {
        vm_raise_memory_error();
    }
    if (a->data == NULL) {
        a->data = gc_alloc(na * a->itemsize, true);
    } else {
        a->data = gc_realloc(a->data, na * a->itemsize);
    }
    a->alloc = na;
}

// Replaces items [lo, hi) by n items of raw data (which may point into a).
static void arr_splice(ArrayObj *a, size_t lo, size_t hi, const uint8_t *src, size_t n) {
    size_t isz = a->itemsize;
    if (n > 0 && a->data != NULL && src >= a->data && src < a->data + a->alloc * isz) {
        uint8_t *copy = gc_alloc(n * isz, true);
        memcpy(copy, src, n * isz);
        src = copy;
    }
    size_t tail = a->len - hi;
    size_t newlen = lo + n + tail;
    arr_reserve(a, newlen);
    if (tail > 0) {
        memmove(a->data + (lo + n) * isz, a->data + hi * isz, tail * isz);
    }
    if (n > 0) {
        memcpy(a->data + lo * isz, src, n * isz);
    }
    a->len = newlen;
}

// --- converting items ---------------------------------------------------------------

typedef union {
    int8_t b; uint8_t B; short h; unsigned short H; int i; unsigned int I;
    long l; unsigned long L; int64_t q; uint64_t Q; float f; double d; uint32_t u;
} Item;

_Noreturn static void overflow(const char *msg) { vm_raise(&exc_OverflowError_type, "%s", msg); }

// The signed typecodes up to 'l' convert to a C long first, then check the
// range of the item type (CPython's array setters).
static int64_t to_clong(Value iv) {
    int64_t x;
    if (!int_to_i64(iv, &x) || x < LONG_MIN || x > LONG_MAX) {
        overflow("Python int too large to convert to C long");
    }
    return x;
}

static void range_check(int64_t x, int64_t lo, int64_t hi, const char *what) {
    if (x < lo) {
        vm_raise(&exc_OverflowError_type, "%s is less than minimum", what);
    }
    if (x > hi) {
        vm_raise(&exc_OverflowError_type, "%s is greater than maximum", what);
    }
}

// 'I' and 'L' go through C unsigned long.
static uint64_t to_culong(Value iv) {
    if (int_sign(iv) < 0) {
        overflow("can't convert negative value to unsigned int");
    }
    uint64_t u;
    if (!int_to_u64(iv, &u) || u > ULONG_MAX) {
        overflow("Python int too large to convert to C unsigned long");
    }
    return u;
}

static void convert_int(char tc, Value v, Item *it) {
    Value iv = mods_to_int(v);
    switch (tc) {
        case 'b': {
            // CPython parses 'b' items as a C short first, 'H' items as an int.
            int64_t x = to_clong(iv);
            range_check(x, SHRT_MIN, SHRT_MAX, "signed short integer");
            range_check(x, SCHAR_MIN, SCHAR_MAX, "signed char");
            it->b = (int8_t)x;
            break;
        }
        case 'B': {
            int64_t x = to_clong(iv);
            range_check(x, 0, UCHAR_MAX, "unsigned byte integer");
            it->B = (uint8_t)x;
            break;
        }
        case 'h': {
            int64_t x = to_clong(iv);
            range_check(x, SHRT_MIN, SHRT_MAX, "signed short integer");
            it->h = (short)x;
            break;
        }
        case 'H': {
            int64_t x = to_clong(iv);
            range_check(x, INT_MIN, INT_MAX, "signed integer");
            range_check(x, 0, USHRT_MAX, "unsigned short");
            it->H = (unsigned short)x;
            break;
        }
        case 'i': {
            int64_t x = to_clong(iv);
            range_check(x, INT_MIN, INT_MAX, "signed integer");
            it->i = (int)x;
            break;
        }
        case 'l':
            it->l = (long)to_clong(iv);
            break;
        case 'I': {
            uint64_t u = to_culong(iv);
            if (u > UINT_MAX) {
                overflow("unsigned int is greater than maximum");
            }
            it->I = (unsigned int)u;
            break;
        }
        case 'L':
            it->L = (unsigned long)to_culong(iv);
            break;
        case 'q':
            if (!int_to_i64(iv, &it->q)) {
                overflow("int too big to convert");
            }
            break;
        default:   // 'Q'
            if (int_sign(iv) < 0) {
                overflow("can't convert negative int to unsigned");
            }
            if (!int_to_u64(iv, &it->Q)) {
                overflow("int too big to convert");
            }
            break;
    }
}

static uint32_t convert_unicode(Value v) {
    StrObj *s = str_get(v);
    if (s == NULL || s->charlen != 1) {
        vm_raise(&exc_TypeError_type, "array item must be unicode character");
    }
    size_t n;
    return utf8_get((const uint8_t *)s->data, &n);
}

// Converts v to the item type of a and writes it at p (item slot).
static void put_item(const ArrayObj *a, uint8_t *p, Value v) {
    Item it;
    switch (a->typecode) {
        case 'f': it.f = (float)obj_get_double(v); break;
        case 'd': it.d = obj_get_double(v); break;
        case 'u': it.u = convert_unicode(v); break;
        default: convert_int(a->typecode, v, &it); break;
    }
    memcpy(p, &it, a->itemsize);
}

static Value get_raw(char tc, const uint8_t *p) {
    Item it;
    memcpy(&it, p, typecode_size(tc));
    switch (tc) {
        case 'b': return val_from_small_int(it.b);
        case 'B': return val_from_small_int(it.B);
        case 'h': return val_from_small_int(it.h);
        case 'H': return val_from_small_int(it.H);
        case 'i': return int_from_i64(it.i);
        case 'I': return int_from_u64(it.I);
        case 'l': return int_from_i64(it.l);
        case 'L': return int_from_u64(it.L);
        case 'q': return int_from_i64(it.q);
        case 'Q': return int_from_u64(it.Q);
        case 'f': return float_new(it.f);
        case 'd': return float_new(it.d);
        default:
            if (it.u > 0x10FFFF) {
                vm_raise(&exc_ValueError_type, "character U+%x is not in range [U+0000; U+10ffff]",
                         (unsigned)it.u);
            }
            return str_from_char(it.u);
    }
}

static Value get_item(const ArrayObj *a, size_t i) { return get_raw(a->typecode, a->data + i * a->itemsize); }

static void append_value(ArrayObj *a, Value v) {
    Item it;
    put_item(a, (uint8_t *)&it, v);
    arr_reserve(a, a->len + 1);
    memcpy(a->data + a->len * a->itemsize, &it, a->itemsize);
    a->len++;
}

// --- indexes ---------------------------------------------------------------------------

// self[index] position; `msg` is the IndexError message for out of range.
static size_t item_index(const ArrayObj *a, Value index, const char *msg) {
    intptr_t i;
    if (val_is_small_int(index)) {
        i = val_small_int(index);
    } else if (val_is_int(index) || type_lookup(type_of(index), NAME(__index__)) != VAL_NULL) {
        Value iv = int_index_value(index);
        int64_t x;
        if (!int_to_i64(iv, &x) || x < INTPTR_MIN || x > INTPTR_MAX) {
            vm_raise(&exc_IndexError_type, "cannot fit '%T' into an index-sized integer", index);
        }
        i = (intptr_t)x;
    } else {
        vm_raise(&exc_TypeError_type, "array indices must be integers");
    }
    if (i < 0) {
        i += (intptr_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        vm_raise(&exc_IndexError_type, "%s", msg);
    }
    return (size_t)i;
}

// A Py_ssize_t argument (pop, insert).
static intptr_t ssize_arg(Value v) {
    Value iv = mods_to_int(v);
    int64_t x;
    if (!int_to_i64(iv, &x) || x < INTPTR_MIN || x > INTPTR_MAX) {
        overflow("Python int too large to convert to C ssize_t");
    }
    return (intptr_t)x;
}

// --- construction ------------------------------------------------------------------------

static void frombytes_into(ArrayObj *a, const uint8_t *d, size_t n) {
    if (n % a->itemsize != 0) {
        vm_raise(&exc_ValueError_type, "bytes length not a multiple of item size");
    }
    arr_splice(a, a->len, a->len, d, n / a->itemsize);
}

static void fromunicode_into(ArrayObj *a, Value s) {
    StrObj *so = str_get(s);
    const uint8_t *p = (const uint8_t *)so->data, *end = p + so->len;
    arr_reserve(a, a->len + so->charlen);
    while (p < end) {
        size_t n;
        uint32_t cp = utf8_get(p, &n);
        p += n;
        memcpy(a->data + a->len * 4, &cp, 4);
        a->len++;
    }
}

// Appends every item of an iterable (items before a bad one stay, as
// CPython's extend).
static void extend_iter(ArrayObj *a, Value iterable) {
    size_t n;
    Value *items;
    if (obj_get_array(iterable, &n, &items)) {
        arr_reserve(a, a->len + n);
        // Re-read the items each time: a converter (__index__) may change the list.
        for (size_t i = 0; obj_get_array(iterable, &n, &items) && i < n; i++) {
            append_value(a, items[i]);
        }
        return;
    }
    Value it = obj_getiter(iterable);
    for (Value v; (v = obj_iternext(it)) != VAL_NULL;) {
        append_value(a, v);
    }
}

static Value array_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0 && t == &array_type) {
        vm_raise(&exc_TypeError_type, "array.array() takes no keyword arguments");
    }
    if (nargs == 0) {
        vm_raise(&exc_TypeError_type, "array() takes at least 1 argument (0 given)");
    }
    if (nargs > 2) {
        vm_raise(&exc_TypeError_type, "array() takes at most 2 arguments (%zu given)", nargs);
    }
    StrObj *ts = str_get(args[0]);
    if (ts == NULL || ts->charlen != 1) {
        vm_raise(&exc_TypeError_type, "array() argument 1 must be a unicode character, not %T",
                 args[0]);
    }
    char tc = ts->data[0];
    if (ts->len != 1 || tc == 0 || strchr(TYPECODES, tc) == NULL) {
        vm_raise(&exc_ValueError_type,
                 "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    Value init = nargs > 1 ? obj_native(args[1]) : VAL_NULL;
    ArrayObj *a;
    if (init == VAL_NULL) {
        a = arr_new(tc, 0);
    } else if (val_is_str(init)) {
        if (tc != 'u') {
            vm_raise(&exc_TypeError_type,
                     "cannot use a str to initialize an array with typecode '%c'", tc);
        }
        a = arr_new(tc, 0);
        fromunicode_into(a, init);
    } else if (is_array(init) && ((ArrayObj *)VAL_OBJ(init))->typecode == 'u' && tc != 'u') {
        vm_raise(&exc_TypeError_type,
                 "cannot use a unicode array to initialize an array with typecode '%c'", tc);
    } else if (is_type(init, &bytes_type) || is_type(init, &bytearray_type)) {
        BytesObj *b = bytes_get(init);
        a = arr_new(tc, 0);
        frombytes_into(a, b->data, b->len);
    } else if (is_array(init)) {
        ArrayObj *src = (ArrayObj *)VAL_OBJ(init);
        a = arr_new(tc, src->len);
        for (size_t i = 0; i < src->len; i++) {
            append_value(a, get_item(src, i));
        }
    } else {
        a = arr_new(tc, 0);
        extend_iter(a, init);
    }
    return cont_wrap_native(t, &array_type, OBJ_VAL(a));
}

// --- sequence protocol ---------------------------------------------------------------------

static Value arr_slice(ArrayObj *a, Value slice) {
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, a->len, &start, &stop, &step);
    ArrayObj *r = arr_new(a->typecode, n);
    size_t isz = a->itemsize;
    if (step == 1) {
        if (n > 0) {
            memcpy(r->data, a->data + (size_t)start * isz, n * isz);
        }
    } else {
        for (size_t k = 0; k < n; k++) {
            memcpy(r->data + k * isz, a->data + (size_t)(start + (intptr_t)k * step) * isz, isz);
        }
    }
    r->len = n;
    return OBJ_VAL(r);
}

static void arr_del_slice(ArrayObj *a, Value slice) {
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, a->len, &start, &stop, &step);
    if (n == 0) {
        return;
    }
    if (step == 1) {
        arr_splice(a, (size_t)start, (size_t)start + n, NULL, 0);
        return;
    }
    if (step < 0) {
        // The same items, walked upwards.
        start += (intptr_t)(n - 1) * step;
        step = -step;
    }
    size_t isz = a->itemsize, w = (size_t)start, k = 0;
    for (size_t r = (size_t)start; r < a->len; r++) {
        if (k < n && r == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        memmove(a->data + w * isz, a->data + r * isz, isz);
        w++;
    }
    a->len = w;
}

static void arr_set_slice(ArrayObj *a, Value slice, Value value) {
    value = obj_native(value);
    if (!is_array(value)) {
        vm_raise(&exc_TypeError_type, "can only assign array (not \"%T\") to array slice", value);
    }
    ArrayObj *src = (ArrayObj *)VAL_OBJ(value);
    if (src->typecode != a->typecode) {
        vm_raise(&exc_TypeError_type, "bad argument type for built-in operation");
    }
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, a->len, &start, &stop, &step);
    if (step == 1) {
        arr_splice(a, (size_t)start, (size_t)start + n, src->data, src->len);
        return;
    }
    if (src->len != n) {
        vm_raise(&exc_ValueError_type,
                 "attempt to assign array of size %zu to extended slice of size %zu", src->len, n);
    }
    size_t isz = a->itemsize;
    const uint8_t *s = src->data;
    if (src == a && n > 0) {
        uint8_t *copy = gc_alloc(n * isz, true);
        memcpy(copy, s, n * isz);
        s = copy;
    }
    for (size_t k = 0; k < n; k++) {
        memcpy(a->data + (size_t)(start + (intptr_t)k * step) * isz, s + k * isz, isz);
    }
}

static Value array_subscr(Value self, Value index, Value value) {
    ArrayObj *a = arr_self(self, "__getitem__");
    bool is_slice = is_type(index, &slice_type);
    if (value == VAL_NULL) {
        if (is_slice) {
            return arr_slice(a, index);
        }
        return get_item(a, item_index(a, index, "array index out of range"));
    }
    if (value == VAL_DELETE) {
        if (is_slice) {
            arr_del_slice(a, index);
        } else {
            size_t i = item_index(a, index, "array assignment index out of range");
            arr_splice(a, i, i + 1, NULL, 0);
        }
        return VAL_NONE;
    }
    if (is_slice) {
        arr_set_slice(a, index, value);
    } else {
        size_t i = item_index(a, index, "array assignment index out of range");
        put_item(a, a->data + i * a->itemsize, value);
    }
    return VAL_NONE;
}

static Value array_unary_op(int op, Value v) {
    ArrayObj *a = arr_self(v, "__len__");
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)a->len);
    }
    if (op == UNOP_BOOL) {
        return val_bool(a->len != 0);
    }
    return VAL_NULL;
}

static Value array_contains(Value self, Value item) {
    ArrayObj *a = arr_self(self, "__contains__");
    for (size_t i = 0; i < a->len; i++) {
        if (obj_eq(get_item(a, i), item)) {
            return VAL_TRUE;
        }
    }
    return VAL_FALSE;
}

// Repeat count of `a * n`; false if n is not an integer.
static bool repeat_count(Value n, intptr_t *out) {
    if (val_is_small_int(n)) {
        *out = val_small_int(n);
        return true;
    }
    if (!val_is_int(n) && type_lookup(type_of(n), NAME(__index__)) == VAL_NULL) {
        return false;
    }
    int64_t x;
    if (!int_to_i64(int_index_value(n), &x) || x > INTPTR_MAX || x < INTPTR_MIN) {
        vm_raise(&exc_OverflowError_type, "cannot fit '%T' into an index-sized integer", n);
    }
    *out = (intptr_t)x;
    return true;
}

static void repeat_into(ArrayObj *r, const ArrayObj *a, intptr_t count) {
    size_t n = a->len, isz = a->itemsize;
    if (count <= 0 || n == 0) {
        r->len = 0;
        return;
    }
    if ((size_t)count > SIZE_MAX / 2 / isz / n) {
        vm_raise_memory_error();
    }
    uint8_t *copy = gc_alloc(n * isz, true);
    memcpy(copy, a->data, n * isz);
    arr_reserve(r, n * (size_t)count);
    for (intptr_t k = 0; k < count; k++) {
        memcpy(r->data + (size_t)k * n * isz, copy, n * isz);
    }
    r->len = n * (size_t)count;
}

static Value array_binary_op(int op, Value a, Value b) {
    bool inplace = (op & BINOP_INPLACE) != 0;
    op &= ~BINOP_INPLACE;
    Value x = obj_native(a), y = obj_native(b);
    bool left = is_array(x);
    if (op == BINOP_ADD) {
        if (!left) {
            return VAL_NULL;
        }
        ArrayObj *l = (ArrayObj *)VAL_OBJ(x);
        if (!is_array(y)) {
            if (cont_defer_to(b, NAME(__radd__))) {
                return VAL_NULL;
            }
            if (inplace) {
                vm_raise(&exc_TypeError_type, "can only extend array with array (not \"%T\")", b);
            }
            vm_raise(&exc_TypeError_type, "can only append array (not \"%T\") to array", b);
        }
        ArrayObj *rr = (ArrayObj *)VAL_OBJ(y);
        if (rr->typecode != l->typecode) {
            if (inplace) {
                vm_raise(&exc_TypeError_type, "can only extend with array of same kind");
            }
            vm_raise(&exc_TypeError_type, "bad argument type for built-in operation");
        }
        if (inplace) {
            arr_splice(l, l->len, l->len, rr->data, rr->len);
            return a;
        }
        ArrayObj *r = arr_new(l->typecode, l->len + rr->len);
        arr_splice(r, 0, 0, l->data, l->len);
        arr_splice(r, r->len, r->len, rr->data, rr->len);
        return OBJ_VAL(r);
    }
    if (op == BINOP_MUL) {
        Value seq = left ? x : y, n = left ? b : a;
        if (left && cont_defer_to(n, NAME(__rmul__))) {
            return VAL_NULL;
        }
        intptr_t count;
        if (!repeat_count(n, &count)) {
            if (!left) {
                return VAL_NULL;
            }
            vm_raise(&exc_TypeError_type, "can't multiply sequence by non-int of type '%T'", n);
        }
        ArrayObj *s = (ArrayObj *)VAL_OBJ(seq);
        if (inplace && left) {
            repeat_into(s, s, count);
            return a;
        }
        ArrayObj *r = arr_new(s->typecode, 0);
        repeat_into(r, s, count);
        return OBJ_VAL(r);
    }
    return VAL_NULL;
}

// CPython's array_richcompare: the first differing items decide, else the
// lengths.
static Value array_compare(int op, Value av, Value bv) {
    av = obj_native(av);
    bv = obj_native(bv);
    if (!is_array(av) || !is_array(bv)) {
        return VAL_NOTIMPL;
    }
    ArrayObj *a = (ArrayObj *)VAL_OBJ(av), *b = (ArrayObj *)VAL_OBJ(bv);
    if (a->len != b->len && (op == CMP_EQ || op == CMP_NE)) {
        return val_bool(op == CMP_NE);
    }
    size_t n = a->len < b->len ? a->len : b->len;
    for (size_t i = 0; i < n; i++) {
        Value x = get_item(a, i), y = get_item(b, i);
        if (!obj_eq(x, y)) {
            if (op == CMP_EQ) {
                return VAL_FALSE;
            }
            if (op == CMP_NE) {
                return VAL_TRUE;
            }
            return obj_compare(op, x, y);
        }
    }
    size_t la = a->len, lb = b->len;
    bool r;
    switch (op) {
        case CMP_LT: r = la < lb; break;
        case CMP_LE: r = la <= lb; break;
        case CMP_EQ: r = la == lb; break;
        case CMP_NE: r = la != lb; break;
        case CMP_GT: r = la > lb; break;
        default: r = la >= lb; break;
    }
    return val_bool(r);
}

static Value array_hash(Value self) {
    vm_raise(&exc_TypeError_type, "unhashable type: '%T'", self);
}

static Value array_repr_body(Value self) {
    ArrayObj *a = (ArrayObj *)VAL_OBJ(obj_native(self));
    const Type *t = type_of(self);
    Vstr v;
    vstr_init(&v, 32);
    if (type_is_heap(t)) {
        vstr_add_value_str(&v, t->name);
    } else {
        vstr_add_cstr(&v, "array");
    }
    vstr_printf(&v, "('%c'", a->typecode);
    if (a->len > 0) {
        vstr_add_cstr(&v, ", ");
        if (a->typecode == 'u') {
            Vstr s;
            vstr_init(&s, a->len);
            for (size_t i = 0; i < a->len; i++) {
                vstr_add_value_str(&s, get_item(a, i));
            }
            vstr_add_value_str(&v, str_repr_str(vstr_to_str(&s)));
        } else {
            vstr_add_byte(&v, '[');
            for (size_t i = 0; i < a->len; i++) {
                if (i > 0) {
                    vstr_add_cstr(&v, ", ");
                }
                vstr_add_value_str(&v, obj_repr(get_item(a, i)));
            }
            vstr_add_byte(&v, ']');
        }
    }
    vstr_add_byte(&v, ')');
    return vstr_to_str(&v);
}

static Value array_repr(Value self) { return repr_guarded(self, array_repr_body, "..."); }

static Value array_getattr(Value self, Value name) {
    Value n = obj_native(self);
    if (!is_array(n)) {
        return VAL_NULL;
    }
    ArrayObj *a = (ArrayObj *)VAL_OBJ(n);
    if (name == NAME(typecode)) {
        return str_from_char((uint32_t)(unsigned char)a->typecode);
    }
    if (name == NAME(itemsize)) {
        return val_from_small_int(a->itemsize);
    }
    return VAL_NULL;
}

bool array_get_buffer(Value v, const uint8_t **data, size_t *len) {
    if (!val_is_obj(v)) {
        return false;
    }
    Value n = obj_native(v);
    if (!is_array(n)) {
        return false;
    }
    ArrayObj *a = (ArrayObj *)VAL_OBJ(n);
    *data = a->data != NULL ? a->data : (const uint8_t *)"";
    *len = a->len * a->itemsize;
    return true;
}

// --- iteration --------------------------------------------------------------------------

static Value array_getiter(Value self) {
    ArrayObj *a = arr_self(self, "__iter__");
    ArrayIterObj *it = (ArrayIterObj *)gc_alloc_obj(sizeof(ArrayIterObj), &array_iterator_type);
    it->array = OBJ_VAL(a);
    it->pos = 0;
    return OBJ_VAL(it);
}

static Value array_iter_next(Value self) {
    ArrayIterObj *it = (ArrayIterObj *)VAL_OBJ(self);
    if (it->array == VAL_NULL) {
        return VAL_NULL;
    }
    ArrayObj *a = (ArrayObj *)VAL_OBJ(it->array);
    if (it->pos >= a->len) {
        it->array = VAL_NULL;
        return VAL_NULL;
    }
    return get_item(a, it->pos++);
}

static const AttrEntry array_iter_attrs[] = {
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

const Type array_iterator_type = {
    .base = {&type_type},
    .name = NAME(tp_arrayiterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = array_iter_next,
    .attrs = array_iter_attrs,
    .nattrs = sizeof(array_iter_attrs) / sizeof(array_iter_attrs[0]),
};

// --- methods ------------------------------------------------------------------------------

#define CHECK(qual, mn, mx) modargs_check("array." qual, nargs - 1, (mn), (mx))

static Value m_append(size_t nargs, const Value *args) {
    CHECK("append", 1, 1);
    append_value(arr_self(args[0], "append"), args[1]);
    return VAL_NONE;
}

static Value m_buffer_info(size_t nargs, const Value *args) {
    CHECK("buffer_info", 0, 0);
    ArrayObj *a = arr_self(args[0], "buffer_info");
    Value items[2] = {int_from_u64((uintptr_t)a->data), int_from_u64(a->len)};
    return tuple_new(2, items);
}

static Value m_byteswap(size_t nargs, const Value *args) {
    CHECK("byteswap", 0, 0);
    ArrayObj *a = arr_self(args[0], "byteswap");
    size_t isz = a->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->data + i * isz;
        for (size_t j = 0; j < isz / 2; j++) {
            uint8_t t = p[j];
            p[j] = p[isz - 1 - j];
            p[isz - 1 - j] = t;
        }
    }
    return VAL_NONE;
}

static Value m_count(size_t nargs, const Value *args) {
    CHECK("count", 1, 1);
    ArrayObj *a = arr_self(args[0], "count");
    intptr_t c = 0;
    for (size_t i = 0; i < a->len; i++) {
        if (obj_eq(get_item(a, i), args[1])) {
            c++;
        }
    }
    return val_from_small_int(c);
}

static Value m_extend(size_t nargs, const Value *args) {
    modargs_check_positional("extend", nargs - 1, 1);
    ArrayObj *a = arr_self(args[0], "extend");
    Value src = obj_native(args[1]);
    if (is_array(src)) {
        ArrayObj *s = (ArrayObj *)VAL_OBJ(src);
        if (s->typecode != a->typecode) {
            vm_raise(&exc_TypeError_type, "can only extend with array of same kind");
        }
        arr_splice(a, a->len, a->len, s->data, s->len);
    } else {
        extend_iter(a, args[1]);
    }
    return VAL_NONE;
}

static Value m_frombytes(size_t nargs, const Value *args) {
    CHECK("frombytes", 1, 1);
    ArrayObj *a = arr_self(args[0], "frombytes");
    const uint8_t *d;
    size_t n;
    if (val_is_str(args[1]) || !obj_get_buffer(args[1], &d, &n)) {
        vm_raise(&exc_TypeError_type, "a bytes-like object is required, not '%T'", args[1]);
    }
    Value src = obj_native(args[1]);
    if (is_array(src) && ((ArrayObj *)VAL_OBJ(src))->itemsize != 1) {
        // CPython takes only buffers of single bytes here.
        vm_raise(&exc_TypeError_type, "a bytes-like object is required");
    }
    frombytes_into(a, d, n);
    return VAL_NONE;
}

static Value m_fromfile(size_t nargs, const Value *args) {
    modargs_check_positional("fromfile", nargs - 1, 2);
    ArrayObj *a = arr_self(args[0], "fromfile");
    intptr_t n = ssize_arg(args[2]);
    if (n < 0) {
        vm_raise(&exc_ValueError_type, "negative count");
    }
    if ((size_t)n > SIZE_MAX / 2 / a->itemsize) {
        vm_raise_memory_error();
    }
    size_t nbytes = (size_t)n * a->itemsize;
    Value b = obj_call_method1(args[1], NAME(read), int_from_u64(nbytes));
    if (!is_type(b, &bytes_type)) {
        vm_raise(&exc_TypeError_type, "read() didn't return bytes");
    }
    BytesObj *bo = bytes_get(b);
    frombytes_into(a, bo->data, bo->len);
    if (bo->len != nbytes) {
        vm_raise(&exc_EOFError_type, "read() didn't return enough bytes");
    }
    return VAL_NONE;
}

static Value m_fromlist(size_t nargs, const Value *args) {
    CHECK("fromlist", 1, 1);
    ArrayObj *a = arr_self(args[0], "fromlist");
    Value l = obj_native(args[1]);
    if (!is_type(l, &list_type)) {
        vm_raise(&exc_TypeError_type, "arg must be list");
    }
    // All or nothing: convert into a scratch array first.
    ListObj *lo = val_list(l);
    ArrayObj *tmp = arr_new(a->typecode, lo->len);
    for (size_t i = 0; i < lo->len; i++) {
        append_value(tmp, lo->items[i]);
    }
    arr_splice(a, a->len, a->len, tmp->data, tmp->len);
    return VAL_NONE;
}

static Value m_fromunicode(size_t nargs, const Value *args) {
    CHECK("fromunicode", 1, 1);
    ArrayObj *a = arr_self(args[0], "fromunicode");
    if (!val_is_str(obj_native(args[1]))) {
        vm_raise(&exc_TypeError_type, "fromunicode() argument must be str, not %T", args[1]);
    }
    if (a->typecode != 'u') {
        vm_raise(&exc_ValueError_type, "fromunicode() may only be called on unicode type arrays");
    }
    fromunicode_into(a, obj_native(args[1]));
    return VAL_NONE;
}

static Value m_index(size_t nargs, const Value *args) {
    modargs_check("array.index", nargs - 1, 1, 3);
    ArrayObj *a = arr_self(args[0], "index");
    size_t lo, hi;
    cont_index_range(nargs, args, 2, a->len, &lo, &hi);
    for (size_t i = lo; i < hi && i < a->len; i++) {
        if (obj_eq(get_item(a, i), args[1])) {
            return int_from_u64(i);
        }
    }
    vm_raise(&exc_ValueError_type, "array.index(x): x not in array");
}

static Value m_insert(size_t nargs, const Value *args) {
    CHECK("insert", 2, 2);
    ArrayObj *a = arr_self(args[0], "insert");
    intptr_t i = ssize_arg(args[1]);
    Item it;
    put_item(a, (uint8_t *)&it, args[2]);
    intptr_t n = (intptr_t)a->len;
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    arr_splice(a, (size_t)i, (size_t)i, (const uint8_t *)&it, 1);
    return VAL_NONE;
}

static Value m_pop(size_t nargs, const Value *args) {
    CHECK("pop", 0, 1);
    ArrayObj *a = arr_self(args[0], "pop");
    intptr_t i = nargs > 1 ? ssize_arg(args[1]) : -1;
    if (a->len == 0) {
        vm_raise(&exc_IndexError_type, "pop from empty array");
    }
    if (i < 0) {
        i += (intptr_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        vm_raise(&exc_IndexError_type, "pop index out of range");
    }
    Value v = get_item(a, (size_t)i);
    arr_splice(a, (size_t)i, (size_t)i + 1, NULL, 0);
    return v;
}

static Value m_remove(size_t nargs, const Value *args) {
    CHECK("remove", 1, 1);
    ArrayObj *a = arr_self(args[0], "remove");
    for (size_t i = 0; i < a->len; i++) {
        if (obj_eq(get_item(a, i), args[1])) {
            arr_splice(a, i, i + 1, NULL, 0);
            return VAL_NONE;
        }
    }
    vm_raise(&exc_ValueError_type, "array.remove(x): x not in array");
}

static Value m_reverse(size_t nargs, const Value *args) {
    CHECK("reverse", 0, 0);
    ArrayObj *a = arr_self(args[0], "reverse");
    size_t isz = a->itemsize;
    uint8_t tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, a->data + i * isz, isz);
        memcpy(a->data + i * isz, a->data + (j - 1) * isz, isz);
        memcpy(a->data + (j - 1) * isz, tmp, isz);
    }
    return VAL_NONE;
}

static Value m_tobytes(size_t nargs, const Value *args) {
    CHECK("tobytes", 0, 0);
    ArrayObj *a = arr_self(args[0], "tobytes");
    return bytes_new(a->data, a->len * a->itemsize);
}

static Value m_tofile(size_t nargs, const Value *args) {
    modargs_check_positional("tofile", nargs - 1, 1);
    ArrayObj *a = arr_self(args[0], "tofile");
    if (a->len > 0) {
        obj_call_method1(args[1], NAME(write), bytes_new(a->data, a->len * a->itemsize));
    }
    return VAL_NONE;
}

static Value m_tolist(size_t nargs, const Value *args) {
    CHECK("tolist", 0, 0);
    ArrayObj *a = arr_self(args[0], "tolist");
    Value l = list_new(a->len, NULL);
    for (size_t i = 0; i < a->len; i++) {
        val_list(l)->items[i] = get_item(a, i);
    }
    return l;
}

static Value m_tounicode(size_t nargs, const Value *args) {
    CHECK("tounicode", 0, 0);
    ArrayObj *a = arr_self(args[0], "tounicode");
    if (a->typecode != 'u') {
        vm_raise(&exc_ValueError_type, "tounicode() may only be called on unicode type arrays");
    }
    Vstr v;
    vstr_init(&v, a->len + 1);
    for (size_t i = 0; i < a->len; i++) {
        vstr_add_value_str(&v, get_item(a, i));
    }
    return vstr_to_str(&v);
}

static Value m_setitem(size_t nargs, const Value *args) {
    (void)nargs;
    return array_subscr(args[0], args[1], args[2]);
}

static Value m_delitem(size_t nargs, const Value *args) {
    (void)nargs;
    return array_subscr(args[0], args[1], VAL_DELETE);
}

static Value m_copy(size_t nargs, const Value *args) {
    ArrayObj *a = arr_self(args[0], "__copy__");
    (void)nargs;
    ArrayObj *r = arr_new(a->typecode, a->len);
    arr_splice(r, 0, 0, a->data, a->len);
    return OBJ_VAL(r);
}

static BUILTIN_FN(m_append_obj, append, 1, FN_UNLIMITED, m_append);
static BUILTIN_FN(m_buffer_info_obj, buffer_info, 1, FN_UNLIMITED, m_buffer_info);
static BUILTIN_FN(m_byteswap_obj, byteswap, 1, FN_UNLIMITED, m_byteswap);
static BUILTIN_FN(m_count_obj, count, 1, FN_UNLIMITED, m_count);
static BUILTIN_FN(m_extend_obj, extend, 1, FN_UNLIMITED, m_extend);
static BUILTIN_FN(m_frombytes_obj, frombytes, 1, FN_UNLIMITED, m_frombytes);
static BUILTIN_FN(m_fromfile_obj, fromfile, 1, FN_UNLIMITED, m_fromfile);
static BUILTIN_FN(m_fromlist_obj, fromlist, 1, FN_UNLIMITED, m_fromlist);
static BUILTIN_FN(m_fromunicode_obj, fromunicode, 1, FN_UNLIMITED, m_fromunicode);
static BUILTIN_FN(m_index_obj, index, 1, FN_UNLIMITED, m_index);
static BUILTIN_FN(m_insert_obj, insert, 1, FN_UNLIMITED, m_insert);
static BUILTIN_FN(m_pop_obj, pop, 1, FN_UNLIMITED, m_pop);
static BUILTIN_FN(m_remove_obj, remove, 1, FN_UNLIMITED, m_remove);
static BUILTIN_FN(m_reverse_obj, reverse, 1, FN_UNLIMITED, m_reverse);
static BUILTIN_FN(m_tobytes_obj, tobytes, 1, FN_UNLIMITED, m_tobytes);
static BUILTIN_FN(m_tofile_obj, tofile, 1, FN_UNLIMITED, m_tofile);
static BUILTIN_FN(m_tolist_obj, tolist, 1, FN_UNLIMITED, m_tolist);
static BUILTIN_FN(m_tounicode_obj, tounicode, 1, FN_UNLIMITED, m_tounicode);
static BUILTIN_FN(m_setitem_obj, __setitem__, 3, 3, m_setitem);
static BUILTIN_FN(m_delitem_obj, __delitem__, 2, 2, m_delitem);
static BUILTIN_FN(m_copy_obj, __copy__, 1, 1, m_copy);
static BUILTIN_FN(m_deepcopy_obj, __deepcopy__, 2, 2, m_copy);

static const AttrEntry array_attrs[] = {
    {NAME(__copy__), OBJ_VAL(&m_copy_obj)},
    {NAME(__deepcopy__), OBJ_VAL(&m_deepcopy_obj)},
    {NAME(__delitem__), OBJ_VAL(&m_delitem_obj)},
    {NAME(__setitem__), OBJ_VAL(&m_setitem_obj)},
    {NAME(append), OBJ_VAL(&m_append_obj)},
    {NAME(buffer_info), OBJ_VAL(&m_buffer_info_obj)},
    {NAME(byteswap), OBJ_VAL(&m_byteswap_obj)},
    {NAME(count), OBJ_VAL(&m_count_obj)},
    {NAME(extend), OBJ_VAL(&m_extend_obj)},
    {NAME(frombytes), OBJ_VAL(&m_frombytes_obj)},
    {NAME(fromfile), OBJ_VAL(&m_fromfile_obj)},
    {NAME(fromlist), OBJ_VAL(&m_fromlist_obj)},
    {NAME(fromunicode), OBJ_VAL(&m_fromunicode_obj)},
    {NAME(index), OBJ_VAL(&m_index_obj)},
    {NAME(insert), OBJ_VAL(&m_insert_obj)},
    {NAME(pop), OBJ_VAL(&m_pop_obj)},
    {NAME(remove), OBJ_VAL(&m_remove_obj)},
    {NAME(reverse), OBJ_VAL(&m_reverse_obj)},
    {NAME(tobytes), OBJ_VAL(&m_tobytes_obj)},
    {NAME(tofile), OBJ_VAL(&m_tofile_obj)},
    {NAME(tolist), OBJ_VAL(&m_tolist_obj)},
    {NAME(tounicode), OBJ_VAL(&m_tounicode_obj)},
};

const Type array_type = {
    .base = {&type_type},
    .name = NAME(tp_array),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = array_make_new,
    .repr = array_repr,
    .hash = array_hash,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .compare = array_compare,
    .subscr = array_subscr,
    .contains = array_contains,
    .getiter = array_getiter,
    .getattr = array_getattr,
    .attrs = array_attrs,
    .nattrs = sizeof(array_attrs) / sizeof(array_attrs[0]),
};

static const AttrEntry array_globals[] = {
    {NAME(ArrayType), OBJ_VAL(&array_type)},
    {NAME(__name__), NAME(array)},
    {NAME(array), OBJ_VAL(&array_type)},
    {NAME(typecodes), NAME(array_typecodes)},
};

const ModuleDef module_array = {
    .name = NAME(array),
    .globals = array_globals,
    .nglobals = sizeof(array_globals) / sizeof(array_globals[0]),
    .init = NULL,
};
