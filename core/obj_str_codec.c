// The codecs behind str.encode, bytes.decode and str(b, encoding): UTF-8,
// ASCII and Latin-1, with the error handlers strict, ignore, replace,
// backslashreplace (and xmlcharrefreplace when encoding). Error messages
// and the positions they report are CPython 3.11's; UnicodeDecodeError and
// UnicodeEncodeError carry only the message (not the five-argument form).
#include <string.h>
#include "obj_str.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 } Encoding;
typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHARREF, ERR_UNKNOWN } ErrMode;

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1"};

// Lower-cases and turns '_' and ' ' into '-' (as Python's codec lookup does).
static void normalise(const char *s, size_t len, char *out, size_t cap) {
    size_t i = 0;
    for (; i < len && i + 1 < cap; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c + 32);
        } else if (c == '_' || c == ' ') {
            c = '-';
        }
        out[i] = c;
    }
    out[i] = 0;
}

static Encoding lookup_encoding(Value encoding) {
    if (encoding == VAL_NULL) {
        return ENC_UTF8;
    }
    StrObj *e = str_arg(encoding, "encoding ");
    char n[24];
    normalise(e->data, e->len, n, sizeof(n));
    if (e->len < sizeof(n)) {
        static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001"};
        static const char *const ascii[] = {"ascii", "us-ascii", "646", "us"};
        static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1",
                                             "8859", "cp819", "l1", "latin", "iso-ir-100"};
        for (size_t i = 0; i < sizeof(utf8) / sizeof(utf8[0]); i++) {
            if (strcmp(n, utf8[i]) == 0) {
                return ENC_UTF8;
            }
        }
        for (size_t i = 0; i < sizeof(ascii) / sizeof(ascii[0]); i++) {
            if (strcmp(n, ascii[i]) == 0) {
                return ENC_ASCII;
            }
        }
        for (size_t i = 0; i < sizeof(latin1) / sizeof(latin1[0]); i++) {
            if (strcmp(n, latin1[i]) == 0) {
                return ENC_LATIN1;
            }
        }
    }
    vm_raise(&exc_LookupError_type, "unknown encoding: %s", e->data);
}

static ErrMode lookup_errors(Value errors) {
    if (errors == VAL_NULL) {
        return ERR_STRICT;
    }
    StrObj *e = str_arg(errors, "errors ");
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (strcmp(e->data, names[i]) == 0) {
            return (ErrMode)i;
        }
    }
    return ERR_UNKNOWN;   // only an error once a handler is needed (as CPython)
}

static _Noreturn void unknown_handler(Value errors) {
    vm_raise(&exc_LookupError_type, "unknown error handler name '%s'", str_cstr(errors));
}

// --- decoding -----------------------------------------------------------------

static const char hex_digits[] = "0123456789abcdef";

static void add_byte_escape(Vstr *v, uint8_t b) {
    char e[4] = {'\\', 'x', hex_digits[b >> 4], hex_digits[b & 15]};
    vstr_add_bytes(v, e, 4);
}

// Two lower-case hex digits (messages say "byte 0xe9").
static const char *hex2(uint8_t b, char out[3]) {
    out[0] = hex_digits[b >> 4];
    out[1] = hex_digits[b & 15];
    out[2] = 0;
    return out;
}

_Noreturn void codec_raise_utf8_error(const uint8_t *data, size_t len, size_t start, size_t end,
                                      const char *reason) {
    (void)len;
    char h[3];
    if (end - start == 1) {
        vm_raise(&exc_UnicodeDecodeError_type,
                 "'utf-8' codec can't decode byte 0x%s in position %zu: %s",
                 hex2(data[start], h), start, reason);
    }
    vm_raise(&exc_UnicodeDecodeError_type,
             "'utf-8' codec can't decode bytes in position %zu-%zu: %s", start, end - 1, reason);
}

// Handles one undecodable range [start, end) per the error mode.
static void decode_error(Vstr *v, Encoding enc, ErrMode mode, Value errors, const uint8_t *data,
                         size_t len, size_t start, size_t end, const char *reason) {
    switch (mode) {
        case ERR_IGNORE:
            return;
        case ERR_REPLACE:
            vstr_add_codepoint(v, 0xFFFD);
            return;
        case ERR_BACKSLASH:
            for (size_t i = start; i < end; i++) {
                add_byte_escape(v, data[i]);
            }
            return;
        case ERR_STRICT: {
            if (enc == ENC_UTF8) {
                codec_raise_utf8_error(data, len, start, end, reason);
            }
            char h[3];
            vm_raise(&exc_UnicodeDecodeError_type,
                     "'%s' codec can't decode byte 0x%s in position %zu: %s", enc_names[enc],
                     hex2(data[start], h), start, reason);
        }
        default:
            unknown_handler(errors);
    }
}

Value codec_decode(const uint8_t *data, size_t len, Value encoding, Value errors) {
    if (len == 0) {
        return str_empty();   // CPython does not even look the codec up
    }
    Encoding enc = lookup_encoding(encoding);
    ErrMode mode = lookup_errors(errors);
    Vstr v = {NULL, 0, 0};
    size_t i = 0;
    if (enc == ENC_UTF8) {
        while (i < len) {
            size_t err_end;
            const char *reason;
            size_t ok = i + utf8_valid_prefix(data + i, len - i, &err_end, &reason);
            if (ok == len && i == 0) {
                return str_new((const char *)data, len);
            }
            vstr_add_bytes(&v, (const char *)data + i, ok - i);
            if (ok == len) {
                break;
            }
            err_end += i;
            decode_error(&v, enc, mode, errors, data, len, ok, err_end, reason);
            i = err_end;
        }
        return str_new(v.buf != NULL ? v.buf : "", v.len);
    }
    for (; i < len; i++) {
        uint8_t b = data[i];
        if (b < 0x80) {
            vstr_add_byte(&v, (char)b);
        } else if (enc == ENC_LATIN1) {
            vstr_add_codepoint(&v, b);
        } else {
            decode_error(&v, enc, mode, errors, data, len, i, i + 1, "ordinal not in range(128)");
        }
    }
    return str_new(v.buf != NULL ? v.buf : "", v.len);
}

// --- encoding -----------------------------------------------------------------

static void add_cp_escape(Vstr *v, uint32_t cp) {
    const char *hex = hex_digits;
    int digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
    vstr_add_byte(v, '\\');
    vstr_add_byte(v, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
    for (int k = digits - 1; k >= 0; k--) {
        vstr_add_byte(v, hex[(cp >> (4 * k)) & 0xF]);
    }
}

// The repr CPython puts in encode error messages: '\xe9', '\u20ac', '\U0001f600'.
static void add_quoted_escape(Vstr *v, uint32_t cp) {
    vstr_add_byte(v, '\'');
    add_cp_escape(v, cp);
    vstr_add_byte(v, '\'');
}

static bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// UnicodeEncodeError for `run` unencodable code points from index `pos`
// (the first is cp), worded as CPython's.
static _Noreturn void encode_error(Encoding enc, uint32_t cp, size_t pos, size_t run) {
    Vstr msg;
    vstr_init(&msg, 80);
    const char *why = enc == ENC_UTF8    ? "surrogates not allowed"
                      : enc == ENC_ASCII ? "ordinal not in range(128)"
                                         : "ordinal not in range(256)";
    if (run == 1) {
        vstr_printf(&msg, "'%s' codec can't encode character ", enc_names[enc]);
        add_quoted_escape(&msg, cp);
        vstr_printf(&msg, " in position %zu: %s", pos, why);
    } else {
        vstr_printf(&msg, "'%s' codec can't encode characters in position %zu-%zu: %s",
                    enc_names[enc], pos, pos + run - 1, why);
    }
    vm_raise(&exc_UnicodeEncodeError_type, "%s", vstr_cstr(&msg));
}

Value codec_encode(Value str, Value encoding, Value errors) {
    StrObj *s = str_get(str);
    Encoding enc = lookup_encoding(encoding);
    ErrMode mode = lookup_errors(errors);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    if (str_is_ascii(s)) {
        return bytes_new((const uint8_t *)s->data, s->len);
    }
    Vstr v;
    vstr_init(&v, s->len);
    const uint8_t *p = (const uint8_t *)s->data, *end = p + s->len;
    size_t pos = 0;   // code point index, for messages
    while (p < end) {
        size_t n;
        uint32_t cp = utf8_get(p, &n);
        bool bad = cp >= limit || (enc == ENC_UTF8 && is_surrogate(cp));
        if (!bad) {
            if (enc == ENC_UTF8) {
                vstr_add_bytes(&v, (const char *)p, n);
            } else {
                vstr_add_byte(&v, (char)cp);
            }
            p += n;
            pos++;
            continue;
        }
        // The run of unencodable code points starting here.
        const uint8_t *q = p;
        size_t run = 0;
        while (q < end) {
            size_t m;
            uint32_t c = utf8_get(q, &m);
            if (!(c >= limit || (enc == ENC_UTF8 && is_surrogate(c)))) {
                break;
            }
            if (mode == ERR_REPLACE) {
                vstr_add_byte(&v, '?');
            } else if (mode == ERR_BACKSLASH) {
                add_cp_escape(&v, c);
            } else if (mode == ERR_XMLCHARREF) {
                char num[16];
                vstr_add_cstr(&v, "&#");
                vstr_add_bytes(&v, num, fmt_uint(num, c, 10, false));
                vstr_add_byte(&v, ';');
            }
            q += m;
            run++;
        }
        if (mode == ERR_UNKNOWN) {
            unknown_handler(errors);
        }
        if (mode == ERR_STRICT) {
            encode_error(enc, cp, pos, run);
        }
        p = q;
        pos += run;
    }
    return bytes_new((const uint8_t *)v.buf, v.len);
}
