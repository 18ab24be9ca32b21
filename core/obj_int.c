// The int type: its slots (operators, comparison with ints and floats,
// hash, repr), the int() constructor (numbers, strings and bytes in any
// base, __int__/__index__/__trunc__), the methods (bit_length, to_bytes,
// from_bytes, __round__, __format__, ...) and the number protocol helpers
// other files use (obj_index, int_round). The arithmetic itself is in
// int_arith.c and the text conversions in int_text.c. Values are small
// ints (value.h) or IntObj bignums (bigint.h); bools are accepted wherever
// an int is, as True == 1.
#include <string.h>
#include "format.h"
#include "int_impl.h"
#include "obj_float.h"
#include "obj_int.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

// --- the number protocol -------------------------------------------------

Value int_index_value(Value v) {
    Value i = int_coerce(v);
    if (i != VAL_NULL) {
        return i;
    }
    Value r = call_special_opt(v, NAME(__index__), 0, NULL);
    if (r == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'%s' object cannot be interpreted as an integer",
                 val_type_name(v));
    }
    i = int_coerce(r);
    if (i == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "__index__ returned non-int (type %s)", val_type_name(r));
    }
    return i;
}

intptr_t obj_index(Value v) {
    Value i = int_index_value(v);
    int64_t x;
    if (!int_to_i64(i, &x) || x < INTPTR_MIN || x > INTPTR_MAX) {
        vm_raise(&exc_OverflowError_type, "cannot fit 'int' into an index-sized integer");
    }
    return (intptr_t)x;
}

bool seq_repeat_count(Value n, intptr_t *out) {
    if (val_is_small_int(n)) {
        *out = val_small_int(n);
        return true;
    }
    if (!val_is_int(n) && type_lookup(type_of(n), NAME(__index__)) == VAL_NULL) {
        return false;
    }
    *out = obj_index(n);
    return true;
}

static _Noreturn void raise_bytes_literal(const uint8_t *data, size_t len, int base) {
    Value b = bytes_new(data, len < 200 ? len : 200);
    Value r = obj_repr(b);
    const char *p = str_cstr(r);
    size_t n = str_len_bytes(r);
    vm_raise(&exc_ValueError_type, "invalid literal for int() with base %d: %S", base,
             str_new(p, n < 200 ? n : 200));
}

static Value int_from_text(Value x, int base, bool *ok) {
    *ok = true;
    if (val_is_str(x)) {
        return int_from_str(str_cstr(x), str_len_bytes(x), base);
    }
    const uint8_t *data;
    size_t len;
    if (obj_get_buffer(x, &data, &len)) {
        Value r;
        if (!int_parse((const char *)data, len, base, &r)) {
            raise_bytes_literal(data, len, base);
        }
        return r;
    }
    *ok = false;
    return VAL_NULL;
}

// int(x): CPython's PyNumber_Long.
Value int_from_obj(Value x) {
    Value i = int_coerce(x);
    if (i != VAL_NULL && !type_is_heap(type_of(x))) {
        return i;
    }
    if (val_is_float(x)) {
        return int_from_double(float_value(x));
    }
    if (type_is_heap(type_of(x))) {
        Value r = call_special_opt(x, NAME(__int__), 0, NULL);
        if (r != VAL_NULL) {
            i = int_coerce(r);
            if (i == VAL_NULL) {
                vm_raise(&exc_TypeError_type, "__int__ returned non-int (type %s)",
                         val_type_name(r));
            }
            return i;
        }
        r = call_special_opt(x, NAME(__index__), 0, NULL);
        if (r != VAL_NULL) {
            i = int_coerce(r);
            if (i == VAL_NULL) {
                vm_raise(&exc_TypeError_type, "__index__ returned non-int (type %s)",
                         val_type_name(r));
            }
            return i;
        }
        r = call_special_opt(x, NAME(__trunc__), 0, NULL);
        if (r != VAL_NULL) {
            i = int_coerce(r);
            if (i != VAL_NULL) {
                return i;
            }
            if (call_special_opt(r, NAME(__index__), 0, NULL) == VAL_NULL) {
                vm_raise(&exc_TypeError_type, "__trunc__ returned non-Integral (type %s)",
                         val_type_name(r));
            }
            return int_index_value(r);
        }
        x = obj_native(x);
        if (val_is_float(x)) {
            return int_from_double(float_value(x));
        }
    }
    bool ok;
    Value r = int_from_text(x, 10, &ok);
    if (ok) {
        return r;
    }
    vm_raise(&exc_TypeError_type,
             "int() argument must be a string, a bytes-like object or a real number, not '%s'",
             val_type_name(x));
}

static Value int_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    if (nargs + nkw > 2) {
        vm_raise(&exc_TypeError_type, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
    }
    Value x = nargs >= 1 ? args[0] : VAL_NULL;
    Value base = nargs >= 2 ? args[1] : VAL_NULL;
    for (size_t k = 0; k < nkw; k++) {
        Value name = val_tuple(kwnames)->items[k];
        if (!str_equal(name, NAME(base))) {
            vm_raise(&exc_TypeError_type, "'%s' is an invalid keyword argument for int()",
                     str_cstr(name));
        }
        if (base != VAL_NULL) {
            vm_raise(&exc_TypeError_type,
                     "argument for int() given by name ('base') and position (2)");
        }
        base = args[nargs + k];
    }
    if (x == VAL_NULL) {
        if (base != VAL_NULL) {
            vm_raise(&exc_TypeError_type, "int() missing string argument");
        }
        return val_from_small_int(0);
    }
    if (base == VAL_NULL) {
        return int_from_obj(x);
    }
    intptr_t b = obj_index(base);
    if (b != 0 && (b < 2 || b > 36)) {
        vm_raise(&exc_ValueError_type, "int() base must be >= 2 and <= 36, or 0");
    }
    bool ok;
    Value r = int_from_text(obj_native(x), (int)b, &ok);
    if (!ok) {
        vm_raise(&exc_TypeError_type, "int() can't convert non-string with explicit base");
    }
    return r;
}

// --- slots ------------------------------------------------------------------

static Value int_repr(Value self) {
    return int_to_str(self, 10);
}

static Value int_hash_slot(Value self) {
    return val_from_small_int((intptr_t)int_hash(self));
}

static Value int_unary_op(int op, Value a) {
    if (op == UNOP_LEN) {
        return VAL_NULL;
    }
    return int_unary_op_value(op, a);
}

// An int/bool operand as an int value, or VAL_NULL.
static inline Value num_int(Value v) {
    if (val_is_small_int(v) || val_is_bigint(v)) {
        return v;
    }
    if (v == VAL_TRUE) {
        return val_from_small_int(1);
    }
    if (v == VAL_FALSE) {
        return val_from_small_int(0);
    }
    return VAL_NULL;
}

static Value int_binary_op(int op, Value a, Value b) {
    op &= ~BINOP_INPLACE;
    Value x = num_int(a), y = num_int(b);
    if (x == VAL_NULL || y == VAL_NULL) {
        if ((x != VAL_NULL || val_is_float(a)) && (y != VAL_NULL || val_is_float(b))) {
            return float_binary_op(op, a, b);
        }
        return VAL_NULL;
    }
    return int_binary_op_values(op, x, y);
}

static Value int_compare(int op, Value a, Value b) {
    Value x = num_int(a);
    if (x == VAL_NULL) {
        return VAL_NOTIMPL;
    }
    Value y = num_int(b);
    if (y != VAL_NULL) {
        return obj_cmp_result(op, int_cmp(x, y));
    }
    if (val_is_float(b)) {
        double d = float_value(b);
        if (d != d) {
            return val_bool(op == CMP_NE);
        }
        return obj_cmp_result(op, int_cmp_double(x, d));
    }
    return VAL_NOTIMPL;
}

static Value int_getattr(Value self, Value name) {
    if (name == NAME(real) || name == NAME(numerator)) {
        return int_coerce(self);
    }
    if (name == NAME(imag)) {
        return val_from_small_int(0);
    }
    if (name == NAME(denominator)) {
        return val_from_small_int(1);
    }
    return VAL_NULL;
}

// --- methods --------------------------------------------------------------

Value int_round(Value v, Value ndigits) {
    v = int_coerce(v);
    Value nd = int_index_value(ndigits);
    if (int_sign(nd) >= 0) {
        return v;
    }
    int64_t n;
    if (!int_to_i64(nd, &n) || n < -100000000) {
        return val_from_small_int(0);
    }
    Value p = int_pow(val_from_small_int(10), int_from_i64(-n), VAL_NULL);
    Value qr = int_divmod(v, p);
    Value q = val_tuple(qr)->items[0], r = val_tuple(qr)->items[1];
    int c = int_cmp(int_add(r, r), p);
    IntView vq;
    int_view(&vq, q);
    bool odd = vq.n > 0 && (vq.d[0] & 1);
    if (c > 0 || (c == 0 && odd)) {
        q = int_add(q, val_from_small_int(1));
    }
    return int_mul(q, p);
}

static Value self_int(size_t n, const Value *a) {
    (void)n;
    return int_coerce(a[0]);
}

static Value int_round_m(size_t n, const Value *a) {
    if (n == 1) {
        return int_coerce(a[0]);
    }
    return int_round(a[0], a[1]);
}

static Value int_float_m(size_t n, const Value *a) {
    (void)n;
    return float_new(int_to_double(int_coerce(a[0])));
}

static Value int_bit_length_m(size_t n, const Value *a) {
    (void)n;
    return int_from_u64(int_bit_length(int_coerce(a[0])));
}

static Value int_bit_count_m(size_t n, const Value *a) {
    (void)n;
    IntView iv;
    int_view(&iv, int_coerce(a[0]));
    uint64_t c = 0;
    for (size_t i = 0; i < iv.n; i++) {
        c += (uint64_t)__builtin_popcount(iv.d[i]);
    }
    return int_from_u64(c);
}

static Value int_as_integer_ratio_m(size_t n, const Value *a) {
    (void)n;
    Value items[2] = {int_coerce(a[0]), val_from_small_int(1)};
    return tuple_new(2, items);
}

static Value int_getnewargs_m(size_t n, const Value *a) {
    (void)n;
    Value v = int_coerce(a[0]);
    return tuple_new(1, &v);
}

static Value int_sizeof_m(size_t n, const Value *a) {
    (void)n;
    size_t bits = int_bit_length(int_coerce(a[0]));
    return int_from_u64(24 + 4 * ((bits + 29) / 30));
}

static Value int_format_m(size_t n, const Value *a) {
    (void)n;
    if (!val_is_str(a[1])) {
        vm_raise(&exc_TypeError_type, "__format__() argument must be str, not %s",
                 val_type_name(a[1]));
    }
    return format_int_spec(a[0], str_cstr(a[1]), str_len_bytes(a[1]));
}

static Value int_divmod_m(size_t n, const Value *a) {
    (void)n;
    Value x = int_coerce(a[0]), y = num_int(a[1]);
    if (y == VAL_NULL) {
        return VAL_NOTIMPL;
    }
    return int_divmod(x, y);
}

static Value int_rdivmod_m(size_t n, const Value *a) {
    (void)n;
    Value x = int_coerce(a[0]), y = num_int(a[1]);
    if (y == VAL_NULL) {
        return VAL_NOTIMPL;
    }
    return int_divmod(y, x);
}

static bool parse_byteorder(Value bo) {
    if (!val_is_str(bo)) {
        vm_raise(&exc_TypeError_type, "to_bytes() argument 'byteorder' must be str, not %s",
                 val_type_name(bo));
    }
    if (str_equal(bo, NAME(little))) {
        return true;
    }
    if (!str_equal(bo, NAME(big))) {
        vm_raise(&exc_ValueError_type, "byteorder must be either 'little' or 'big'");
    }
    return false;
}

static Value int_to_bytes_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(length), false, false, VAL_NULL},
        {NAME(byteorder), false, false, VAL_NULL},
        {NAME(signed), false, true, VAL_FALSE},
    };
    Value a[3];
    if (nargs > 3) {
        vm_raise(&exc_TypeError_type, "to_bytes() takes at most 2 positional arguments (%zu given)",
                 nargs - 1);
    }
    args_parse("to_bytes", nargs - 1, args + 1, kwnames, 3, spec, a);
    Value v = int_coerce(args[0]);
    intptr_t len = a[0] == VAL_NULL ? 1 : obj_index(a[0]);
    if (len < 0) {
        vm_raise(&exc_ValueError_type, "length argument must be non-negative");
    }
    bool little = a[1] == VAL_NULL ? false : parse_byteorder(a[1]);
    bool is_signed = obj_truthy(a[2]);
    IntView iv;
    int_view(&iv, v);
    if (iv.neg && !is_signed) {
        vm_raise(&exc_OverflowError_type, "can't convert negative int to unsigned");
    }
    // Bits needed: for negatives in two's complement, those of |v| - 1.
    size_t bits = bn_bit_length(iv.d, iv.n);
    if (iv.neg) {
        bits = int_bit_length(int_sub(int_neg(v), val_from_small_int(1)));
    }
    if (bits != 0 && bits + (is_signed ? 1 : 0) > (size_t)len * 8) {
        vm_raise(&exc_OverflowError_type, "int too big to convert");
    }
    uint8_t *buf = (uint8_t *)gc_alloc((size_t)len + 1, true);
    unsigned carry = 1;
    for (size_t i = 0; i < (size_t)len; i++) {
        size_t li = i / 4;
        uint8_t byte = li < iv.n ? (uint8_t)(iv.d[li] >> (8 * (i % 4))) : 0;
        if (iv.neg) {
            unsigned x = (uint8_t)~byte + carry;
            byte = (uint8_t)x;
            carry = x >> 8;
        }
        buf[little ? i : (size_t)len - 1 - i] = byte;
    }
    Value r = bytes_new(buf, (size_t)len);
    gc_free(buf);
    return r;
}

// The bytes of from_bytes' argument: a buffer, or an iterable of ints.
static Value bytes_of(Value x) {
    const uint8_t *data;
    size_t len;
    if (obj_get_buffer(x, &data, &len)) {
        return x;
    }
    const Type *t = type_of(x);
    if (val_is_str(x) || (t->getiter == NULL && type_lookup(t, NAME(__iter__)) == VAL_NULL &&
                          type_lookup(t, NAME(__getitem__)) == VAL_NULL)) {
        vm_raise(&exc_TypeError_type, "cannot convert '%s' object to bytes", val_type_name(x));
    }
    return obj_call1(OBJ_VAL(&bytes_type), x);
}

static Value int_from_bytes_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(bytes), true, false, VAL_NULL},
        {NAME(byteorder), false, false, VAL_NULL},
        {NAME(signed), false, true, VAL_FALSE},
    };
    Value a[3];
    if (nargs > 3) {
        vm_raise(&exc_TypeError_type,
                 "from_bytes() takes at most 2 positional arguments (%zu given)", nargs - 1);
    }
    args_parse("from_bytes", nargs - 1, args + 1, kwnames, 3, spec, a);
    Value cls = args[0];
    bool little = a[1] == VAL_NULL ? false : parse_byteorder(a[1]);
    bool is_signed = obj_truthy(a[2]);
    Value b = bytes_of(a[0]);
    const uint8_t *data;
    size_t len;
    obj_get_buffer(b, &data, &len);
    size_t n = (len + 3) / 4;
    IntObj *o = int_alloc(n + 1);
    for (size_t i = 0; i < len; i++) {
        uint8_t byte = data[little ? i : len - 1 - i];
        o->d[i / 4] |= (Limb)byte << (8 * (i % 4));
    }
    bool neg = is_signed && len > 0 && (data[little ? len - 1 : 0] & 0x80);
    if (neg) {
        // Two's complement: magnitude = 2**(8 len) - value.
        for (size_t i = 0; i < n; i++) {
            o->d[i] = ~o->d[i];
        }
        if (len % 4) {
            o->d[n - 1] &= ((Limb)1 << (8 * (len % 4))) - 1;
        }
        bn_add_1(o->d, o->d, n, 1);
    }
    Value r = int_finish(o, n, neg);
    if (cls != OBJ_VAL(&int_type)) {
        return obj_call1(cls, r);
    }
    return r;
}

static BUILTIN_FN(int_ceil_obj, __ceil__, 1, 1, self_int);
static BUILTIN_FN(int_divmod_obj, __divmod__, 2, 2, int_divmod_m);
static BUILTIN_FN(int_float_obj, __float__, 1, 1, int_float_m);
static BUILTIN_FN(int_floor_obj, __floor__, 1, 1, self_int);
static BUILTIN_FN(int_format_obj, __format__, 2, 2, int_format_m);
static BUILTIN_FN(int_getnewargs_obj, __getnewargs__, 1, 1, int_getnewargs_m);
static BUILTIN_FN(int_index_obj, __index__, 1, 1, self_int);
static BUILTIN_FN(int_int_obj, __int__, 1, 1, self_int);
static BUILTIN_FN(int_rdivmod_obj, __rdivmod__, 2, 2, int_rdivmod_m);
static BUILTIN_FN(int_round_obj, __round__, 1, 2, int_round_m);
static BUILTIN_FN(int_sizeof_obj, __sizeof__, 1, 1, int_sizeof_m);
static BUILTIN_FN(int_trunc_obj, __trunc__, 1, 1, self_int);
static BUILTIN_FN(int_as_integer_ratio_obj, as_integer_ratio, 1, 1, int_as_integer_ratio_m);
static BUILTIN_FN(int_bit_count_obj, bit_count, 1, 1, int_bit_count_m);
static BUILTIN_FN(int_bit_length_obj, bit_length, 1, 1, int_bit_length_m);
static BUILTIN_FN(int_conjugate_obj, conjugate, 1, 1, self_int);
static BUILTIN_FN_KW(int_from_bytes_fn, from_bytes, 1, FN_UNLIMITED, int_from_bytes_m);
static const WrapperObj int_from_bytes_obj = {{&classmethod_type}, OBJ_VAL(&int_from_bytes_fn)};
static BUILTIN_FN_KW(int_to_bytes_obj, to_bytes, 1, FN_UNLIMITED, int_to_bytes_m);

// Sorted by name.
static const AttrEntry int_attrs[] = {
    {NAME(__ceil__), OBJ_VAL(&int_ceil_obj)},
    {NAME(__divmod__), OBJ_VAL(&int_divmod_obj)},
    {NAME(__float__), OBJ_VAL(&int_float_obj)},
    {NAME(__floor__), OBJ_VAL(&int_floor_obj)},
    {NAME(__format__), OBJ_VAL(&int_format_obj)},
    {NAME(__getnewargs__), OBJ_VAL(&int_getnewargs_obj)},
    {NAME(__index__), OBJ_VAL(&int_index_obj)},
    {NAME(__int__), OBJ_VAL(&int_int_obj)},
    {NAME(__rdivmod__), OBJ_VAL(&int_rdivmod_obj)},
    {NAME(__round__), OBJ_VAL(&int_round_obj)},
    {NAME(__sizeof__), OBJ_VAL(&int_sizeof_obj)},
    {NAME(__trunc__), OBJ_VAL(&int_trunc_obj)},
    {NAME(as_integer_ratio), OBJ_VAL(&int_as_integer_ratio_obj)},
    {NAME(bit_count), OBJ_VAL(&int_bit_count_obj)},
    {NAME(bit_length), OBJ_VAL(&int_bit_length_obj)},
    {NAME(conjugate), OBJ_VAL(&int_conjugate_obj)},
    {NAME(from_bytes), OBJ_VAL(&int_from_bytes_obj)},
    {NAME(to_bytes), OBJ_VAL(&int_to_bytes_obj)},
};

const Type int_type = {
    .base = {&type_type},
    .name = NAME(int),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = int_make_new,
    .repr = int_repr,
    .hash = int_hash_slot,
    .unary_op = int_unary_op,
    .binary_op = int_binary_op,
    .compare = int_compare,
    .getattr = int_getattr,
    .attrs = int_attrs,
    .nattrs = sizeof(int_attrs) / sizeof(int_attrs[0]),
};
