// The io module: in-memory streams io.StringIO and io.BytesIO as CPython
// 3.11 has them (initial value, read/readline/readlines/readinto/write/
// writelines/seek/tell/getvalue/truncate/close, iteration, `with`, the
// newline modes of StringIO, and CPython's errors, down to which "closed
// file" messages end with a period), plus io.open (the builtin open) and
// the file types of core/obj_file.c under their io names.
//
// Both kinds keep their contents in one growable no-scan block. StringIO
// stores UTF-8 and counts positions in code points as CPython does: `pos`
// is a byte offset at a character boundary, or past the end of the buffer,
// where each missing character will be a one-byte NUL when written.
// `ascii` stays true while every byte is ASCII, so that positions convert
// in O(1) in the common case.
#include <string.h>
#include "builtins.h"
#include "gc.h"
#include "modargs.h"
#include "mods.h"
#include "module_table.h"
#include "obj_cont.h"
#include "obj_file.h"
#include "obj_int.h"
#include "obj_str.h"
#include "print.h"
#include "runtime.h"
#include "utf8.h"
#include "vm_raise.h"

// StringIO newline modes (the newline argument).
enum { NL_LF, NL_UNIVERSAL, NL_ANY, NL_CR, NL_CRLF };   // '\n', None, '', '\r', '\r\n'

typedef struct {
    Obj base;           // &stringio_type or &bytesio_type
    uint8_t *buf;       // no-scan block (NULL when empty or closed)
    size_t len, alloc;
    size_t pos;         // byte offset; may be past len (see above)
    bool closed;
    bool binary;
    bool ascii;         // text: no byte >= 0x80 in buf
    uint8_t newline;    // text: NL_*
} MemIO;

extern const Type stringio_type, bytesio_type;

static bool is_memio(Value v) { return is_type(v, &stringio_type) || is_type(v, &bytesio_type); }

static MemIO *memio_self(Value v, const char *method) {
    Value n = obj_native(v);
    if (!is_memio(n)) {
        vm_raise(&exc_TypeError_type, "descriptor '%s' requires a '_io' stream object but received a '%T'",
                 method, v);
    }
    return (MemIO *)VAL_OBJ(n);
}

// StringIO's own checks say "I/O operation on closed file"; the ones it
// inherits from IOBase (and all of BytesIO's) end with a period.
static void check_open(MemIO *m, bool period) {
    if (m->closed) {
        vm_raise(&exc_ValueError_type, "I/O operation on closed file%s", period ? "." : "");
    }
}

#define CHECK(m, name, mn, mx) \
    modargs_check((m)->binary ? "BytesIO." name : "StringIO." name, nargs - 1, (mn), (mx))

// --- the buffer ------------------------------------------------------------------

static void buf_reserve(MemIO *m, size_t n) {
    if (n <= m->alloc) {
        return;
    }
    size_t na = m->alloc + m->alloc / 2 + 16;
    if (na < n) {
        na = n;
    }
    if (na >= SIZE_MAX / 2) {
        vm_raise_memory_error();
    }
    m->buf = m->buf == NULL ? gc_alloc(na, true) : gc_realloc(m->buf, na);
    m->alloc = na;
}

// Replaces bytes [lo, hi) of the buffer by n bytes of data.
static void buf_splice(MemIO *m, size_t lo, size_t hi, const uint8_t *data, size_t n) {
    size_t newlen = m->len - (hi - lo) + n;
    buf_reserve(m, newlen);
    if (m->len > hi) {
        memmove(m->buf + lo + n, m->buf + hi, m->len - hi);
    }
    if (n > 0) {
        memcpy(m->buf + lo, data, n);
    }
    m->len = newlen;
}

static bool has_nonascii(const uint8_t *d, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (d[i] >= 0x80) {
            return true;
        }
    }
    return false;
}

// Byte offset just past `count` code points from byte offset `from`
// (stopping at the end of the buffer); count < 0: the end.
static size_t advance_chars(const MemIO *m, size_t from, intptr_t count) {
    if (from >= m->len || count < 0) {
        return m->len;
    }
    if (m->binary || m->ascii) {
        return (size_t)count >= m->len - from ? m->len : from + (size_t)count;
    }
    size_t p = from;
    while (count-- > 0 && p < m->len) {
        p++;
        while (p < m->len && utf8_is_cont(m->buf[p])) {
            p++;
        }
    }
    return p;
}

static size_t chars_in(const MemIO *m, size_t from, size_t to) {
    if (m->binary || m->ascii) {
        return to - from;
    }
    return utf8_count((const char *)m->buf + from, to - from);
}

// The position in characters (tell()).
static size_t pos_chars(const MemIO *m) {
    if (m->pos <= m->len) {
        return chars_in(m, 0, m->pos);
    }
    return chars_in(m, 0, m->len) + (m->pos - m->len);
}

// The byte offset of character position n.
static size_t byte_of_char(const MemIO *m, size_t n) {
    if (m->binary || m->ascii) {
        return n;
    }
    size_t total = chars_in(m, 0, m->len);
    if (n >= total) {
        return m->len + (n - total);
    }
    return utf8_offset((const char *)m->buf, m->len, n);
}

static Value make_result(const MemIO *m, size_t lo, size_t hi) {
    const uint8_t *d = m->buf != NULL ? m->buf + lo : (const uint8_t *)"";
    if (m->binary) {
        return bytes_new(d, hi - lo);
    }
    return m->ascii ? str_new_len((const char *)d, hi - lo, hi - lo) : str_new((const char *)d, hi - lo);
}

// Writes raw (already translated) bytes at pos, padding with NULs when pos
// is past the end; `nchars` characters of old contents are overwritten.
static void write_at_pos(MemIO *m, const uint8_t *d, size_t n, size_t nchars) {
    if (m->pos > m->len) {
        size_t pad = m->pos - m->len;
        buf_reserve(m, m->pos);
        memset(m->buf + m->len, 0, pad);
        m->len = m->pos;
    }
    if (!m->binary && m->ascii && has_nonascii(d, n)) {
        m->ascii = false;
    }
    size_t end = advance_chars(m, m->pos, (intptr_t)nchars);
    buf_splice(m, m->pos, end, d, n);
    m->pos += n;
}

// --- argument helpers --------------------------------------------------------------

// A size argument: None means -1 (everything).
static intptr_t size_arg(size_t nargs, const Value *args, size_t i) {
    if (nargs <= i || args[i] == VAL_NONE) {
        return -1;
    }
    Value v = args[i];
    if (!val_is_int(v) && type_lookup(type_of(v), NAME(__index__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "argument should be integer or None, not '%T'", v);
    }
    int64_t x;
    if (!int_to_i64(int_index_value(v), &x)) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C ssize_t");
    }
    return (intptr_t)x;
}

static intptr_t int_arg(Value v) {
    int64_t x;
    if (!int_to_i64(mods_to_int(v), &x)) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C ssize_t");
    }
    return (intptr_t)x;
}

// The UTF-8 of a str written to a StringIO, translated for the newline
// mode; *nchars receives its length in characters after translation.
static const uint8_t *text_arg(MemIO *m, Value s, size_t *n, size_t *nchars) {
    StrObj *so = str_get(s);
    if (so == NULL) {
        vm_raise(&exc_TypeError_type, "string argument expected, got '%T'", s);
    }
    const uint8_t *d = (const uint8_t *)so->data;
    size_t len = so->len;
    *nchars = so->charlen;
    if (m->newline == NL_LF || m->newline == NL_ANY || memchr(d, m->newline == NL_UNIVERSAL ? '\r' : '\n', len) == NULL) {
        *n = len;
        return d;
    }
    Vstr v;
    vstr_init(&v, len + 8);
    size_t removed = 0, added = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = d[i];
        if (m->newline == NL_UNIVERSAL) {
            if (c == '\r') {
                vstr_add_byte(&v, '\n');
                if (i + 1 < len && d[i + 1] == '\n') {
                    i++;
                    removed++;
                }
                continue;
            }
        } else if (c == '\n') {
            if (m->newline == NL_CRLF) {
                vstr_add_cstr(&v, "\r\n");
                added++;
            } else {
                vstr_add_byte(&v, '\r');
            }
            continue;
        }
        vstr_add_byte(&v, (char)c);
    }
    *n = v.len;
    *nchars = *nchars - removed + added;
    return (const uint8_t *)v.buf;
}

// --- construction ---------------------------------------------------------------------

static MemIO *memio_alloc(const Type *t, bool binary) {
    MemIO *m = (MemIO *)gc_alloc_obj(sizeof(MemIO), t);
    m->binary = binary;
    m->ascii = true;
    m->newline = NL_LF;
    return m;
}

// Parses StringIO's arguments into m, resetting it: the constructor, and
// __init__ (so that a subclass's super().__init__(value) sets the value).
static void stringio_setup(MemIO *m, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(initial_value), false, false, VAL_NULL},
        {NAME(newline), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("StringIO", nargs, args, kwnames, 2, spec, a);
    uint8_t newline = NL_LF;
    if (a[1] == VAL_NONE) {
        newline = NL_UNIVERSAL;
    } else if (a[1] != VAL_NULL) {
        StrObj *nl = str_get(a[1]);
        if (nl == NULL) {
            vm_raise(&exc_TypeError_type, "newline must be str or None, not %T", a[1]);
        }
        const char *s = nl->data;
        if (nl->len == 0) {
            newline = NL_ANY;
        } else if (nl->len == 1 && s[0] == '\n') {
            newline = NL_LF;
        } else if (nl->len == 1 && s[0] == '\r') {
            newline = NL_CR;
        } else if (nl->len == 2 && s[0] == '\r' && s[1] == '\n') {
            newline = NL_CRLF;
        } else {
            vm_raise(&exc_ValueError_type, "illegal newline value: %R", a[1]);
        }
    }
    if (a[0] != VAL_NULL && a[0] != VAL_NONE && str_get(a[0]) == NULL) {
        vm_raise(&exc_TypeError_type, "initial_value must be str or None, not %T", a[0]);
    }
    m->buf = NULL;
    m->len = m->alloc = m->pos = 0;
    m->closed = false;
    m->ascii = true;
    m->newline = newline;
    if (a[0] != VAL_NULL && a[0] != VAL_NONE) {
        size_t n, nchars;
        const uint8_t *d = text_arg(m, a[0], &n, &nchars);
        write_at_pos(m, d, n, nchars);
        m->pos = 0;
    }
}

static void bytesio_setup(MemIO *m, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {{NAME(initial_bytes), false, false, VAL_NULL}};
    Value init;
    args_parse("BytesIO", nargs, args, kwnames, 1, spec, &init);
    const uint8_t *d = NULL;
    size_t n = 0;
    if (init != VAL_NULL && init != VAL_NONE) {
        if (val_is_str(init) || !obj_get_buffer(init, &d, &n)) {
            vm_raise(&exc_TypeError_type, "a bytes-like object is required, not '%T'", init);
        }
    }
    m->buf = NULL;
    m->len = m->alloc = m->pos = 0;
    m->closed = false;
    buf_splice(m, 0, 0, d, n);
}

static Value stringio_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    MemIO *m = memio_alloc(&stringio_type, false);
    stringio_setup(m, nargs, args, kwnames);
    return OBJ_VAL(m);
}

static Value bytesio_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    MemIO *m = memio_alloc(&bytesio_type, true);
    bytesio_setup(m, nargs, args, kwnames);
    return OBJ_VAL(m);
}

static Value m_init(size_t nargs, const Value *args, Value kwnames) {
    MemIO *m = memio_self(args[0], "__init__");
    if (m->binary) {
        bytesio_setup(m, nargs - 1, args + 1, kwnames);
    } else {
        stringio_setup(m, nargs - 1, args + 1, kwnames);
    }
    return VAL_NONE;
}

// --- reading ----------------------------------------------------------------------------

static Value m_read(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "read");
    CHECK(m, "read", 0, 1);
    check_open(m, m->binary);
    intptr_t n = size_arg(nargs, args, 1);
    size_t start = m->pos < m->len ? m->pos : m->len;
    size_t end = advance_chars(m, start, n);
    if (m->pos < m->len) {
        m->pos = end;
    }
    return make_result(m, start, end);
}

// End (exclusive) of the line starting at byte `from`, reading at most
// `limit` characters (< 0: no limit).
static size_t line_end(const MemIO *m, size_t from, intptr_t limit) {
    size_t stop = advance_chars(m, from, limit);
    const uint8_t *b = m->buf;
    for (size_t i = from; i < stop; i++) {
        uint8_t c = b[i];
        bool lf_mode = m->binary || m->newline == NL_LF || m->newline == NL_UNIVERSAL;
        if (c == '\n' && (lf_mode || m->newline == NL_ANY)) {
            return i + 1;
        }
        if (c == '\r' && !lf_mode) {
            if (m->newline == NL_CR) {
                return i + 1;
            }
            if (i + 1 < stop && b[i + 1] == '\n') {
                return i + 2;
            }
            if (m->newline == NL_ANY) {
                return i + 1;
            }
        }
    }
    return stop;
}

static Value readline_value(MemIO *m, intptr_t limit) {
    if (m->pos >= m->len) {
        return make_result(m, 0, 0);
    }
    size_t start = m->pos;
    m->pos = line_end(m, start, limit);
    return make_result(m, start, m->pos);
}

static Value m_readline(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "readline");
    CHECK(m, "readline", 0, 1);
    check_open(m, m->binary);
    return readline_value(m, size_arg(nargs, args, 1));
}

static Value m_readlines(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "readlines");
    CHECK(m, "readlines", 0, 1);
    check_open(m, true);
    intptr_t hint = size_arg(nargs, args, 1);
    Value list = list_new_empty();
    size_t total = 0;
    while (m->pos < m->len) {
        Value line = readline_value(m, -1);
        list_append(list, line);
        total += obj_len(line);
        // BytesIO stops once the hint is reached, StringIO (IOBase) once passed.
        if (hint > 0 && (m->binary ? total >= (size_t)hint : total > (size_t)hint)) {
            break;
        }
    }
    return list;
}

static Value m_readinto(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "readinto");
    CHECK(m, "readinto", 1, 1);
    check_open(m, true);
    BytesObj *b = bytes_get(obj_native(args[1]));
    const uint8_t *d;
    size_t n;
    if (b != NULL && !bytes_is_bytearray(b)) {
        vm_raise(&exc_TypeError_type, "readinto() argument must be read-write bytes-like object, not %T",
                 args[1]);
    }
    if (!obj_get_buffer(args[1], &d, &n) || val_is_str(args[1])) {
        vm_raise(&exc_TypeError_type, "readinto() argument must be read-write bytes-like object, not %T",
                 args[1]);
    }
    size_t avail = m->pos < m->len ? m->len - m->pos : 0;
    size_t k = n < avail ? n : avail;
    if (k > 0) {
        memcpy((uint8_t *)d, m->buf + m->pos, k);
        m->pos += k;
    }
    return val_from_small_int((intptr_t)k);
}

static Value memio_iternext(Value self) {
    MemIO *m = memio_self(self, "__next__");
    check_open(m, m->binary);
    if (m->pos >= m->len) {
        return VAL_NULL;
    }
    return readline_value(m, -1);
}

static Value memio_getiter(Value self) {
    MemIO *m = memio_self(self, "__iter__");
    if (!m->binary) {
        check_open(m, true);
    }
    return self;
}

// --- writing -----------------------------------------------------------------------------

static size_t write_value(MemIO *m, Value v) {
    if (m->binary) {
        const uint8_t *d;
        size_t n;
        if (val_is_str(v) || !obj_get_buffer(v, &d, &n)) {
            vm_raise(&exc_TypeError_type, "a bytes-like object is required, not '%T'", v);
        }
        if (n > 0) {
            write_at_pos(m, d, n, n);
        }
        return n;
    }
    size_t n, nchars;
    const uint8_t *d = text_arg(m, v, &n, &nchars);
    size_t written = str_get(v)->charlen;
    if (n > 0) {
        write_at_pos(m, d, n, nchars);
    }
    return written;
}

static Value m_write(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "write");
    CHECK(m, "write", 1, 1);
    check_open(m, m->binary);
    return int_from_u64(write_value(m, args[1]));
}

static Value m_writelines(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "writelines");
    CHECK(m, "writelines", 1, 1);
    check_open(m, true);
    Value it = obj_getiter(args[1]);
    for (Value v; (v = obj_iternext(it)) != VAL_NULL;) {
        check_open(m, m->binary);
        write_value(m, v);
    }
    return VAL_NONE;
}

static Value m_truncate(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "truncate");
    CHECK(m, "truncate", 0, 1);
    check_open(m, m->binary);
    intptr_t size = nargs > 1 && args[1] != VAL_NONE ? size_arg(nargs, args, 1) : (intptr_t)pos_chars(m);
    if (size < 0) {
        vm_raise(&exc_ValueError_type, "%s size value %zd", m->binary ? "negative" : "Negative", size);
    }
    size_t b = byte_of_char(m, (size_t)size);
    if (b < m->len) {
        m->len = b;
    }
    return int_from_u64((uint64_t)size);
}

// --- positioning and the rest -----------------------------------------------------------------

static Value m_seek(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "seek");
    CHECK(m, "seek", 1, 2);
    check_open(m, m->binary);
    intptr_t off = int_arg(args[1]);
    intptr_t whence = nargs > 2 ? int_arg(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        vm_raise(&exc_ValueError_type, "%s whence (%zd, should be 0, 1 or 2)",
                 m->binary ? "invalid" : "Invalid", whence);
    }
    if (m->binary) {
        if (whence == 0 && off < 0) {
            vm_raise(&exc_ValueError_type, "negative seek value %zd", off);
        }
        intptr_t base = whence == 0 ? 0 : whence == 1 ? (intptr_t)m->pos : (intptr_t)m->len;
        intptr_t p = base + off;
        m->pos = p < 0 ? 0 : (size_t)p;
        return int_from_u64(m->pos);
    }
    if (whence == 0 && off < 0) {
        vm_raise(&exc_ValueError_type, "Negative seek position %zd", off);
    }
    if (whence != 0 && off != 0) {
        vm_raise(&exc_OSError_type, "Can't do nonzero cur-relative seeks");   // also for whence 2
    }
    if (whence == 2) {
        m->pos = m->len;
    } else if (whence == 0) {
        m->pos = byte_of_char(m, (size_t)off);
    }
    return int_from_u64(pos_chars(m));
}

static Value m_tell(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "tell");
    CHECK(m, "tell", 0, 0);
    check_open(m, m->binary);
    return int_from_u64(pos_chars(m));
}

static Value m_getvalue(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "getvalue");
    CHECK(m, "getvalue", 0, 0);
    check_open(m, m->binary);
    return make_result(m, 0, m->len);
}

static Value m_close(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "close");
    CHECK(m, "close", 0, 0);
    m->closed = true;
    m->buf = NULL;   // the contents are unreachable from now on
    m->len = m->alloc = m->pos = 0;
    return VAL_NONE;
}

static Value m_flush(size_t nargs, const Value *args) {
    MemIO *m = memio_self(args[0], "flush");
    CHECK(m, "flush", 0, 0);
    if (m->binary) {
        check_open(m, true);
    }
    return VAL_NONE;
}

static Value query(size_t nargs, const Value *args, const char *name, bool result) {
    MemIO *m = memio_self(args[0], name);
    if (nargs != 1) {
        modargs_check(str_cstr(str_printf("%s.%s", m->binary ? "BytesIO" : "StringIO", name)),
                      nargs - 1, 0, 0);
    }
    check_open(m, m->binary || strcmp(name, "isatty") == 0);
    return val_bool(result);
}

static Value m_readable(size_t nargs, const Value *args) { return query(nargs, args, "readable", true); }
static Value m_writable(size_t nargs, const Value *args) { return query(nargs, args, "writable", true); }
static Value m_seekable(size_t nargs, const Value *args) { return query(nargs, args, "seekable", true); }
static Value m_isatty(size_t nargs, const Value *args) { return query(nargs, args, "isatty", false); }

static Value m_enter(size_t nargs, const Value *args) {
    (void)nargs;
    MemIO *m = memio_self(args[0], "__enter__");
    check_open(m, true);
    return args[0];
}

static Value m_exit(size_t nargs, const Value *args) {
    (void)nargs;
    MemIO *m = memio_self(args[0], "__exit__");
    m->closed = true;
    m->buf = NULL;
    m->len = m->alloc = m->pos = 0;
    return VAL_NONE;
}

static Value memio_getattr(Value self, Value name) {
    Value n = obj_native(self);
    if (!is_memio(n)) {
        return VAL_NULL;
    }
    MemIO *m = (MemIO *)VAL_OBJ(n);
    if (name == NAME(closed)) {
        return val_bool(m->closed);
    }
    if (!m->binary && name == NAME(line_buffering)) {
        check_open(m, false);
        return VAL_FALSE;
    }
    return VAL_NULL;
}

static BUILTIN_FN(m_read_obj, read, 1, FN_UNLIMITED, m_read);
static BUILTIN_FN(m_read1_obj, read1, 1, FN_UNLIMITED, m_read);
static BUILTIN_FN(m_readline_obj, readline, 1, FN_UNLIMITED, m_readline);
static BUILTIN_FN(m_readlines_obj, readlines, 1, FN_UNLIMITED, m_readlines);
static BUILTIN_FN(m_readinto_obj, readinto, 1, FN_UNLIMITED, m_readinto);
static BUILTIN_FN(m_write_obj, write, 1, FN_UNLIMITED, m_write);
static BUILTIN_FN(m_writelines_obj, writelines, 1, FN_UNLIMITED, m_writelines);
static BUILTIN_FN(m_truncate_obj, truncate, 1, FN_UNLIMITED, m_truncate);
static BUILTIN_FN(m_seek_obj, seek, 1, FN_UNLIMITED, m_seek);
static BUILTIN_FN(m_tell_obj, tell, 1, FN_UNLIMITED, m_tell);
static BUILTIN_FN(m_getvalue_obj, getvalue, 1, FN_UNLIMITED, m_getvalue);
static BUILTIN_FN(m_close_obj, close, 1, FN_UNLIMITED, m_close);
static BUILTIN_FN(m_flush_obj, flush, 1, FN_UNLIMITED, m_flush);
static BUILTIN_FN(m_readable_obj, readable, 1, FN_UNLIMITED, m_readable);
static BUILTIN_FN(m_writable_obj, writable, 1, FN_UNLIMITED, m_writable);
static BUILTIN_FN(m_seekable_obj, seekable, 1, FN_UNLIMITED, m_seekable);
static BUILTIN_FN(m_isatty_obj, isatty, 1, FN_UNLIMITED, m_isatty);
static BUILTIN_FN_KW(m_init_obj, __init__, 1, FN_UNLIMITED, m_init);
static BUILTIN_FN(m_enter_obj, __enter__, 1, 1, m_enter);
static BUILTIN_FN(m_exit_obj, __exit__, 1, FN_UNLIMITED, m_exit);

#define COMMON_ATTRS                                         \
    {NAME(__enter__), OBJ_VAL(&m_enter_obj)},                \
    {NAME(__exit__), OBJ_VAL(&m_exit_obj)},                  \
    {NAME(__init__), OBJ_VAL(&m_init_obj)},                  \
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},               \
    {NAME(close), OBJ_VAL(&m_close_obj)},                    \
    {NAME(flush), OBJ_VAL(&m_flush_obj)},                    \
    {NAME(getvalue), OBJ_VAL(&m_getvalue_obj)},              \
    {NAME(isatty), OBJ_VAL(&m_isatty_obj)},                  \
    {NAME(read), OBJ_VAL(&m_read_obj)},                      \
    {NAME(readable), OBJ_VAL(&m_readable_obj)},              \
    {NAME(readline), OBJ_VAL(&m_readline_obj)},              \
    {NAME(readlines), OBJ_VAL(&m_readlines_obj)},            \
    {NAME(seek), OBJ_VAL(&m_seek_obj)},                      \
    {NAME(seekable), OBJ_VAL(&m_seekable_obj)},              \
    {NAME(tell), OBJ_VAL(&m_tell_obj)},                      \
    {NAME(truncate), OBJ_VAL(&m_truncate_obj)},              \
    {NAME(writable), OBJ_VAL(&m_writable_obj)},              \
    {NAME(write), OBJ_VAL(&m_write_obj)},                    \
    {NAME(writelines), OBJ_VAL(&m_writelines_obj)}

static const AttrEntry stringio_attrs[] = {COMMON_ATTRS};

static const AttrEntry bytesio_attrs[] = {
    COMMON_ATTRS,
    {NAME(read1), OBJ_VAL(&m_read1_obj)},
    {NAME(readinto), OBJ_VAL(&m_readinto_obj)},
};

const Type stringio_type = {
    .base = {&type_type},
    .name = NAME(tp_StringIO),
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .make_new = stringio_make_new,
    .getiter = memio_getiter,
    .iternext = memio_iternext,
    .getattr = memio_getattr,
    .attrs = stringio_attrs,
    .nattrs = sizeof(stringio_attrs) / sizeof(stringio_attrs[0]),
};

const Type bytesio_type = {
    .base = {&type_type},
    .name = NAME(tp_BytesIO),
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .make_new = bytesio_make_new,
    .getiter = memio_getiter,
    .iternext = memio_iternext,
    .getattr = memio_getattr,
    .attrs = bytesio_attrs,
    .nattrs = sizeof(bytesio_attrs) / sizeof(bytesio_attrs[0]),
};

static const AttrEntry io_globals[] = {
    {NAME(BufferedReader), OBJ_VAL(&bufreader_type)},
    {NAME(BufferedWriter), OBJ_VAL(&bufwriter_type)},
    {NAME(BytesIO), OBJ_VAL(&bytesio_type)},
    {NAME(DEFAULT_BUFFER_SIZE), MODS_SMALL_INT(8192)},
    {NAME(SEEK_CUR), MODS_SMALL_INT(1)},
    {NAME(SEEK_END), MODS_SMALL_INT(2)},
    {NAME(SEEK_SET), MODS_SMALL_INT(0)},
    {NAME(StringIO), OBJ_VAL(&stringio_type)},
    {NAME(TextIOWrapper), OBJ_VAL(&textio_type)},
    {NAME(__name__), NAME(io)},
    {NAME(open), OBJ_VAL(&builtin_open_obj)},
};

const ModuleDef module_io = {
    .name = NAME(io),
    .globals = io_globals,
    .nglobals = sizeof(io_globals) / sizeof(io_globals[0]),
    .init = NULL,
};
