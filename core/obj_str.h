// The str, bytes and bytearray internals shared by their files
// (obj_str.c, obj_str_methods.c, obj_str_codec.c, str_search.c,
// str_format.c, obj_bytes.c, obj_bytes_methods.c) and what the rest of the
// core may use beyond obj.h: building strs without a second copy, ascii(),
// the allocation-free str iteration the VM may use, the codecs,
// %-formatting and the buffer helpers of bytes/bytearray.
#ifndef COPPER_CORE_OBJ_STR_H
#define COPPER_CORE_OBJ_STR_H

#include "obj.h"
#include "utf8.h"

extern const Type str_iterator_type, bytes_iterator_type, bytearray_iterator_type;

// Registers the str index cache with the GC and resets it. Call after
// gc_init (again after every gc_init).
void str_init(void);

// --- str ------------------------------------------------------------------

// The StrObj behind a str or an instance of a str subclass; NULL otherwise.
StrObj *str_get(Value v);
static inline bool str_is_ascii(const StrObj *s) { return s->len == s->charlen; }
// A heap str with room for `len` bytes (NUL-terminated, contents zero);
// the caller fills str_buf() and sets charlen (str_finish counts it).
// May raise MemoryError.
StrObj *str_alloc(size_t len);
static inline char *str_buf(StrObj *s) { return (char *)(s + 1); }
// Counts the code points of a str built with str_alloc and returns it.
Value str_finish(StrObj *s);
// Like str_new when the number of code points is known.
Value str_new_len(const char *data, size_t len, size_t charlen);
Value str_empty(void);
// repr() of a str (CPython's quoting and escapes).
Value str_repr_str(Value s);
// ascii(v): repr(v) with every non-ASCII code point escaped.
Value str_ascii(Value v);
// Byte offset of code point `idx` (<= charlen) in s; O(1) for ASCII.
size_t str_char_offset(StrObj *s, size_t idx);
// The str iteration the VM can inline: returns the code point starting at
// byte *pos as a str and advances *pos; VAL_NULL at the end.
Value str_iter_next(Value s, size_t *pos);
// "must be str, not int"-style TypeError helper: returns the StrObj or raises
// TypeError "<prefix>must be str, not <type>".
StrObj *str_arg(Value v, const char *prefix);

// The methods (obj_str_methods.c), in name order: obj_str.c builds the
// sorted attribute table from this list. X(name) is a BuiltinFn
// str_<name>_obj, W(name) a static/classmethod WrapperObj str_<name>_obj.
#define STR_METHODS(X, W)                                                                  \
    X(__format__) X(__mod__) X(__rmod__) X(capitalize) X(casefold) X(center) X(count)  \
    X(encode) X(endswith) X(expandtabs) X(find) X(format) X(format_map) X(index)       \
    X(isalnum) X(isalpha) X(isascii) X(isdecimal) X(isdigit) X(isidentifier)           \
    X(islower) X(isnumeric) X(isprintable) X(isspace) X(istitle) X(isupper) X(join)    \
    X(ljust) X(lower) X(lstrip) W(maketrans) X(partition) X(removeprefix)              \
    X(removesuffix) X(replace) X(rfind) X(rindex) X(rjust) X(rpartition) X(rsplit)     \
    X(rstrip) X(split) X(splitlines) X(startswith) X(strip) X(swapcase) X(title)       \
    X(translate) X(upper) X(zfill)
#define STR_DECLARE_FN(n) extern const BuiltinFn str_##n##_obj;
#define STR_DECLARE_WRAPPER(n) extern const WrapperObj str_##n##_obj;
STR_METHODS(STR_DECLARE_FN, STR_DECLARE_WRAPPER)
#undef STR_DECLARE_FN
#undef STR_DECLARE_WRAPPER

// --- codecs (obj_str_codec.c) -------------------------------------------------

// Encoding and error-handler names as given (str values or VAL_NULL for the
// defaults 'utf-8' and 'strict'). Supported: utf-8, ascii, latin-1 with
// strict, ignore, replace, backslashreplace (decode: strict/ignore/replace/
// backslashreplace). LookupError for others.
Value codec_encode(Value str, Value encoding, Value errors);          // bytes
Value codec_decode(const uint8_t *data, size_t len, Value encoding, Value errors);  // str
// Raises UnicodeDecodeError for invalid UTF-8 (used by str_from_utf8).
_Noreturn void codec_raise_utf8_error(const uint8_t *data, size_t len, size_t start,
                                      size_t end, const char *reason);

// --- byte-string search and split (str_search.c) ----------------------------
// Shared by str (on UTF-8 bytes: valid because UTF-8 is self-synchronising)
// and bytes/bytearray. Offsets are byte offsets.

typedef Value (*SeqMaker)(const char *data, size_t len);
// Index of the first/last occurrence of n in h, or -1. An empty needle
// matches at 0 / hlen.
intptr_t search_find(const char *h, size_t hlen, const char *n, size_t nlen);
intptr_t search_rfind(const char *h, size_t hlen, const char *n, size_t nlen);
// Non-overlapping occurrences of a non-empty needle (at most maxcount).
size_t search_count(const char *h, size_t hlen, const char *n, size_t nlen, size_t maxcount);
// Replaces up to `count` (negative: all) non-overlapping occurrences of a
// non-empty `old`; returns the new contents via `make`.
Value search_replace(const char *h, size_t hlen, const char *old, size_t oldlen, const char *nw,
                     size_t nwlen, intptr_t count, SeqMaker make);
// split/rsplit by a non-empty separator into a list of pieces made by `make`.
Value search_split(const char *h, size_t hlen, const char *sep, size_t seplen,
                   intptr_t maxsplit, SeqMaker make);
Value search_rsplit(const char *h, size_t hlen, const char *sep, size_t seplen,
                    intptr_t maxsplit, SeqMaker make);
// split/rsplit on runs of ASCII whitespace bytes (bytes.split()).
Value search_split_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make);
Value search_rsplit_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make);
// The same on UTF-8 text with Unicode whitespace (str).
Value search_split_unicode_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make);
Value search_rsplit_unicode_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make);
// partition/rpartition: a 3-tuple.
Value search_partition(const char *h, size_t hlen, const char *sep, size_t seplen, bool right,
                       Value self, Value empty, SeqMaker make);
// Resolves optional start/end arguments (None or __index__ ints) against a
// sequence of `len` items as CPython's ADJUST_INDICES: end is clipped to
// [0, len]; start is >= 0 but may exceed len.
void search_adjust(Value vstart, Value vend, size_t len, intptr_t *start, intptr_t *end);
// Parses split/rsplit's (sep=None, maxsplit=-1) arguments that follow self
// in args; maxsplit comes back as -1 when not given.
void search_split_args(const char *name, size_t nargs, const Value *args, Value kwnames,
                       Value *sep, intptr_t *maxsplit);
// splitlines(keepends=False) on h (args[0] is self, already checked): bytes
// break at \n, \r and \r\n; with `unicode`, h is UTF-8 and every Unicode
// line boundary counts.
Value search_splitlines(size_t nargs, const Value *args, Value kwnames, const char *h, size_t hlen,
                        bool unicode, SeqMaker make);
// expandtabs(tabsize=8): the tab size from args (args[0] is self), and the
// expansion of h; with `unicode`, h is UTF-8 and columns count code points.
intptr_t search_tabsize_arg(size_t nargs, const Value *args, Value kwnames);
Value search_expandtabs(const char *h, size_t hlen, intptr_t tab, bool unicode, SeqMaker make);

// --- formatting (str_format.c) -----------------------------------------------

// fmt.format(*args, **kwargs) with the module calling convention.
Value str_format_args(Value fmt, size_t nargs, const Value *args, Value kwnames);
// fmt.format_map(mapping).
Value str_format_map(Value fmt, Value mapping);
// fmt % args for str; and for bytes/bytearray (result type follows fmt).
Value str_percent_format(Value fmt, Value args);
Value bytes_percent_format(Value fmt, Value args);

// --- bytes / bytearray (obj_bytes.c) ------------------------------------------

// The BytesObj behind a bytes/bytearray or an instance of a subclass.
BytesObj *bytes_get(Value v);
static inline bool bytes_is_bytearray(const BytesObj *b) { return b->base.type == &bytearray_type; }
// A bytes object of `len` zero bytes to be filled in place before it is
// shared (bytes are immutable once handed out).
BytesObj *bytes_alloc(size_t len);
// Grows a bytearray's capacity to at least `need` bytes.
void bytearray_reserve(BytesObj *b, size_t need);
// Replaces b[start:stop] by n bytes from data (data may point into b).
void bytearray_splice(BytesObj *b, size_t start, size_t stop, const uint8_t *data, size_t n);
// Converts an int-like to a byte value, ValueError "byte must be in
// range(0, 256)" / TypeError as CPython.
uint8_t bytes_byte_arg(Value v);
// Whether v is an int, bool or __index__ object: bytes/bytearray take such an
// argument as a byte value (or a count) rather than as a buffer or iterable.
bool bytes_is_index_like(Value v);
// The bytes of a bytes-like argument, or TypeError "a bytes-like object is
// required, not 'str'".
void bytes_buffer_arg(Value v, const uint8_t **data, size_t *len);
// Makers for SeqMaker users: a new bytes / bytearray from data.
Value bytes_make(const char *data, size_t len);
Value bytearray_make(const char *data, size_t len);
// Methods (obj_bytes_methods.c), in name order. BYTES_METHODS are shared by
// bytes and bytearray (bytes_<name>_obj); BYTEARRAY_METHODS are the
// mutators only bytearray has (bytearray_<name>_obj). obj_bytes.c merges
// the lists into each type's sorted table.
#define BYTES_METHODS(X, W)                                                             \
    X(__mod__) X(__rmod__) X(capitalize) X(center) X(count) X(decode) X(endswith)      \
    X(expandtabs) X(find) W(fromhex) X(hex) X(index) X(isalnum) X(isalpha) X(isascii) \
    X(isdigit) X(islower) X(isspace) X(istitle) X(isupper) X(join) X(ljust) X(lower)   \
    X(lstrip) W(maketrans) X(partition) X(removeprefix) X(removesuffix) X(replace)     \
    X(rfind) X(rindex) X(rjust) X(rpartition) X(rsplit) X(rstrip) X(split)             \
    X(splitlines) X(startswith) X(strip) X(swapcase) X(title) X(translate) X(upper)    \
    X(zfill)
#define BYTEARRAY_METHODS(X)                                                            \
    X(append) X(clear) X(copy) X(extend) X(insert) X(pop) X(remove) X(reverse)
#define BYTES_DECLARE_FN(n) extern const BuiltinFn bytes_##n##_obj;
#define BYTES_DECLARE_WRAPPER(n) extern const WrapperObj bytes_##n##_obj;
BYTES_METHODS(BYTES_DECLARE_FN, BYTES_DECLARE_WRAPPER)
#undef BYTES_DECLARE_WRAPPER
#define BYTEARRAY_DECLARE_FN(n) extern const BuiltinFn bytearray_##n##_obj;
BYTEARRAY_METHODS(BYTEARRAY_DECLARE_FN)
#undef BYTEARRAY_DECLARE_FN
#undef BYTES_DECLARE_FN

#endif
