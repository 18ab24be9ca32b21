// Vstr buffers and vstr_vprintf, the core's only printf (see print.h).
#include "print.h"
#include <string.h>
#include "gc.h"
#include "obj.h"

void vstr_init(Vstr *v, size_t capacity) {
    if (capacity < 16) {
        capacity = 16;
    }
    v->buf = gc_alloc(capacity, true);
    v->len = 0;
    v->alloc = capacity;
}

static void ensure(Vstr *v, size_t extra) {
    if (v->buf == NULL) {
        vstr_init(v, extra + 16);
    }
    if (v->len + extra + 1 > v->alloc) {
        size_t n = v->alloc * 2;
        while (n < v->len + extra + 1) {
            n *= 2;
        }
        v->buf = gc_realloc(v->buf, n);
        v->alloc = n;
    }
}

void vstr_add_byte(Vstr *v, char c) {
    ensure(v, 1);
    v->buf[v->len++] = c;
}

void vstr_add_bytes(Vstr *v, const char *data, size_t len) {
    ensure(v, len);
    memcpy(v->buf + v->len, data, len);
    v->len += len;
}

void vstr_add_cstr(Vstr *v, const char *s) { vstr_add_bytes(v, s, strlen(s)); }

void vstr_add_codepoint(Vstr *v, uint32_t cp) {
    char b[4];
    size_t n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    vstr_add_bytes(v, b, n);
}

void vstr_add_value_str(Vstr *v, Value s) { vstr_add_bytes(v, str_cstr(s), str_len_bytes(s)); }

size_t fmt_uint(char *out, uint64_t u, unsigned base, bool upper) {
    char tmp[66];
    size_t n = 0;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        tmp[n++] = digits[u % base];
        u /= base;
    } while (u != 0);
    for (size_t i = 0; i < n; i++) {
        out[i] = tmp[n - 1 - i];
    }
    return n;
}

size_t fmt_int(char *out, int64_t i) {
    if (i < 0) {
        out[0] = '-';
        return 1 + fmt_uint(out + 1, (uint64_t)0 - (uint64_t)i, 10, false);
    }
    return fmt_uint(out, (uint64_t)i, 10, false);
}

void vstr_vprintf(Vstr *v, const char *fmt, va_list ap) {
    char num[72];
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            vstr_add_byte(v, *p);
            continue;
        }
        p++;
        int longs = 0;
        bool size = false;
        while (*p == 'l') {
            longs++;
            p++;
        }
        if (*p == 'z') {
            size = true;
            p++;
        }
        switch (*p) {
            case 's': {
                const char *s = va_arg(ap, const char *);
                vstr_add_cstr(v, s ? s : "(null)");
                break;
            }
            case 'c':
                vstr_add_byte(v, (char)va_arg(ap, int));
                break;
            case 'd': {
                int64_t i = size ? (int64_t)va_arg(ap, ptrdiff_t)
                                 : longs ? (int64_t)va_arg(ap, long) : (int64_t)va_arg(ap, int);
                vstr_add_bytes(v, num, fmt_int(num, i));
                break;
            }
            case 'u':
            case 'x': {
                uint64_t u = size ? (uint64_t)va_arg(ap, size_t)
                                  : longs ? (uint64_t)va_arg(ap, unsigned long) : (uint64_t)va_arg(ap, unsigned);
                vstr_add_bytes(v, num, fmt_uint(num, u, *p == 'x' ? 16 : 10, false));
                break;
            }
            case 'p': {
                uintptr_t u = (uintptr_t)va_arg(ap, void *);
                vstr_add_cstr(v, "0x");
                vstr_add_bytes(v, num, fmt_uint(num, u, 16, false));
                break;
            }
            case 'S':
                vstr_add_value_str(v, obj_str(va_arg(ap, Value)));
                break;
            case 'R':
                vstr_add_value_str(v, obj_repr(va_arg(ap, Value)));
                break;
            case 'T':
                vstr_add_cstr(v, type_name_cstr(type_of(va_arg(ap, Value))));
                break;
            case '%':
                vstr_add_byte(v, '%');
                break;
            case '\0':
                return;
            default:
                vstr_add_byte(v, '%');
                vstr_add_byte(v, *p);
                break;
        }
    }
}

void vstr_printf(Vstr *v, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vstr_vprintf(v, fmt, ap);
    va_end(ap);
}

const char *vstr_cstr(Vstr *v) {
    ensure(v, 1);
    v->buf[v->len] = '\0';
    return v->buf;
}

Value vstr_to_str(Vstr *v) { return str_new(v->buf ? v->buf : "", v->len); }

Value vstr_to_bytes(Vstr *v) { return bytes_new((const uint8_t *)(v->buf ? v->buf : ""), v->len); }

Value str_printf(const char *fmt, ...) {
    Vstr v;
    vstr_init(&v, 32);
    va_list ap;
    va_start(ap, fmt);
    vstr_vprintf(&v, fmt, ap);
    va_end(ap);
    return vstr_to_str(&v);
}
