// Ints to and from text: int_to_str (repr, hex/oct/bin digits, format),
// the int() literal parser with CPython's rules (whitespace, sign, base 0
// and 2..36, prefixes, single underscores between digits, Unicode
// decimal digits), and CPython 3.11's limit on decimal conversions
// (sys.set_int_max_str_digits; power-of-two bases are not limited).
#include <string.h>
#include "fpconv.h"
#include "gc.h"
#include "int_impl.h"
#include "obj_int.h"
#include "print.h"
#include "vm_raise.h"

#define MAX_STR_DIGITS_DEFAULT 4300
#define MAX_STR_DIGITS_THRESHOLD 640

intptr_t int_max_str_digits = MAX_STR_DIGITS_DEFAULT;

intptr_t int_get_max_str_digits(void) {
    return int_max_str_digits;
}

void int_set_max_str_digits(intptr_t n) {
    if (n != 0 && n < MAX_STR_DIGITS_THRESHOLD) {
        vm_raise(&exc_ValueError_type, "maxdigits must be 0 or larger than %d",
                 MAX_STR_DIGITS_THRESHOLD);
    }
    int_max_str_digits = n;
}

_Noreturn void int_raise_str_limit(void) {
    vm_raise(&exc_ValueError_type,
             "Exceeds the limit (%d digits) for integer string conversion; "
             "use sys.set_int_max_str_digits() to increase the limit",
             (int)int_max_str_digits);
}

static bool pow2_base(int base) {
    return (base & (base - 1)) == 0;
}

// Digits of |v| into a new buffer of *len bytes (no-scan GC block).
static char *abs_digits(Value v, int base, size_t *len) {
    IntView iv;
    int_view(&iv, v);
    if (!pow2_base(base) && int_max_str_digits > 0 && iv.n > 4) {
        // Cheap rejection before any work: at least (bits-1)*log10(2)
        // digits.
        size_t bits = bn_bit_length(iv.d, iv.n);
        if ((double)(bits - 1) * 0.30102999566398 + 1 > (double)int_max_str_digits + 1) {
            int_raise_str_limit();
        }
    }
    char *buf = (char *)gc_alloc(bn_str_size(iv.n ? iv.n : 1, base) + 2, true);
    size_t n = bn_to_str(buf, iv.d, iv.n, base);
    if (!pow2_base(base) && int_max_str_digits > 0 && n > (size_t)int_max_str_digits) {
        int_raise_str_limit();
    }
    *len = n;
    return buf;
}

Value int_abs_to_str(Value v, int base) {
    v = int_coerce(v);
    if (val_is_small_int(v)) {
        intptr_t i = val_small_int(v);
        char tmp[72];
        size_t n = fmt_uint(tmp, i < 0 ? (uint64_t)0 - (uint64_t)(int64_t)i : (uint64_t)i,
                            (unsigned)base, false);
        return str_new(tmp, n);
    }
    size_t n;
    char *buf = abs_digits(v, base, &n);
    Value s = str_new(buf, n);
    gc_free(buf);
    return s;
}

Value int_to_str(Value v, int base) {
    v = int_coerce(v);
    if (val_is_small_int(v)) {
        intptr_t i = val_small_int(v);
        char tmp[72];
        size_t n = 0;
        if (i < 0) {
            tmp[n++] = '-';
        }
        n += fmt_uint(tmp + n, i < 0 ? (uint64_t)0 - (uint64_t)(int64_t)i : (uint64_t)i,
                      (unsigned)base, false);
        return str_new(tmp, n);
    }
    size_t n;
    IntObj *o = val_bigint(v);
    char *buf = abs_digits(v, base, &n);
    Value s;
    if (o->neg) {
        char *b2 = (char *)gc_alloc(n + 1, true);
        b2[0] = '-';
        memcpy(b2 + 1, buf, n);
        s = str_new(b2, n + 1);
        gc_free(b2);
    } else {
        s = str_new(buf, n);
    }
    gc_free(buf);
    return s;
}

// --- parsing ------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

bool int_parse(const char *s, size_t len, int base, Value *out) {
    size_t i = 0;
    while (i < len && is_space(s[i])) {
        i++;
    }
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    bool after_prefix = false;   // an underscore may follow a base prefix
    bool base0_decimal = false;
    if (i + 1 < len && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            after_prefix = true;
        }
    }
    if (base == 0) {
        base = 10;
        base0_decimal = true;
    }
    // Count and check the digits first (they are converted below).
    size_t start = i, ndig = 0;
    bool prev_us = false;
    for (; i < len; i++) {
        char c = s[i];
        if (c == '_') {
            if (prev_us || (ndig == 0 && !after_prefix)) {
                return false;
            }
            prev_us = true;
            continue;
        }
        if (digit_value(c) >= base) {
            break;
        }
        prev_us = false;
        ndig++;
    }
    size_t end = i;
    if (prev_us || ndig == 0) {
        return false;
    }
    if (!pow2_base(base) && ndig > MAX_STR_DIGITS_THRESHOLD && int_max_str_digits > 0 &&
        ndig > (size_t)int_max_str_digits) {
        vm_raise(&exc_ValueError_type,
                 "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 (int)int_max_str_digits, ndig);
    }
    while (i < len && is_space(s[i])) {
        i++;
    }
    if (i != len) {
        return false;
    }
    // Collect digit values.
    uint8_t small[64];
    uint8_t *dig = ndig <= sizeof small ? small : (uint8_t *)gc_alloc(ndig, true);
    size_t k = 0;
    bool nonzero = false;
    for (size_t j = start; j < end; j++) {
        if (s[j] != '_') {
            dig[k] = (uint8_t)digit_value(s[j]);
            nonzero = nonzero || dig[k] != 0;
            k++;
        }
    }
    if (base0_decimal && dig[0] == 0 && nonzero) {
        return false;   // "010" is not a valid base-0 literal
    }
    if (ndig <= 12) {
        int64_t v = 0;
        for (size_t j = 0; j < ndig; j++) {
            v = v * base + dig[j];
        }
        *out = int_from_i64(neg ? -v : v);
        return true;
    }
    IntObj *o = int_alloc(bn_from_digits_size(ndig, base));
    size_t n = bn_from_digits(o->d, dig, ndig, base);
    if (dig != small) {
        gc_free(dig);
    }
    *out = int_finish(o, n, neg && n > 0);
    return true;
}

// The repr of `text` (a str or bytes object) cut to 200 code points, as
// CPython's "%.200R".
static Value repr200(Value text) {
    Value r = obj_repr(text);
    const char *p = str_cstr(r);
    size_t len = str_len_bytes(r), i = 0, chars = 0;
    while (i < len && chars < 200) {
        uint8_t c = (uint8_t)p[i];
        i += c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        chars++;
    }
    return i < len ? str_new(p, i) : r;
}

_Noreturn void int_raise_invalid_literal(Value text, int base) {
    vm_raise(&exc_ValueError_type, "invalid literal for int() with base %d: %S", base,
             repr200(text));
}

// Parses the text of a str (UTF-8): Unicode digits and spaces allowed.
Value int_from_str(const char *s, size_t len, int base) {
    char small[64];
    char *a = len <= sizeof small ? small : (char *)gc_alloc(len, true);
    size_t n = fpconv_ascii_numeric(s, len, a);
    Value r;
    bool ok = int_parse(a, n, base, &r);
    if (a != small) {
        gc_free(a);
    }
    if (!ok) {
        int_raise_invalid_literal(str_new(s, len), base);
    }
    return r;
}
