// The struct module: pack, unpack, unpack_from, pack_into, iter_unpack and
// calcsize over CPython's format language (byte orders @ = < > !, every
// format character, repeat counts, native sizes and alignment for '@'),
// with CPython 3.11's struct.error messages. struct.error is a class made
// at import (an Exception subclass printed as "struct.error").
#include <math.h>
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "mods.h"
#include "module_table.h"
#include "obj_cont.h"
#include "obj_int.h"
#include "vm_raise.h"

#define SERR(...) mods_raise(MODS_STRUCT_ERROR, __VA_ARGS__)

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define NATIVE_LITTLE false
#else
#define NATIVE_LITTLE true
#endif

// --- format parsing ---------------------------------------------------------------

typedef struct {
    const char *s, *end;
    bool native;        // '@': native sizes and alignment
    bool little;
} Fmt;

typedef struct {
    char c;
    size_t count;
    size_t size;        // bytes of one item
    size_t align;       // 1 unless native
} Code;

static void fmt_init(Fmt *f, Value fmt) {
    const char *s;
    size_t len;
    if (obj_isinstance(fmt, &str_type)) {
        fmt = obj_native(fmt);
        s = str_cstr(fmt);
        len = str_len_bytes(fmt);
    } else if (!obj_get_buffer(fmt, (const uint8_t **)&s, &len) || !obj_isinstance(fmt, &bytes_type)) {
        vm_raise(&exc_TypeError_type, "Struct() argument 1 must be a str or bytes object, not %s",
                 type_name_cstr(type_of(fmt)));
    }
    f->s = s;
    f->end = s + len;
    f->native = true;
    f->little = NATIVE_LITTLE;
    if (len > 0) {
        switch (s[0]) {
            case '@': f->s++; break;
            case '=': f->s++; f->native = false; break;
            case '<': f->s++; f->native = false; f->little = true; break;
            case '>':
            case '!': f->s++; f->native = false; f->little = false; break;
            default: break;
        }
    }
}

// Size of one item of format character c, or 0 if c is not a format.
static size_t code_size(char c, bool native) {
    switch (c) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
        case 'h': case 'H': case 'e': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'q': case 'Q': case 'd': return 8;
        case 'l': case 'L': return native ? sizeof(long) : 4;
        case 'n': case 'N': return native ? sizeof(size_t) : 0;
        case 'P': return native ? sizeof(void *) : 0;
        default: return 0;
    }
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Reads the next code; false at the end of the format.
static bool fmt_next(Fmt *f, Code *out) {
    while (f->s < f->end && is_space(*f->s)) {
        f->s++;
    }
    if (f->s >= f->end) {
        return false;
    }
    size_t num = 1;
    if (*f->s >= '0' && *f->s <= '9') {
        num = 0;
        while (f->s < f->end && *f->s >= '0' && *f->s <= '9') {
            if (num > (SIZE_MAX / 2 - 9) / 10) {
                SERR("total struct size too long");
            }
            num = num * 10 + (size_t)(*f->s++ - '0');
        }
        if (f->s >= f->end) {
            SERR("repeat count given without format specifier");
        }
    }
    char c = *f->s++;
    size_t size = code_size(c, f->native);
    if (size == 0) {
        SERR("bad char in struct format");
    }
    out->c = c;
    out->count = num;
    out->size = size;
    out->align = f->native && c != 's' && c != 'p' && c != 'x' ? size : 1;
    return true;
}

static size_t align_up(size_t off, size_t a) { return a > 1 ? (off + a - 1) / a * a : off; }

// Total size and number of values of a format.
static size_t fmt_calc(Value fmt, size_t *nitems) {
    Fmt f;
    fmt_init(&f, fmt);
    size_t size = 0, n = 0;
    Code c;
    while (fmt_next(&f, &c)) {
        size = align_up(size, c.align);
        if (c.count > (SIZE_MAX / 2 - size) / c.size) {
            SERR("total struct size too long");
        }
        size += c.count * c.size;
        n += c.c == 's' || c.c == 'p' ? 1 : c.c == 'x' ? 0 : c.count;
    }
    if (nitems != NULL) {
        *nitems = n;
    }
    return size;
}

// --- packing --------------------------------------------------------------------------

static void put_uint(uint8_t *p, uint64_t v, size_t size, bool little) {
    for (size_t i = 0; i < size; i++) {
        p[little ? i : size - 1 - i] = (uint8_t)(v >> (8 * i));
    }
}

static uint64_t get_uint(const uint8_t *p, size_t size, bool little) {
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++) {
        v |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    }
    return v;
}

static Value int_arg(Value v) {
    Value i = int_coerce(v);
    if (i != VAL_NULL) {
        return i;
    }
    if (!is_type(v, &float_type)) {
        Value r = obj_call_method_opt(v, NAME(__index__), 0, NULL);
        if (r != VAL_NULL && int_coerce(r) != VAL_NULL) {
            return int_coerce(r);
        }
    }
    SERR("required argument is not an integer");
}

// CPython's integer packers and their messages on a little-endian host:
// native ('@') and little-endian standard formats share the native packers
// (named messages for b B h H), big-endian standard formats use the generic
// ones ("'h' format requires ..."), and unsigned formats other than B/H
// reject negative numbers as "argument out of range".
static void pack_int(char c, size_t size, bool generic, bool little, Value arg, uint8_t *p) {
    Value v = int_arg(arg);
    bool is_unsigned = c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P' ||
                       (c == 'H' && generic);
    if (is_unsigned) {
        uint64_t u;
        if (!int_to_u64(v, &u)) {
            int64_t i;
            if (c == 'P' && int_to_i64(v, &i)) {
                u = (uint64_t)i;   // pointers take negative values as two's complement
            } else if (generic && size == 8) {
                SERR("int too large to convert");   // CPython's bp_ulonglong
            } else {
                SERR("argument out of range");
            }
        }
        if (size < 8 && u > (~0ull >> (64 - 8 * size))) {
            SERR("'%c' format requires 0 <= number <= %lu", c,
                 (unsigned long)(~0ull >> (64 - 8 * size)));
        }
        put_uint(p, u, size, little);
        return;
    }
    int64_t i;
    if (!int_to_i64(v, &i)) {
        SERR(generic && size == 8 ? "int too large to convert" : "argument out of range");
    }
    switch (c) {
        case 'b':
            if (i < -128 || i > 127) {
                SERR("byte format requires -128 <= number <= 127");
            }
            break;
        case 'B':
            if (i < 0 || i > 255) {
                SERR("ubyte format requires 0 <= number <= 255");
            }
            break;
        case 'h':
            if (i < -32768 || i > 32767) {
                if (generic) {
                    SERR("'h' format requires -32768 <= number <= 32767");
                }
                SERR("short format requires -32768 <= number <= 32767");
            }
            break;
        case 'H':
            if (i < 0 || i > 65535) {
                SERR("ushort format requires 0 <= number <= 65535");
            }
            break;
        default:
            if (size == 4 && (i < INT32_MIN || i > INT32_MAX)) {
                SERR("'%c' format requires -2147483648 <= number <= 2147483647", c);
            }
            break;
    }
    put_uint(p, (uint64_t)i, size, little);
}

static double float_arg(Value v) {
    double d;
    if (obj_to_double(v, &d)) {
        return d;
    }
    Value r = obj_call_method_opt(v, NAME(__float__), 0, NULL);
    if (r == VAL_NULL) {
        r = obj_call_method_opt(v, NAME(__index__), 0, NULL);
    }
    if (r == VAL_NULL || !obj_to_double(r, &d)) {
        SERR("required argument is not a float");
    }
    return d;
}

// IEEE half precision with round-half-even (CPython's PyFloat_Pack2).
static uint16_t pack_half(double x) {
    unsigned sign = signbit(x) ? 1 : 0;
    int e;
    unsigned bits;
    if (x == 0.0) {
        return (uint16_t)(sign << 15);
    }
    if (isinf(x)) {
        return (uint16_t)(sign << 15 | 0x7c00);
    }
    if (isnan(x)) {
        return (uint16_t)(sign << 15 | 0x7e00);
    }
    double f = frexp(fabs(x), &e);
    f *= 2.0;
    e--;
    if (e >= 16) {
        goto overflow;
    } else if (e < -25) {
        f = 0.0;
        e = 0;
    } else if (e < -14) {
        f = ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    bits = (unsigned)f;
    if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
        if (++bits == 1024) {
            bits = 0;
            if (++e == 31) {
                goto overflow;
            }
        }
    }
    return (uint16_t)(bits | (unsigned)e << 10 | sign << 15);
overflow:
    vm_raise(&exc_OverflowError_type, "float too large to pack with e format");
}

static double unpack_half(uint16_t h) {
    int sign = h >> 15, e = (h >> 10) & 0x1f;
    unsigned f = h & 0x3ff;
    double x;
    if (e == 0x1f) {
        x = f == 0 ? INFINITY : NAN;
    } else if (e == 0) {
        x = ldexp((double)f, -24);
    } else {
        x = ldexp((double)(f | 0x400), e - 25);
    }
    return sign ? -x : x;
}

// Native 'f' is a plain C conversion (no overflow check), as CPython's.
static void pack_float(char c, bool native, bool little, Value arg, uint8_t *p) {
    double d = float_arg(arg);
    if (c == 'e') {
        put_uint(p, pack_half(d), 2, little);
    } else if (c == 'f') {
        float f = (float)d;
        if (isinf(f) && !isinf(d) && !native) {
            vm_raise(&exc_OverflowError_type, "float too large to pack with f format");
        }
        uint32_t u;
        memcpy(&u, &f, 4);
        put_uint(p, u, 4, little);
    } else {
        uint64_t u;
        memcpy(&u, &d, 8);
        put_uint(p, u, 8, little);
    }
}

static void bytes_item(Value v, char c, const uint8_t **d, size_t *n) {
    Value nv = obj_native(v);
    bool ok = is_type(nv, &bytes_type) || (c != 'c' && is_type(nv, &bytearray_type));
    if (!ok || !obj_get_buffer(nv, d, n)) {
        if (c == 'c') {
            SERR("char format requires a bytes object of length 1");
        }
        SERR("argument for '%c' must be a bytes object", c);
    }
}

// Packs args (exactly the format's values) into buf (zeroed, size bytes).
static void pack_values(Value fmt, const Value *args, uint8_t *buf) {
    Fmt f;
    fmt_init(&f, fmt);
    size_t off = 0, ai = 0;
    Code c;
    while (fmt_next(&f, &c)) {
        off = align_up(off, c.align);
        uint8_t *p = buf + off;
        if (c.c == 'x') {
            off += c.count;
            continue;
        }
        if (c.c == 's' || c.c == 'p') {
            const uint8_t *d;
            size_t n;
            bytes_item(args[ai++], c.c, &d, &n);
            if (c.c == 's') {
                memcpy(p, d, n < c.count ? n : c.count);
            } else if (c.count > 0) {
                if (n > c.count - 1) {
                    n = c.count - 1;
                }
                memcpy(p + 1, d, n);
                p[0] = (uint8_t)(n > 255 ? 255 : n);
            }
            off += c.count;
            continue;
        }
        for (size_t k = 0; k < c.count; k++, p += c.size) {
            Value v = args[ai++];
            switch (c.c) {
                case '?': *p = obj_truthy(v) ? 1 : 0; break;
                case 'c': {
                    const uint8_t *d;
                    size_t n;
                    bytes_item(v, 'c', &d, &n);
                    if (n != 1) {
                        SERR("char format requires a bytes object of length 1");
                    }
                    *p = d[0];
                    break;
                }
                case 'e': case 'f': case 'd': pack_float(c.c, f.native, f.little, v, p); break;
                default: pack_int(c.c, c.size, !f.native && !f.little, f.little, v, p); break;
            }
        }
        off += c.count * c.size;
    }
}

static Value unpack_values(Value fmt, const uint8_t *buf) {
    size_t nitems;
    fmt_calc(fmt, &nitems);
    Value t = tuple_new(nitems, NULL);
    Value *items = val_tuple(t)->items;
    Fmt f;
    fmt_init(&f, fmt);
    size_t off = 0, ai = 0;
    Code c;
    while (fmt_next(&f, &c)) {
        off = align_up(off, c.align);
        const uint8_t *p = buf + off;
        if (c.c == 'x') {
            off += c.count;
            continue;
        }
        if (c.c == 's') {
            items[ai++] = bytes_new(p, c.count);
            off += c.count;
            continue;
        }
        if (c.c == 'p') {
            size_t n = c.count > 0 ? p[0] : 0;
            if (c.count > 0 && n >= c.count) {
                n = c.count - 1;
            }
            items[ai++] = bytes_new(p + 1, n);
            off += c.count;
            continue;
        }
        for (size_t k = 0; k < c.count; k++, p += c.size) {
            Value v;
            uint64_t u = get_uint(p, c.size, f.little);
            switch (c.c) {
                case '?': v = val_bool(*p != 0); break;
                case 'c': v = bytes_new(p, 1); break;
                case 'e': v = float_new(unpack_half((uint16_t)u)); break;
                case 'f': {
                    uint32_t w = (uint32_t)u;
                    float fl;
                    memcpy(&fl, &w, 4);
                    v = float_new(fl);
                    break;
                }
                case 'd': {
                    double d;
                    memcpy(&d, &u, 8);
                    v = float_new(d);
                    break;
                }
                case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
                    if (c.size < 8 && (u >> (8 * c.size - 1)) != 0) {
                        u |= ~0ull << (8 * c.size);   // sign-extend
                    }
                    v = int_from_i64((int64_t)u);
                    break;
                }
                default: v = int_from_u64(u); break;
            }
            items[ai++] = v;
        }
        off += c.count * c.size;
    }
    return t;
}

// --- the functions --------------------------------------------------------------------

static void read_buffer(Value v, const uint8_t **d, size_t *n) {
    if (!obj_get_buffer(v, d, n)) {
        vm_raise(&exc_TypeError_type, "a bytes-like object is required, not '%s'",
                 type_name_cstr(type_of(v)));
    }
}

static Value st_calcsize(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_u64(fmt_calc(args[0], NULL));
}

static Value st_pack(size_t nargs, const Value *args) {
    size_t nitems;
    size_t size = fmt_calc(args[0], &nitems);
    if (nargs - 1 != nitems) {
        SERR("pack expected %zu items for packing (got %zu)", nitems, nargs - 1);
    }
    uint8_t *buf = gc_alloc(size + 1, true);
    pack_values(args[0], args + 1, buf);
    return bytes_new(buf, size);
}

static Value st_pack_into(size_t nargs, const Value *args) {
    if (nargs < 2) {
        SERR("pack_into expected buffer argument");
    }
    if (nargs < 3) {
        SERR("pack_into expected offset argument");
    }
    size_t nitems;
    size_t size = fmt_calc(args[0], &nitems);
    if (nargs - 3 != nitems) {
        SERR("pack_into expected %zu items for packing (got %zu)", nitems, nargs - 3);
    }
    Value b = obj_native(args[1]);
    const uint8_t *d;
    size_t n;
    if (is_type(b, &bytes_type) || !obj_get_buffer(b, &d, &n)) {
        vm_raise(&exc_TypeError_type, "argument must be read-write bytes-like object, not %s",
                 type_name_cstr(type_of(args[1])));
    }
    intptr_t off = int_as_intptr(mods_to_int(args[2]));
    if (off < 0) {
        if (off + (intptr_t)size > 0) {
            SERR("no space to pack %zu bytes at offset %zd", size, off);
        }
        if (off + (intptr_t)n < 0) {
            SERR("offset %zd out of range for %zu-byte buffer", off, n);
        }
        off += (intptr_t)n;
    }
    if ((intptr_t)n - off < (intptr_t)size) {
        SERR("pack_into requires a buffer of at least %zu bytes for packing %zu bytes at offset "
             "%zd (actual buffer size is %zu)",
             size + (size_t)off, size, off, n);
    }
    // Pack into a scratch block first so a failing value leaves the
    // buffer untouched.
    uint8_t *tmp = gc_alloc(size + 1, true);
    pack_values(args[0], args + 3, tmp);
    memcpy((uint8_t *)d + off, tmp, size);
    return VAL_NONE;
}

static Value st_unpack(size_t nargs, const Value *args) {
    (void)nargs;
    size_t size = fmt_calc(args[0], NULL);
    const uint8_t *d;
    size_t n;
    read_buffer(args[1], &d, &n);
    if (n != size) {
        SERR("unpack requires a buffer of %zu bytes", size);
    }
    return unpack_values(args[0], d);
}

static Value st_unpack_from(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(format), true, false, VAL_NULL},
        {NAME(buffer), true, false, VAL_NULL},
        {NAME(offset), false, false, VAL_NULL},
    };
    Value a[3];
    args_parse("unpack_from", nargs, args, kwnames, 3, spec, a);
    size_t size = fmt_calc(a[0], NULL);
    const uint8_t *d;
    size_t n;
    read_buffer(a[1], &d, &n);
    intptr_t off = a[2] == VAL_NULL ? 0 : int_as_intptr(mods_to_int(a[2]));
    if (off < 0) {
        if (off + (intptr_t)n < 0) {
            SERR("offset %zd out of range for %zu-byte buffer", off, n);
        }
        off += (intptr_t)n;
    }
    if ((intptr_t)n - off < (intptr_t)size) {
        SERR("unpack_from requires a buffer of at least %zu bytes for unpacking %zu bytes at "
             "offset %zd (actual buffer size is %zu)",
             size + (size_t)off, size, off, n);
    }
    return unpack_values(a[0], d + off);
}

static Value st_iter_unpack(size_t nargs, const Value *args) {
    (void)nargs;
    size_t size = fmt_calc(args[0], NULL);
    const uint8_t *d;
    size_t n;
    read_buffer(args[1], &d, &n);
    if (size == 0) {
        SERR("cannot iteratively unpack with a struct of length 0");
    }
    if (n % size != 0) {
        SERR("iterative unpacking requires a buffer of a multiple of %zu bytes", size);
    }
    Value list = list_new_empty();
    for (size_t off = 0; off < n; off += size) {
        list_append(list, unpack_values(args[0], d + off));
    }
    return obj_getiter(list);
}

// --- struct.Struct: a compiled format whose methods are the module's
// functions with the format filled in ----------------------------------------

typedef struct {
    Obj base;
    Value format;       // str (bytes formats are decoded, as CPython's .format)
    size_t size;
} StructObj;

extern const Type struct_type;

static Value struct_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {{NAME(format), true, false, VAL_NULL}};
    Value fmt;
    args_parse("Struct", nargs, args, kwnames, 1, spec, &fmt);
    size_t size = fmt_calc(fmt, NULL);
    StructObj *o = (StructObj *)gc_alloc_obj(sizeof(StructObj), &struct_type);
    if (!obj_isinstance(fmt, &str_type)) {
        const uint8_t *d;
        size_t n;
        obj_get_buffer(fmt, &d, &n);
        fmt = str_new((const char *)d, n);
    }
    o->format = obj_native(fmt);
    o->size = size;
    return cont_wrap_native(t, &struct_type, OBJ_VAL(o));
}

static StructObj *struct_self(Value v) { return (StructObj *)VAL_OBJ(obj_native(v)); }

// Calls fn(format, args[1:]) for a Struct method call (args[0] is self).
static Value struct_forward(Value (*fn)(size_t, const Value *), size_t nargs, const Value *args) {
    Value buf[8];
    Value *a = nargs <= 8 ? buf : gc_alloc(nargs * sizeof(Value), false);
    a[0] = struct_self(args[0])->format;
    for (size_t i = 1; i < nargs; i++) {
        a[i] = args[i];
    }
    return fn(nargs, a);
}

static Value struct_pack_m(size_t nargs, const Value *args) { return struct_forward(st_pack, nargs, args); }
static Value struct_pack_into_m(size_t nargs, const Value *args) {
    return struct_forward(st_pack_into, nargs, args);
}
static Value struct_unpack_m(size_t nargs, const Value *args) { return struct_forward(st_unpack, nargs, args); }
static Value struct_iter_unpack_m(size_t nargs, const Value *args) {
    return struct_forward(st_iter_unpack, nargs, args);
}
static Value struct_unpack_from_m(size_t nargs, const Value *args, Value kwnames) {
    size_t total = nargs + (kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0);
    Value *a = gc_alloc((total + 1) * sizeof(Value), false);
    a[0] = struct_self(args[0])->format;
    for (size_t i = 1; i < total; i++) {
        a[i] = args[i];
    }
    return st_unpack_from(nargs, a, kwnames);
}

static Value struct_getattr(Value self, Value name) {
    StructObj *o = struct_self(self);
    if (name == NAME(format)) {
        return o->format;
    }
    if (name == NAME(size)) {
        return int_from_u64(o->size);
    }
    return VAL_NULL;
}

static BUILTIN_FN(struct_iter_unpack_obj, iter_unpack, 2, 2, struct_iter_unpack_m);
static BUILTIN_FN(struct_pack_obj, pack, 1, FN_UNLIMITED, struct_pack_m);
static BUILTIN_FN(struct_pack_into_obj, pack_into, 1, FN_UNLIMITED, struct_pack_into_m);
static BUILTIN_FN(struct_unpack_obj, unpack, 2, 2, struct_unpack_m);
static BUILTIN_FN_KW(struct_unpack_from_obj, unpack_from, 2, 3, struct_unpack_from_m);

static const AttrEntry struct_attrs[] = {
    {NAME(iter_unpack), OBJ_VAL(&struct_iter_unpack_obj)},
    {NAME(pack), OBJ_VAL(&struct_pack_obj)},
    {NAME(pack_into), OBJ_VAL(&struct_pack_into_obj)},
    {NAME(unpack), OBJ_VAL(&struct_unpack_obj)},
    {NAME(unpack_from), OBJ_VAL(&struct_unpack_from_obj)},
};

const Type struct_type = {
    .base = {&type_type},
    .name = NAME(tp_Struct),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = struct_make_new,
    .getattr = struct_getattr,
    .attrs = struct_attrs,
    .nattrs = sizeof(struct_attrs) / sizeof(struct_attrs[0]),
};

static BUILTIN_FN(st_calcsize_obj, calcsize, 1, 1, st_calcsize);
static BUILTIN_FN(st_iter_unpack_obj, iter_unpack, 2, 2, st_iter_unpack);
static BUILTIN_FN(st_pack_obj, pack, 1, FN_UNLIMITED, st_pack);
static BUILTIN_FN(st_pack_into_obj, pack_into, 1, FN_UNLIMITED, st_pack_into);
static BUILTIN_FN(st_unpack_obj, unpack, 2, 2, st_unpack);
static BUILTIN_FN_KW(st_unpack_from_obj, unpack_from, 2, 3, st_unpack_from);

static void struct_module_init(Value module) {
    mods_ensure_roots();
    Value cls = mods_new_exc_class("struct", NAME(error), &exc_Exception_type);
    mods_roots[MODS_STRUCT_ERROR] = cls;
    dict_set(mods_globals(module), NAME(error), cls);
}

static const AttrEntry struct_globals[] = {
    {NAME(Struct), OBJ_VAL(&struct_type)},
    {NAME(__name__), NAME(struct)},
    {NAME(calcsize), OBJ_VAL(&st_calcsize_obj)},
    {NAME(iter_unpack), OBJ_VAL(&st_iter_unpack_obj)},
    {NAME(pack), OBJ_VAL(&st_pack_obj)},
    {NAME(pack_into), OBJ_VAL(&st_pack_into_obj)},
    {NAME(unpack), OBJ_VAL(&st_unpack_obj)},
    {NAME(unpack_from), OBJ_VAL(&st_unpack_from_obj)},
};

const ModuleDef module_struct = {
    .name = NAME(struct),
    .globals = struct_globals,
    .nglobals = sizeof(struct_globals) / sizeof(struct_globals[0]),
    .init = struct_module_init,
};
