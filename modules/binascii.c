// The binascii module: hex (hexlify/unhexlify with CPython's separators),
// base64 (b2a_base64, a2b_base64 with strict_mode and CPython's error
// messages) and crc32. binascii.Error (a ValueError) is a class made at
// import, so it prints as "binascii.Error".
#include "obj.h"
#include "mods.h"
#include "obj_int.h"
#include "module_table.h"
#include "print.h"
#include "vm_raise.h"

static const char hex_digits[] = "0123456789abcdef";

// Data of a bytes-like argument (b2a functions).
static void bytes_arg(Value v, const uint8_t **data, size_t *len) {
    if (!obj_get_buffer(v, data, len)) {
        vm_raise(&exc_TypeError_type, "a bytes-like object is required, not '%s'",
                 type_name_cstr(type_of(v)));
    }
}

// Data of a bytes-like or ASCII str argument (a2b functions).
static void ascii_arg(Value v, const uint8_t **data, size_t *len) {
    if (val_is_str(v) || obj_isinstance(v, &str_type)) {
        v = obj_native(v);
        StrObj *s = val_str(v);
        if (s->charlen != s->len) {
            vm_raise(&exc_ValueError_type, "string argument should contain only ASCII characters");
        }
        *data = (const uint8_t *)s->data;
        *len = s->len;
        return;
    }
    if (!obj_get_buffer(v, data, len)) {
        vm_raise(&exc_TypeError_type, "argument should be bytes, buffer or ASCII string, not '%s'",
                 type_name_cstr(type_of(v)));
    }
}

// --- hex --------------------------------------------------------------------------

static Value hexlify_impl(Value data, Value sep, Value bps) {
    const uint8_t *d;
    size_t n;
    bytes_arg(data, &d, &n);
    char sepc = 0;
    intptr_t per = 1;
    if (sep != VAL_NULL && sep != VAL_NONE) {
        // CPython takes a str separator's code point as a byte when it is
        // below 256, and any byte of a bytes separator.
        uint32_t c = 0;
        if (obj_isinstance(sep, &str_type)) {
            Value s = obj_native(sep);
            if (val_str(s)->charlen != 1) {
                vm_raise(&exc_ValueError_type, "sep must be length 1.");
            }
            const uint8_t *p = (const uint8_t *)val_str(s)->data;
            c = p[0] < 0x80 ? p[0] : (p[0] & 0x1F) << 6 | (p[1] & 0x3F);
            if (p[0] >= 0xE0 || c > 255) {
                vm_raise(&exc_ValueError_type, "sep must be ASCII.");
            }
        } else {
            const uint8_t *sd;
            size_t sl;
            if (!obj_get_buffer(sep, &sd, &sl)) {
                vm_raise(&exc_TypeError_type, "object of type '%s' has no len()",
                         type_name_cstr(type_of(sep)));
            }
            if (sl != 1) {
                vm_raise(&exc_ValueError_type, "sep must be length 1.");
            }
            c = sd[0];
        }
        sepc = (char)c;
        if (bps != VAL_NULL) {
            per = int_as_intptr(mods_to_int(bps));
        }
    }
    size_t k = per < 0 ? (size_t)-per : (size_t)per;
    if (k == 0 || k >= n) {
        sepc = 0;
    }
    Vstr v;
    vstr_init(&v, 2 * n + (sepc ? n / k : 0) + 1);
    // Groups are counted from the right for a positive count, from the left
    // for a negative one.
    size_t first = sepc ? (per > 0 ? (n % k == 0 ? k : n % k) : k) : n;
    for (size_t i = 0; i < n; i++) {
        if (sepc && i > 0 && (i == first || (i > first && (i - first) % k == 0))) {
            vstr_add_byte(&v, sepc);
        }
        vstr_add_byte(&v, hex_digits[d[i] >> 4]);
        vstr_add_byte(&v, hex_digits[d[i] & 15]);
    }
    return vstr_to_bytes(&v);
}

static Value ba_hexlify(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(data), true, false, VAL_NULL},
        {NAME(sep), false, false, VAL_NULL},
        {NAME(bytes_per_sep), false, false, VAL_NULL},
    };
    Value v[3];
    args_parse("hexlify", nargs, args, kwnames, 3, spec, v);
    return hexlify_impl(v[0], v[1], v[2]);
}

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static Value ba_unhexlify(size_t nargs, const Value *args) {
    (void)nargs;
    const uint8_t *d;
    size_t n;
    ascii_arg(args[0], &d, &n);
    if (n % 2 != 0) {
        mods_raise(MODS_BINASCII_ERROR, "Odd-length string");
    }
    Vstr v;
    vstr_init(&v, n / 2 + 1);
    for (size_t i = 0; i < n; i += 2) {
        int hi = hex_value(d[i]), lo = hex_value(d[i + 1]);
        if (hi < 0 || lo < 0) {
            mods_raise(MODS_BINASCII_ERROR, "Non-hexadecimal digit found");
        }
        vstr_add_byte(&v, (char)(hi << 4 | lo));
    }
    return vstr_to_bytes(&v);
}

// --- base64 -------------------------------------------------------------------------

static const char b64_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static Value ba_b2a_base64(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(data), true, false, VAL_NULL},
        {NAME(newline), false, true, VAL_TRUE},
    };
    Value a[2];
    args_parse("b2a_base64", nargs, args, kwnames, 2, spec, a);
    const uint8_t *d;
    size_t n;
    bytes_arg(a[0], &d, &n);
    Vstr v;
    vstr_init(&v, (n + 2) / 3 * 4 + 2);
    size_t i = 0;
    for (; i + 2 < n; i += 3) {
        uint32_t w = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 | d[i + 2];
        vstr_add_byte(&v, b64_chars[w >> 18]);
        vstr_add_byte(&v, b64_chars[(w >> 12) & 63]);
        vstr_add_byte(&v, b64_chars[(w >> 6) & 63]);
        vstr_add_byte(&v, b64_chars[w & 63]);
    }
    if (i < n) {
        uint32_t w = (uint32_t)d[i] << 16 | (i + 1 < n ? (uint32_t)d[i + 1] << 8 : 0);
        vstr_add_byte(&v, b64_chars[w >> 18]);
        vstr_add_byte(&v, b64_chars[(w >> 12) & 63]);
        vstr_add_byte(&v, i + 1 < n ? b64_chars[(w >> 6) & 63] : '=');
        vstr_add_byte(&v, '=');
    }
    if (obj_truthy(a[1])) {
        vstr_add_byte(&v, '\n');
    }
    return vstr_to_bytes(&v);
}

static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

// CPython 3.11's decoder, including its non-strict tolerance of junk
// characters and its stop at the first complete padding.
static Value ba_a2b_base64(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(data), true, false, VAL_NULL},
        {NAME(strict_mode), false, true, VAL_FALSE},
    };
    Value a[2];
    args_parse("a2b_base64", nargs, args, kwnames, 2, spec, a);
    const uint8_t *d;
    size_t n;
    ascii_arg(a[0], &d, &n);
    bool strict = obj_truthy(a[1]);
    if (strict && n > 0 && d[0] == '=') {
        mods_raise(MODS_BINASCII_ERROR, "Leading padding not allowed");
    }
    Vstr v;
    vstr_init(&v, n / 4 * 3 + 3);
    int quad_pos = 0, pads = 0;
    bool padding_started = false;
    unsigned leftchar = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        if (c == '=') {
            padding_started = true;
            if (strict && quad_pos == 0) {
                mods_raise(MODS_BINASCII_ERROR, "Excess padding not allowed");
            }
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                if (strict && i + 1 < n) {
                    mods_raise(MODS_BINASCII_ERROR, "Excess data after padding");
                }
                return vstr_to_bytes(&v);
            }
            continue;
        }
        int x = b64_value(c);
        if (x < 0) {
            if (strict) {
                mods_raise(MODS_BINASCII_ERROR, "Only base64 data is allowed");
            }
            continue;
        }
        if (strict && padding_started) {
            mods_raise(MODS_BINASCII_ERROR, "Discontinuous padding not allowed");
        }
        pads = 0;
        switch (quad_pos) {
            case 0:
                quad_pos = 1;
                leftchar = (unsigned)x;
                break;
            case 1:
                quad_pos = 2;
                vstr_add_byte(&v, (char)((leftchar << 2) | ((unsigned)x >> 4)));
                leftchar = (unsigned)x & 0x0f;
                break;
            case 2:
                quad_pos = 3;
                vstr_add_byte(&v, (char)((leftchar << 4) | ((unsigned)x >> 2)));
                leftchar = (unsigned)x & 0x03;
                break;
            default:
                quad_pos = 0;
                vstr_add_byte(&v, (char)((leftchar << 6) | (unsigned)x));
                leftchar = 0;
                break;
        }
    }
    if (quad_pos == 1) {
        mods_raise(MODS_BINASCII_ERROR,
                   "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 "
                   "more than a multiple of 4",
                   v.len / 3 * 4 + 1);
    }
    if (quad_pos != 0) {
        mods_raise(MODS_BINASCII_ERROR, "Incorrect padding");
    }
    return vstr_to_bytes(&v);
}

// --- crc32 --------------------------------------------------------------------------

static uint32_t crc32_update(uint32_t crc, const uint8_t *d, size_t n) {
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= d[i];
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

// The low 32 bits of an int (as C's unsigned conversion).
static uint32_t low32(Value v) {
    v = mods_to_int(v);
    int64_t i;
    if (!int_to_i64(v, &i)) {
        int_to_i64(int_mod(v, int_from_u64(0x100000000ull)), &i);
    }
    return (uint32_t)i;
}

static Value ba_crc32(size_t nargs, const Value *args) {
    const uint8_t *d;
    size_t n;
    bytes_arg(args[0], &d, &n);
    uint32_t crc = nargs > 1 ? low32(args[1]) : 0;
    return int_from_u64(crc32_update(crc, d, n));
}

static BUILTIN_FN_KW(ba_a2b_base64_obj, a2b_base64, 1, 2, ba_a2b_base64);
static BUILTIN_FN(ba_a2b_hex_obj, a2b_hex, 1, 1, ba_unhexlify);
static BUILTIN_FN_KW(ba_b2a_base64_obj, b2a_base64, 1, 2, ba_b2a_base64);
static BUILTIN_FN_KW(ba_b2a_hex_obj, b2a_hex, 1, 3, ba_hexlify);
static BUILTIN_FN(ba_crc32_obj, crc32, 1, 2, ba_crc32);
static BUILTIN_FN_KW(ba_hexlify_obj, hexlify, 1, 3, ba_hexlify);
static BUILTIN_FN(ba_unhexlify_obj, unhexlify, 1, 1, ba_unhexlify);

static void binascii_module_init(Value module) {
    mods_ensure_roots();
    Value cls = mods_new_exc_class("binascii", NAME(Error), &exc_ValueError_type);
    mods_roots[MODS_BINASCII_ERROR] = cls;
    dict_set(mods_globals(module), NAME(Error), cls);
}

static const AttrEntry binascii_globals[] = {
    {NAME(__name__), NAME(binascii)},
    {NAME(a2b_base64), OBJ_VAL(&ba_a2b_base64_obj)},
    {NAME(a2b_hex), OBJ_VAL(&ba_a2b_hex_obj)},
    {NAME(b2a_base64), OBJ_VAL(&ba_b2a_base64_obj)},
    {NAME(b2a_hex), OBJ_VAL(&ba_b2a_hex_obj)},
    {NAME(crc32), OBJ_VAL(&ba_crc32_obj)},
    {NAME(hexlify), OBJ_VAL(&ba_hexlify_obj)},
    {NAME(unhexlify), OBJ_VAL(&ba_unhexlify_obj)},
};

const ModuleDef module_binascii = {
    .name = NAME(binascii),
    .globals = binascii_globals,
    .nglobals = sizeof(binascii_globals) / sizeof(binascii_globals[0]),
    .init = binascii_module_init,
};
