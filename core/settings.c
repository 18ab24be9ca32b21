// The settings.toml reader (settings.h). The file is read through hal.h in
// small pieces so a large settings.toml costs no more RAM than its longest
// value; the scanner is a line-at-a-time state machine over those pieces.
#include <string.h>
#include "settings.h"
#include "nlr.h"
#include "obj.h"
#include "print.h"
#include "supervisor.h"
#include "vm_raise.h"
#include "../hal/hal.h"

// A buffered reader over a HAL file handle.
typedef struct {
    int h;
    char buf[128];
    long len, pos;
} Reader;

static int rd_peek(Reader *r) {
    if (r->pos >= r->len) {
        r->len = hal_file_read(r->h, r->buf, sizeof(r->buf));
        r->pos = 0;
        if (r->len <= 0) {
            r->len = 0;
            return -1;
        }
    }
    return (unsigned char)r->buf[r->pos];
}

static int rd_next(Reader *r) {
    int c = rd_peek(r);
    if (c >= 0) {
        r->pos++;
    }
    return c;
}

static void skip_line(Reader *r) {
    int c;
    while ((c = rd_next(r)) >= 0 && c != '\n') {
    }
}

static void skip_blanks(Reader *r) {
    while (rd_peek(r) == ' ' || rd_peek(r) == '\t') {
        rd_next(r);
    }
}

static int hex_digit(int c) {
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

// After the opening quote: the string up to the closing quote, then only
// blanks or a comment may follow on the line.
static SettingsStatus read_quoted(Reader *r, Vstr *v) {
    for (;;) {
        int c = rd_next(r);
        if (c < 0 || c == '\n') {
            return SETTINGS_INVALID;
        }
        if (c == '"') {
            break;
        }
        if (c != '\\') {
            vstr_add_byte(v, (char)c);
            continue;
        }
        c = rd_next(r);
        switch (c) {
            case 'b': vstr_add_byte(v, '\b'); break;
            case 'r': vstr_add_byte(v, '\r'); break;
            case 'n': vstr_add_byte(v, '\n'); break;
            case 't': vstr_add_byte(v, '\t'); break;
            case 'v': vstr_add_byte(v, '\v'); break;
            case 'f': vstr_add_byte(v, '\f'); break;
            case 'u':
            case 'U': {
                int n = c == 'u' ? 4 : 8;
                uint32_t cp = 0;
                for (int i = 0; i < n; i++) {
                    int d = hex_digit(rd_peek(r));
                    if (d < 0) {
                        return SETTINGS_INVALID_UNICODE;
                    }
                    rd_next(r);
                    cp = cp * 16 + (uint32_t)d;
                }
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return SETTINGS_INVALID_UNICODE;
                }
                vstr_add_codepoint(v, cp);
                break;
            }
            case -1:
            case '\n':
                return SETTINGS_INVALID;
            default:
                vstr_add_byte(v, (char)c);   // \" \\ and any other char stand for themselves
                break;
        }
    }
    skip_blanks(r);
    int c = rd_peek(r);
    if (c == '\r') {
        rd_next(r);
        c = rd_peek(r);
    }
    return (c < 0 || c == '\n' || c == '#') ? SETTINGS_OK : SETTINGS_INVALID;
}

// A bare value: up to '#' or the end of the line, trailing blanks trimmed.
static SettingsStatus read_bare(Reader *r, Vstr *v) {
    int c;
    while ((c = rd_peek(r)) >= 0 && c != '\n' && c != '#') {
        vstr_add_byte(v, (char)rd_next(r));
    }
    while (v->len > 0 && (v->buf[v->len - 1] == ' ' || v->buf[v->len - 1] == '\t' || v->buf[v->len - 1] == '\r')) {
        v->len--;
    }
    return v->len == 0 ? SETTINGS_INVALID : SETTINGS_OK;
}

SettingsStatus settings_lookup(const char *path, const char *key, Value *value, bool *quoted) {
    Reader r;
    r.h = hal_file_open(path, HAL_O_READ);
    r.len = r.pos = 0;
    if (r.h < 0) {
        return SETTINGS_MISSING;
    }
    size_t klen = strlen(key);
    SettingsStatus st = SETTINGS_MISSING;
    NlrBuf nb;
    if (nlr_push(&nb) != 0) {
        hal_file_close(r.h);
        vm_raise_obj(nb.exc);
    }
    while (rd_peek(&r) >= 0) {
        skip_blanks(&r);
        int c = rd_peek(&r);
        if (c == '[') {
            break;   // keys inside tables are not CircuitPython's
        }
        // Compare the key in place; any difference skips the line.
        size_t i = 0;
        while (i < klen && rd_peek(&r) == (unsigned char)key[i]) {
            rd_next(&r);
            i++;
        }
        if (i < klen) {
            skip_line(&r);
            continue;
        }
        skip_blanks(&r);
        if (rd_peek(&r) != '=') {
            skip_line(&r);
            continue;
        }
        rd_next(&r);
        skip_blanks(&r);
        Vstr v;
        vstr_init(&v, 32);
        if (rd_peek(&r) == '"') {
            rd_next(&r);
            *quoted = true;
            st = read_quoted(&r, &v);
        } else {
            *quoted = false;
            st = read_bare(&r, &v);
        }
        if (st == SETTINGS_OK) {
            *value = vstr_to_str(&v);
        }
        break;
    }
    nlr_pop();
    hal_file_close(r.h);
    return st;
}

static const char *key_arg(Value key) {
    if (!obj_isinstance(key, &str_type)) {
        vm_raise(&exc_TypeError_type, "can't convert '%T' object to str implicitly", key);
    }
    return str_cstr(obj_native(key));
}

Value settings_getenv(Value key, Value dflt) {
    const char *k = key_arg(key);
    if (!supervisor_active()) {
        return dflt;
    }
    if (!supervisor_settings_available()) {
        vm_raise_noargs(&exc_NotImplementedError_type);
    }
    Value v;
    bool quoted;
    return settings_lookup("/settings.toml", k, &v, &quoted) == SETTINGS_OK ? v : dflt;
}

// C strtol(s, &end, 0) over the whole text: sign, 0x hex, 0 octal, decimal.
static bool parse_c_int(const char *s, size_t len, int64_t *out) {
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    unsigned base = 10;
    if (i + 1 < len && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
        base = 16;
        i += 2;
    } else if (i < len && s[i] == '0') {
        base = 8;
    }
    if (i == len) {
        return false;
    }
    uint64_t n = 0;
    for (; i < len; i++) {
        int d = hex_digit((unsigned char)s[i]);
        if (d < 0 || (unsigned)d >= base) {
            return false;
        }
        n = n * base + (unsigned)d;
        if (n > ((uint64_t)1 << 62)) {
            return false;
        }
    }
    *out = neg ? -(int64_t)n : (int64_t)n;
    return true;
}

Value settings_get_typed(Value key, Value dflt) {
    const char *k = key_arg(key);
    if (!supervisor_active()) {
        return dflt;
    }
    if (!supervisor_settings_available()) {
        vm_raise_noargs(&exc_NotImplementedError_type);
    }
    Value v;
    bool quoted;
    if (settings_lookup("/settings.toml", k, &v, &quoted) != SETTINGS_OK) {
        return dflt;
    }
    if (quoted) {
        return v;
    }
    const char *s = str_cstr(v);
    size_t len = str_len_bytes(v);
    if (strcmp(s, "true") == 0) {
        return VAL_TRUE;
    }
    if (strcmp(s, "false") == 0) {
        return VAL_FALSE;
    }
    int64_t i;
    if (parse_c_int(s, len, &i)) {
        return int_from_i64(i);
    }
    if (memchr(s, '_', len) == NULL) {
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            Value f = obj_call(OBJ_VAL(&float_type), 1, &v, VAL_NULL);
            nlr_pop();
            return f;
        }
    }
    return v;
}
