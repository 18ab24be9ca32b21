// The tokenizer (see lexer.h). It reads the source in place and produces
// one token per call; the only state kept is the indentation stack, the
// stack of open brackets and the position. Error messages and positions
// follow CPython 3.11's tokenizer (Parser/tokenizer.c).
#include "lexer.h"
#include <string.h>
#include "gc.h"
#include "obj_complex.h"
#include "vm_raise.h"

// --- errors ---------------------------------------------------------------

// Offset of the start of line `line` (1-based) in src.
static uint32_t line_offset(const char *src, uint32_t len, uint32_t line) {
    uint32_t p = 0;
    for (uint32_t l = 1; l < line && p < len; p++) {
        if (src[p] == '\n') {
            l++;
        }
    }
    return p;
}

// Characters (code points) in the first `bytes` bytes of s (clamped at n).
static int32_t char_count(const char *s, uint32_t n, uint32_t bytes) {
    int32_t count = 0;
    for (uint32_t i = 0; i < bytes; i++) {
        if (i >= n) {
            count += (int32_t)(bytes - i);
            break;
        }
        if (((uint8_t)s[i] & 0xC0) != 0x80) {
            count++;
        }
    }
    return count;
}

_Noreturn void lex_error_at(const char *src, uint32_t srclen, Value filename, const Type *type,
                            uint32_t line, int32_t col, uint32_t end_line, int32_t end_col,
                            const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lex_verror_at(src, srclen, filename, type, line, col, end_line, end_col, LEX_TEXT_RAW, NULL, fmt, ap);
}

_Noreturn void lex_error_nl(const char *src, uint32_t srclen, Value filename, const Type *type,
                            uint32_t line, int32_t col, uint32_t end_line, int32_t end_col,
                            const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lex_verror_at(src, srclen, filename, type, line, col, end_line, end_col, LEX_TEXT_NL, NULL, fmt, ap);
}

_Noreturn void lex_verror_at(const char *src, uint32_t srclen, Value filename, const Type *type,
                             uint32_t line, int32_t col, uint32_t end_line, int32_t end_col,
                             int text_mode, const char *prefix, const char *fmt, va_list ap) {
    Vstr msg;
    vstr_init(&msg, 64);
    if (prefix) {
        vstr_add_cstr(&msg, prefix);
    }
    // (The list is never ended: this function does not return, and
    // va_end is a no-op on every target we build for.)
    vstr_vprintf(&msg, fmt, ap);
    Value msgv = vstr_to_str(&msg);
    uint32_t ls = line_offset(src, srclen, line);
    uint32_t le = ls;
    while (le < srclen && src[le] != '\n') {
        le++;
    }
    bool msg_only = (text_mode & LEX_ARGS_MSG_ONLY) != 0;
    text_mode &= ~LEX_ARGS_MSG_ONLY;
    Value textv = VAL_NONE;
    if (text_mode != LEX_TEXT_NONE) {
        Vstr text;
        vstr_init(&text, le - ls + 2);
        vstr_add_bytes(&text, src + ls, le - ls);
        if (text_mode == LEX_TEXT_NL || (text_mode == LEX_TEXT_LINE && le < srclen)) {
            vstr_add_byte(&text, '\n');
        }
        textv = str_new(text.buf, text.len);
    }
    int32_t offset = col < 0 ? col + 1 : char_count(src + ls, le - ls, (uint32_t)col) + 1;
    int32_t end_offset;
    if (end_line == 0) {
        end_line = line;
        end_offset = offset;
    } else if (end_col < 0) {
        end_offset = end_col == LEX_END_ZERO ? 0 : -1;
    } else {
        uint32_t els = end_line == line ? ls : line_offset(src, srclen, end_line);
        uint32_t ele = els;
        while (ele < srclen && src[ele] != '\n') {
            ele++;
        }
        end_offset = char_count(src + els, ele - els, (uint32_t)end_col) + 1;
    }
    Value details[6] = {filename, val_from_small_int(line), val_from_small_int(offset), textv,
                        val_from_small_int(end_line), val_from_small_int(end_offset)};
    if (msg_only) {
        Value e = exc_new(type, 1, &msgv);
        static const uint16_t attrs[6] = {N_filename, N_lineno, N_offset, N_text, N_end_lineno, N_end_offset};
        for (int i = 0; i < 6; i++) {
            obj_setattr(e, NAME_ID_VALUE(attrs[i]), details[i]);
        }
        vm_raise_obj(e);
    }
    Value args[2] = {msgv, tuple_new(6, details)};
    vm_raise_obj(exc_new(type, 2, args));
}

_Noreturn void lex_raise_details(const Type *type, Value msg, Value filename, uint32_t line, int32_t offset,
                                 Value text, uint32_t end_line, int32_t end_offset) {
    Value details[6] = {filename, val_from_small_int(line), val_from_small_int(offset), text,
                        val_from_small_int(end_line), val_from_small_int(end_offset)};
    Value args[2] = {msg, tuple_new(6, details)};
    vm_raise_obj(exc_new(type, 2, args));
}

// An error whose text keeps a newline, as CPython's parser-level errors:
// added for file input, kept only if present for eval/single input.
// Line continuation and end-of-input errors: also "soft" (CPython's
// tokenizer reports them through its error code, not an exception).
static _Noreturn void lx_error_soft(Lexer *lx, int32_t col, int32_t end_col, const char *msg, ...) {
    lx->soft_error = true;
    va_list ap;
    va_start(ap, msg);
    lex_verror_at(lx->src, lx->len, lx->filename, &exc_SyntaxError_type, lx->line, col, lx->line, end_col,
                  lx->exec_input ? LEX_TEXT_NL : LEX_TEXT_LINE, NULL, msg, ap);
}

static _Noreturn void lx_error_nl(Lexer *lx, const Type *type, uint32_t line, int32_t col, uint32_t end_line,
                                  int32_t end_col, const char *fmt, ...) {
    lx->soft_error = type != &exc_SyntaxError_type;   // IndentationError and TabError are soft
    va_list ap;
    va_start(ap, fmt);
    lex_verror_at(lx->src, lx->len, lx->filename, type, line, col, end_line, end_col,
                  lx->exec_input ? LEX_TEXT_NL : LEX_TEXT_LINE, NULL, fmt, ap);
}

#define ERR(lx, line, col, ...) \
    lex_error_at((lx)->src, (lx)->len, (lx)->filename, &exc_SyntaxError_type, (line), (col), 0, 0, __VA_ARGS__)

// --- keywords -------------------------------------------------------------

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
};

static const char *const op_text[] = {
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=",
    ".", "%", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=",
};

const char *lex_token_text(int kind) {
    switch (kind) {
    case T_ENDMARKER: return "end of file";
    case T_NEWLINE: return "NEWLINE";
    case T_INDENT: return "INDENT";
    case T_DEDENT: return "DEDENT";
    case T_NAME: return "NAME";
    case T_NUMBER: return "NUMBER";
    case T_STRING: return "STRING";
    case T_ERRORTOKEN: return "ERRORTOKEN";
    default: break;
    }
    if (kind >= T_LPAR && kind <= T_COLONEQUAL) {
        return op_text[kind - T_LPAR];
    }
    if (kind >= T_KW_FIRST && kind < T__COUNT) {
        return keywords[kind - T_KW_FIRST];
    }
    return "?";
}

static int keyword_kind(const char *s, uint32_t n) {
    if (n < 2 || n > 8) {
        return -1;
    }
    for (unsigned i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0) {
            return T_KW_FIRST + (int)i;
        }
    }
    return -1;
}

// --- setup ------------------------------------------------------------------

void lex_init(Lexer *lx, const char *src, uint32_t len, Value filename) {
    memset(lx, 0, sizeof(*lx));
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->filename = filename;
    lx->at_bol = true;
    // A UTF-8 byte order mark is not part of the text.
    if (len >= 3 && (uint8_t)src[0] == 0xEF && (uint8_t)src[1] == 0xBB && (uint8_t)src[2] == 0xBF) {
        lx->pos = 3;
        lx->line_start = 3;
    }
}

void lex_init_sub(Lexer *lx, const char *src, uint32_t start, uint32_t end, uint32_t line,
                  uint32_t line_start, Value filename) {
    memset(lx, 0, sizeof(*lx));
    lx->src = src;
    lx->len = end;
    lx->pos = start;
    lx->line = line;
    lx->line_start = line_start;
    lx->filename = filename;
    lx->fstring_expr = true;
}

// --- helpers --------------------------------------------------------------

// Makes room for entry `n` of a heap stack of `size`-byte entries (NULL
// until the first entry), doubling its capacity; returns the stack.
static void *stack_room(void *items, uint16_t *cap, uint32_t n, size_t size) {
    if (n < *cap) {
        return items;
    }
    uint16_t grown = *cap ? (uint16_t)(*cap * 2) : 8;
    items = items ? gc_realloc(items, grown * size) : gc_alloc(grown * size, true);
    *cap = grown;
    return items;
}

static inline int peekc(Lexer *lx, uint32_t ahead) {
    uint32_t p = lx->pos + ahead;
    return p < lx->len ? (uint8_t)lx->src[p] : -1;
}

static inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool is_ascii_id_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Decodes one UTF-8 code point at src[p]. The source is validated before
// parsing, but error reporting may look ahead of the validated part, so a
// sequence cut short by the end of the source is decoded from what is there.
static uint32_t utf8_decode(const char *src, uint32_t len, uint32_t p, uint32_t *nbytes) {
    uint8_t c = (uint8_t)src[p];
    if (c < 0x80) {
        *nbytes = 1;
        return c;
    }
    uint32_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (p + n > len) {
        n = len - p;
    }
    uint32_t cp = c & (0x3F >> (n - 1));
    for (uint32_t i = 1; i < n; i++) {
        cp = (cp << 6) | ((uint8_t)src[p + i] & 0x3F);
    }
    *nbytes = n;
    return cp;
}

// Approximation of Unicode XID: non-ASCII code points are identifier
// characters except the common punctuation, symbol and emoji blocks.
static bool unicode_is_id(uint32_t cp) {
    if (cp < 0xC0) {
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    }
    if (cp == 0xD7 || cp == 0xF7) {
        return false;
    }
    if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
        (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x3003) ||
        (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
        (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0xE000 && cp <= 0xF8FF) ||
        cp == 0xFEFF) {
        return false;
    }
    return true;
}

static void set_start(Lexer *lx, Token *t, uint32_t start) {
    t->start = start;
    t->line = lx->line;
    t->col = start - lx->line_start;
    t->flags = 0;
    t->value = VAL_NULL;
}

static void set_end(Lexer *lx, Token *t) {
    t->end = lx->pos;
    t->end_line = lx->line;
    t->end_col = lx->pos - lx->line_start;
}

static void make_simple(Lexer *lx, Token *t, int kind, uint32_t len) {
    set_start(lx, t, lx->pos);
    t->kind = (uint8_t)kind;
    lx->pos += len;
    set_end(lx, t);
}

// --- indentation ----------------------------------------------------------

// Indentation level `level` (0: the margin).
static LexIndent indent_level(const Lexer *lx, int level) {
    return level == 0 ? (LexIndent){0, 0} : lx->indents[level - 1];
}

// At the start of a logical line: measures the indentation, skips blank and
// comment-only lines, and queues INDENT/DEDENT tokens.
static void lex_indentation(Lexer *lx) {
    for (;;) {
        uint32_t col = 0, alt = 0;
        uint32_t p = lx->pos;
        for (;; p++) {
            int c = p < lx->len ? (uint8_t)lx->src[p] : -1;
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = alt = 0;
            } else {
                break;
            }
        }
        lx->pos = p;
        int c = peekc(lx, 0);
        if (c == '#' || c == '\n' || c == '\\' || c == -1) {
            // Blank or comment-only line: no tokens, no indentation change.
            // A backslash continuation at line start is handled by the caller.
            if (c == '#') {
                while (lx->pos < lx->len && lx->src[lx->pos] != '\n') {
                    lx->pos++;
                }
            }
            if (peekc(lx, 0) == '\n') {
                lx->pos++;
                lx->line++;
                lx->line_start = lx->pos;
                continue;
            }
            if (c == -1 || peekc(lx, 0) == -1) {
                lx->at_bol = false;
                return;
            }
            // '\\' at line start: treat it as ordinary content
        }
        lx->at_bol = false;
        int top = lx->indent_top;
        LexIndent cur = indent_level(lx, top);
        if (col == cur.col) {
            if (alt != cur.alt) {
                lx_error_nl(lx, &exc_TabError_type, lx->line, 0,
                             lx->line, LEX_END_ZERO, "inconsistent use of tabs and spaces in indentation");
            }
        } else if (col > cur.col) {
            if (top + 1 >= LEX_MAX_INDENT) {
                lx_error_nl(lx, &exc_IndentationError_type, lx->line, 0, lx->line, LEX_END_ZERO,
                             "too many levels of indentation");
            }
            if (alt <= cur.alt) {
                lx_error_nl(lx, &exc_TabError_type, lx->line, 0,
                             lx->line, LEX_END_ZERO, "inconsistent use of tabs and spaces in indentation");
            }
            lx->indents = stack_room(lx->indents, &lx->indents_cap, (uint32_t)top, sizeof(LexIndent));
            lx->indents[top] = (LexIndent){(uint16_t)col, (uint16_t)alt};
            lx->indent_top++;
            lx->pending = 1;
            lx->saw_indent = true;
        } else {
            int n = 0;
            while (lx->indent_top > 0 && col < indent_level(lx, lx->indent_top).col) {
                lx->indent_top--;
                n++;
            }
            if (col != indent_level(lx, lx->indent_top).col) {
                uint32_t e = lx->pos;
                while (e < lx->len && lx->src[e] != '\n') {
                    e++;
                }
                lx_error_nl(lx, &exc_IndentationError_type, lx->line,
                             (int32_t)(e - lx->line_start), lx->line, -1,
                             "unindent does not match any outer indentation level");
            }
            if (alt != indent_level(lx, lx->indent_top).alt) {
                lx_error_nl(lx, &exc_TabError_type, lx->line, 0,
                             lx->line, LEX_END_ZERO, "inconsistent use of tabs and spaces in indentation");
            }
            lx->pending = (int16_t)-n;
        }
        return;
    }
}

// --- numbers ----------------------------------------------------------------

static const char *literal_kind_name(int base) {
    switch (base) {
    case 16: return "hexadecimal";
    case 8: return "octal";
    case 2: return "binary";
    case 0: return "imaginary";
    default: return "decimal";
    }
}

static bool starts_with_word(Lexer *lx, uint32_t p, const char *w) {
    size_t n = strlen(w);
    return p + n <= lx->len && memcmp(lx->src + p, w, n) == 0;
}

// After a number: a letter may only start one of the keywords that can
// follow a number in valid code (CPython's verify_end_of_number).
static void verify_end(Lexer *lx, uint32_t start, int base) {
    int c = peekc(lx, 0);
    if (c < 0 || !(is_ascii_id_start(c) || is_digit(c) || c >= 0x80)) {
        return;
    }
    static const char *const ok[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (unsigned i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        if (starts_with_word(lx, lx->pos, ok[i])) {
            return;
        }
    }
    // CPython's column is the length of the text up to the offending letter.
    (void)start;
    int32_t col = (int32_t)(lx->pos - lx->line_start) - 1;
    if (base != 10 && base != 0) {
        col = (int32_t)(lx->pos - lx->line_start);
        if (is_digit(c)) {
            ERR(lx, lx->line, col, "invalid digit '%c' in %s literal", c, literal_kind_name(base));
        }
        col -= 1;
    }
    ERR(lx, lx->line, col, "invalid %s literal", literal_kind_name(base));
}

// Reads decimal digits with single underscores between them into buf.
// Returns false if nothing was read.
static bool read_decimals(Lexer *lx, Vstr *buf) {
    bool any = false;
    for (;;) {
        int c = peekc(lx, 0);
        if (is_digit(c)) {
            vstr_add_byte(buf, (char)c);
            lx->pos++;
            any = true;
        } else if (c == '_' && any) {
            if (!is_digit(peekc(lx, 1))) {
                ERR(lx, lx->line, (int32_t)(lx->pos - lx->line_start), "invalid decimal literal");
            }
            lx->pos++;
        } else {
            return any;
        }
    }
}

static int digit_value(int c) {
    if (is_digit(c)) {
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

static void lex_number(Lexer *lx, Token *t) {
    uint32_t start = lx->pos;
    set_start(lx, t, start);
    t->kind = T_NUMBER;
    Vstr buf;
    vstr_init(&buf, 24);
    int c0 = peekc(lx, 0), c1 = peekc(lx, 1);
    if (c0 == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' || c1 == 'b' || c1 == 'B')) {
        int base = (c1 == 'x' || c1 == 'X') ? 16 : (c1 == 'o' || c1 == 'O') ? 8 : 2;
        lx->pos += 2;
        bool any = false;
        for (;;) {
            int c = peekc(lx, 0);
            if (c == '_') {
                int d = digit_value(peekc(lx, 1));
                if (d >= base) {
                    lx->pos++;
                    if (is_digit(peekc(lx, 0)) && base != 16) {
                        ERR(lx, lx->line, (int32_t)(lx->pos - lx->line_start),
                            "invalid digit '%c' in %s literal", peekc(lx, 0), literal_kind_name(base));
                    }
                    ERR(lx, lx->line, (int32_t)(lx->pos - lx->line_start) - 1, "invalid %s literal",
                        literal_kind_name(base));
                }
                lx->pos++;
                continue;
            }
            int d = digit_value(c);
            if (c < 0 || d >= base) {
                if (c >= 0 && is_digit(c)) {
                    ERR(lx, lx->line, (int32_t)(lx->pos - lx->line_start),
                        "invalid digit '%c' in %s literal", c, literal_kind_name(base));
                }
                break;
            }
            vstr_add_byte(&buf, (char)c);
            lx->pos++;
            any = true;
        }
        if (!any) {
            ERR(lx, lx->line, (int32_t)(lx->pos - lx->line_start) - 1, "invalid %s literal",
                literal_kind_name(base));
        }
        verify_end(lx, start, base);
        t->value = int_from_str(buf.buf, buf.len, base);
        set_end(lx, t);
        return;
    }
    bool is_float = false;
    bool int_part = read_decimals(lx, &buf);
    if (peekc(lx, 0) == '.') {
        is_float = true;
        vstr_add_byte(&buf, '.');
        lx->pos++;
        if (is_digit(peekc(lx, 0))) {
            read_decimals(lx, &buf);
        } else if (!int_part) {
            ERR(lx, lx->line, (int32_t)(start - lx->line_start), "invalid decimal literal");
        }
    }
    int c = peekc(lx, 0);
    if (c == 'e' || c == 'E') {
        uint32_t save = lx->pos;
        lx->pos++;
        int s = peekc(lx, 0);
        if (s == '+' || s == '-') {
            lx->pos++;
        }
        if (!is_digit(peekc(lx, 0))) {
            lx->pos = save;
            if (!starts_with_word(lx, save, "else")) {
                ERR(lx, lx->line, (int32_t)(start - lx->line_start), "invalid decimal literal");
            }
        } else {
            is_float = true;
            vstr_add_byte(&buf, 'e');
            if (s == '-') {
                vstr_add_byte(&buf, '-');
            }
            read_decimals(lx, &buf);
        }
    }
    c = peekc(lx, 0);
    if (c == 'j' || c == 'J') {
        lx->pos++;
        verify_end(lx, start, 0);
        t->value = complex_new(0.0, float_value(float_from_str(buf.buf, buf.len)));
        set_end(lx, t);
        return;
    }
    verify_end(lx, start, 10);
    if (!is_float) {
        // Leading zeros are only allowed in "0", "00", "0_0".
        if (buf.len > 1 && buf.buf[0] == '0') {
            uint32_t nz = start;
            while (nz < lx->pos && (lx->src[nz] == '0' || lx->src[nz] == '_')) {
                nz++;
            }
            if (nz < lx->pos) {
                lex_error_at(lx->src, lx->len, lx->filename, &exc_SyntaxError_type, lx->line,
                             (int32_t)(start - lx->line_start), lx->line, (int32_t)(nz - lx->line_start),
                             "leading zeros in decimal integer literals are not permitted; "
                             "use an 0o prefix for octal integers");
            }
        }
        if (buf.len <= 18) {
            int64_t v = 0;
            for (size_t i = 0; i < buf.len; i++) {
                v = v * 10 + (buf.buf[i] - '0');
            }
            t->value = int_from_i64(v);
        } else {
            t->value = int_from_str(buf.buf, buf.len, 10);
        }
    } else {
        t->value = float_from_str(buf.buf, buf.len);
    }
    set_end(lx, t);
}

// --- strings ----------------------------------------------------------------

// Scans a string literal whose opening quote is at lx->pos; `start` is the
// offset of its prefix.
static void lex_string(Lexer *lx, Token *t, uint32_t start, uint8_t flags) {
    set_start(lx, t, start);
    t->kind = T_STRING;
    uint32_t start_line = lx->line, start_col = start - lx->line_start;
    char q = lx->src[lx->pos];
    bool triple = peekc(lx, 1) == q && peekc(lx, 2) == q;
    if (triple) {
        flags |= STRF_TRIPLE;
    }
    t->flags = flags;
    lx->pos += triple ? 3 : 1;
    t->body = lx->pos;
    for (;;) {
        if (lx->pos >= lx->len) {
            // The last line is the last one holding characters.
            uint32_t last = lx->line - (lx->len > 0 && lx->src[lx->len - 1] == '\n' ? 1 : 0);
            if (triple) {
                lex_error_at(lx->src, lx->len, lx->filename, &exc_SyntaxError_type, start_line,
                             (int32_t)start_col, start_line, (int32_t)start_col,
                             "unterminated triple-quoted string literal (detected at line %u)", (unsigned)last);
            }
            lex_error_at(lx->src, lx->len, lx->filename, &exc_SyntaxError_type, start_line,
                         (int32_t)start_col, start_line, (int32_t)start_col,
                         "unterminated string literal (detected at line %u)", (unsigned)last);
        }
        char c = lx->src[lx->pos];
        if (c == '\\') {
            lx->pos++;
            if (lx->pos < lx->len && lx->src[lx->pos] == '\n') {
                lx->line++;
                lx->line_start = lx->pos + 1;
            }
            if (lx->pos < lx->len) {
                lx->pos++;
            }
            continue;
        }
        if (c == '\n') {
            if (!triple) {
                lex_error_at(lx->src, lx->len, lx->filename, &exc_SyntaxError_type, start_line,
                             (int32_t)start_col, start_line, (int32_t)start_col,
                             "unterminated string literal (detected at line %u)", (unsigned)lx->line);
            }
            lx->pos++;
            lx->line++;
            lx->line_start = lx->pos;
            continue;
        }
        if (c == q) {
            if (!triple) {
                t->body_end = lx->pos;
                lx->pos++;
                break;
            }
            if (peekc(lx, 1) == q && peekc(lx, 2) == q) {
                t->body_end = lx->pos;
                lx->pos += 3;
                break;
            }
        }
        lx->pos++;
    }
    set_end(lx, t);
}

// Returns STRF_* flags if src[p..p+n) is a valid string prefix, else -1.
static int string_prefix(const char *s, uint32_t n) {
    if (n > 2) {
        return -1;
    }
    int flags = 0;
    bool u = false;
    for (uint32_t i = 0; i < n; i++) {
        int bit;
        switch (s[i]) {
        case 'r': case 'R': bit = STRF_RAW; break;
        case 'b': case 'B': bit = STRF_BYTES; break;
        case 'f': case 'F': bit = STRF_FSTRING; break;
        case 'u': case 'U': bit = 0; u = true; break;
        default: return -1;
        }
        if (bit && (flags & bit)) {
            return -1;
        }
        flags |= bit;
    }
    if (u && n > 1) {
        return -1;
    }
    if ((flags & STRF_BYTES) && (flags & STRF_FSTRING)) {
        return -1;
    }
    return flags;
}

static int hexval(int c) {
    int d = digit_value(c);
    return d < 16 ? d : -1;
}

// "(unicode error) 'unicodeescape' codec can't decode bytes in position a-b: why"
// CPython decodes literals after reading the next token, and reports
// decoding errors at that token.
static _Noreturn void escape_error(Lexer *lx, const Token *t, uint32_t a, uint32_t b, const char *why) {
    const Token *at = lx->err_at;
    lx_error_nl(lx, &exc_SyntaxError_type, at ? at->line : t->end_line,
                 at ? (int32_t)at->col : (int32_t)t->end_col, at ? at->end_line : t->end_line,
                 at ? (int32_t)at->end_col : (int32_t)t->end_col,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: %s",
                 (unsigned)a, (unsigned)b, why);
}

void lex_decode_range(Lexer *lx, const Token *t, uint32_t start, uint32_t end, Vstr *out) {
    const char *s = lx->src;
    bool bytes = (t->flags & STRF_BYTES) != 0;
    bool raw = (t->flags & STRF_RAW) != 0;
    uint32_t p = start;
    while (p < end) {
        uint8_t c = (uint8_t)s[p];
        if (bytes && c >= 0x80) {
            lx_error_nl(lx, &exc_SyntaxError_type, t->line, (int32_t)t->col,
                         t->end_line, (int32_t)t->end_col, "bytes can only contain ASCII literal characters");
        }
        if (c != '\\' || raw) {
            // Copy a run of ordinary bytes at once.
            uint32_t q = p + 1;
            if (c != '\\') {
                while (q < end && s[q] != '\\' && !(bytes && (uint8_t)s[q] >= 0x80)) {
                    q++;
                }
            }
            vstr_add_bytes(out, s + p, q - p);
            p = q;
            continue;
        }
        uint32_t esc = p - start;
        p++;
        if (p >= end) {
            vstr_add_byte(out, '\\');
            break;
        }
        c = (uint8_t)s[p++];
        switch (c) {
        case '\n': break;
        case '\\': vstr_add_byte(out, '\\'); break;
        case '\'': vstr_add_byte(out, '\''); break;
        case '"': vstr_add_byte(out, '"'); break;
        case 'a': vstr_add_byte(out, 7); break;
        case 'b': vstr_add_byte(out, 8); break;
        case 'f': vstr_add_byte(out, 12); break;
        case 'n': vstr_add_byte(out, '\n'); break;
        case 'r': vstr_add_byte(out, '\r'); break;
        case 't': vstr_add_byte(out, '\t'); break;
        case 'v': vstr_add_byte(out, 11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = c - '0';
            for (int i = 0; i < 2 && p < end && s[p] >= '0' && s[p] <= '7'; i++) {
                v = v * 8 + (uint32_t)(s[p++] - '0');
            }
            if (bytes) {
                vstr_add_byte(out, (char)(v & 0xFF));
            } else {
                vstr_add_codepoint(out, v);
            }
            break;
        }
        case 'x': {
            int h1 = p < end ? hexval((uint8_t)s[p]) : -1;
            int h2 = p + 1 < end ? hexval((uint8_t)s[p + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (bytes) {
                    const Token *at = lx->err_at ? lx->err_at : t;
                    lx_error_nl(lx, &exc_SyntaxError_type, at->end_line,
                                 (int32_t)(lx->err_at ? at->col : at->end_col), at->end_line,
                                 (int32_t)at->end_col, "(value error) invalid \\x escape at position %u",
                                 (unsigned)esc);
                }
                escape_error(lx, t, esc, esc + 1 + (h1 >= 0 ? 1 : 0), "truncated \\xXX escape");
            }
            p += 2;
            if (bytes) {
                vstr_add_byte(out, (char)(h1 * 16 + h2));
            } else {
                vstr_add_codepoint(out, (uint32_t)(h1 * 16 + h2));
            }
            break;
        }
        case 'u': case 'U': {
            if (bytes) {
                vstr_add_byte(out, '\\');
                vstr_add_byte(out, (char)c);
                break;
            }
            int n = c == 'u' ? 4 : 8;
            uint32_t v = 0;
            int i = 0;
            for (; i < n && p < end && hexval((uint8_t)s[p]) >= 0; i++) {
                v = v * 16 + (uint32_t)hexval((uint8_t)s[p++]);
            }
            if (i < n) {
                escape_error(lx, t, esc, p - start - 1,
                             n == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
            }
            if (v > 0x10FFFF) {
                escape_error(lx, t, esc, p - start - 1, "illegal Unicode character");
            }
            vstr_add_codepoint(out, v);
            break;
        }
        case 'N': {
            if (bytes) {
                vstr_add_byte(out, '\\');
                vstr_add_byte(out, 'N');
                break;
            }
            uint32_t q = p + 1;
            while (q < end && s[q] != '}') {
                q++;
            }
            if (p >= end || s[p] != '{') {
                escape_error(lx, t, esc, esc + 1, "malformed \\N character escape");
            }
            if (q >= end) {
                escape_error(lx, t, esc, end - 1 - start, "malformed \\N character escape");
            }
            uint32_t cp;
            if (!lex_unicode_lookup(s + p + 1, q - p - 1, &cp)) {
                escape_error(lx, t, esc, q - start, "unknown Unicode character name");
            }
            vstr_add_codepoint(out, cp);
            p = q + 1;
            break;
        }
        default:
            // Unknown escapes keep the backslash (CPython warns).
            vstr_add_byte(out, '\\');
            p--;
            break;
        }
    }
}

void lex_decode_string(Lexer *lx, const Token *t, Vstr *out) {
    lex_decode_range(lx, t, t->body, t->body_end, out);
}

// --- the tokenizer ----------------------------------------------------------

static void push_paren(Lexer *lx, char c) {
    if (lx->paren_depth >= LEX_MAX_PAREN) {
        ERR(lx, lx->line, (int32_t)(lx->pos - lx->line_start), "too many nested parentheses");
    }
    lx->parens = stack_room(lx->parens, &lx->parens_cap, (uint32_t)lx->paren_depth, sizeof(LexParen));
    lx->parens[lx->paren_depth] = (LexParen){lx->line, lx->pos - lx->line_start, c};
    lx->paren_depth++;
}

static void pop_paren(Lexer *lx, char c) {
    int32_t col = (int32_t)(lx->pos - lx->line_start);
    if (lx->paren_depth == 0) {
        if (lx->fstring_expr) {
            return;
        }
        ERR(lx, lx->line, col, "unmatched '%c'", c);
    }
    const LexParen *top = &lx->parens[lx->paren_depth - 1];
    char open = top->kind;
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (c != want) {
        if (top->line != lx->line) {
            ERR(lx, lx->line, col, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %u",
                c, open, (unsigned)top->line);
        }
        ERR(lx, lx->line, col, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
    }
    lx->paren_depth--;
}

// Operators: returns the token kind and length of the operator at pos, or 0.
static int lex_operator(Lexer *lx, uint32_t *len) {
    int c = peekc(lx, 0), c1 = peekc(lx, 1), c2 = peekc(lx, 2);
    *len = 1;
    switch (c) {
    case '(': return T_LPAR;
    case ')': return T_RPAR;
    case '[': return T_LSQB;
    case ']': return T_RSQB;
    case '{': return T_LBRACE;
    case '}': return T_RBRACE;
    case ',': return T_COMMA;
    case ';': return T_SEMI;
    case '~': return T_TILDE;
    case ':':
        if (c1 == '=') {
            *len = 2;
            return T_COLONEQUAL;
        }
        return T_COLON;
    case '.':
        if (c1 == '.' && c2 == '.') {
            *len = 3;
            return T_ELLIPSIS;
        }
        return T_DOT;
    case '+': if (c1 == '=') { *len = 2; return T_PLUSEQUAL; } return T_PLUS;
    case '-':
        if (c1 == '=') { *len = 2; return T_MINEQUAL; }
        if (c1 == '>') { *len = 2; return T_RARROW; }
        return T_MINUS;
    case '*':
        if (c1 == '*') {
            if (c2 == '=') { *len = 3; return T_DOUBLESTAREQUAL; }
            *len = 2;
            return T_DOUBLESTAR;
        }
        if (c1 == '=') { *len = 2; return T_STAREQUAL; }
        return T_STAR;
    case '/':
        if (c1 == '/') {
            if (c2 == '=') { *len = 3; return T_DOUBLESLASHEQUAL; }
            *len = 2;
            return T_DOUBLESLASH;
        }
        if (c1 == '=') { *len = 2; return T_SLASHEQUAL; }
        return T_SLASH;
    case '%': if (c1 == '=') { *len = 2; return T_PERCENTEQUAL; } return T_PERCENT;
    case '&': if (c1 == '=') { *len = 2; return T_AMPEREQUAL; } return T_AMPER;
    case '|': if (c1 == '=') { *len = 2; return T_VBAREQUAL; } return T_VBAR;
    case '^': if (c1 == '=') { *len = 2; return T_CIRCUMFLEXEQUAL; } return T_CIRCUMFLEX;
    case '@': if (c1 == '=') { *len = 2; return T_ATEQUAL; } return T_AT;
    case '=': if (c1 == '=') { *len = 2; return T_EQEQUAL; } return T_EQUAL;
    case '!': if (c1 == '=') { *len = 2; return T_NOTEQUAL; } return 0;
    case '<':
        if (c1 == '<') {
            if (c2 == '=') { *len = 3; return T_LEFTSHIFTEQUAL; }
            *len = 2;
            return T_LEFTSHIFT;
        }
        if (c1 == '=') { *len = 2; return T_LESSEQUAL; }
        return T_LESS;
    case '>':
        if (c1 == '>') {
            if (c2 == '=') { *len = 3; return T_RIGHTSHIFTEQUAL; }
            *len = 2;
            return T_RIGHTSHIFT;
        }
        if (c1 == '=') { *len = 2; return T_GREATEREQUAL; }
        return T_GREATER;
    default:
        return 0;
    }
}

static void lex_name(Lexer *lx, Token *t) {
    uint32_t start = lx->pos;
    set_start(lx, t, start);
    bool ascii = true;
    while (lx->pos < lx->len) {
        int c = (uint8_t)lx->src[lx->pos];
        if (is_ascii_id_start(c) || is_digit(c)) {
            lx->pos++;
        } else if (c >= 0x80) {
            uint32_t n;
            uint32_t cp = utf8_decode(lx->src, lx->len, lx->pos, &n);
            if (!unicode_is_id(cp)) {
                break;
            }
            ascii = false;
            lx->pos += n;
        } else {
            break;
        }
    }
    uint32_t n = lx->pos - start;
    int q = peekc(lx, 0);
    if ((q == '\'' || q == '"') && ascii) {
        int flags = string_prefix(lx->src + start, n);
        if (flags >= 0) {
            lex_string(lx, t, start, (uint8_t)flags);
            return;
        }
    }
    int kw = ascii ? keyword_kind(lx->src + start, n) : -1;
    if (kw >= 0) {
        t->kind = (uint8_t)kw;
    } else {
        t->kind = T_NAME;
        t->value = str_intern(lx->src + start, n);
    }
    set_end(lx, t);
}

void lex_next(Lexer *lx, Token *t) {
    for (;;) {
        if (lx->pending > 0) {
            lx->pending--;
            make_simple(lx, t, T_INDENT, 0);
            return;
        }
        if (lx->pending < 0) {
            lx->pending++;
            make_simple(lx, t, T_DEDENT, 0);
            return;
        }
        if (lx->at_bol && lx->paren_depth == 0 && !lx->fstring_expr) {
            lex_indentation(lx);
            if (lx->pending != 0) {
                continue;
            }
        }
        // Skip whitespace, comments and continuation lines.
        for (;;) {
            int c = peekc(lx, 0);
            if (c == ' ' || c == '\t' || c == '\f') {
                lx->pos++;
            } else if (c == '#') {
                while (lx->pos < lx->len && lx->src[lx->pos] != '\n') {
                    lx->pos++;
                }
            } else if (c == '\\') {
                int c1 = peekc(lx, 1);
                if (c1 == '\n') {
                    if (lx->pos + 2 >= lx->len && !lx->fstring_expr) {
                        lx_error_soft(lx, (int32_t)(lx->pos - lx->line_start) + 1, -1, "unexpected EOF while parsing");
                    }
                    lx->pos += 2;
                    lx->line++;
                    lx->line_start = lx->pos;
                } else if (c1 == -1) {
                    lx_error_soft(lx, (int32_t)(lx->pos - lx->line_start) + 1, -1, "unexpected EOF while parsing");
                } else {
                    lx_error_soft(lx, (int32_t)(lx->pos - lx->line_start) + 1, LEX_END_ZERO,
                                  "unexpected character after line continuation character");
                }
            } else {
                break;
            }
        }
        int c = peekc(lx, 0);
        if (c == -1) {
            if (lx->fstring_expr) {
                make_simple(lx, t, T_ENDMARKER, 0);
                return;
            }
            if (lx->paren_depth > 0) {
                // (CPython's text keeps the newline only when the bracket
                // is on the last line.)
                const LexParen *open = &lx->parens[lx->paren_depth - 1];
                uint32_t last_line = lx->line - (lx->len > 0 && lx->src[lx->len - 1] == '\n' ? 1 : 0);
                if (open->line == last_line) {
                    lx_error_nl(lx, &exc_SyntaxError_type, open->line, (int32_t)open->col, open->line,
                                 LEX_END_ZERO, "'%c' was never closed", open->kind);
                }
                lex_error_at(lx->src, lx->len, lx->filename, &exc_SyntaxError_type, open->line,
                             (int32_t)open->col, open->line, LEX_END_ZERO, "'%c' was never closed", open->kind);
            }
            if (lx->line_has_tokens) {
                lx->line_has_tokens = false;
                make_simple(lx, t, T_NEWLINE, 0);
                if (!lx->exec_input) {
                    t->flags = TOKF_IMPLICIT_NL;
                }
                return;
            }
            if (lx->indent_top > 0) {
                lx->indent_top--;
                make_simple(lx, t, T_DEDENT, 0);
                return;
            }
            lx->done = true;
            make_simple(lx, t, T_ENDMARKER, 0);
            return;
        }
        if (c == '\n') {
            if (lx->paren_depth > 0 || lx->fstring_expr) {
                lx->pos++;
                lx->line++;
                lx->line_start = lx->pos;
                continue;
            }
            make_simple(lx, t, T_NEWLINE, 1);
            // CPython reports errors at a NEWLINE as an empty range.
            t->end = t->start;
            t->end_col = t->col;
            lx->line++;
            lx->line_start = lx->pos;
            lx->at_bol = true;
            if (!lx->line_has_tokens) {
                continue;
            }
            lx->line_has_tokens = false;
            return;
        }
        lx->line_has_tokens = true;
        if (is_ascii_id_start(c) || c >= 0x80) {
            if (c >= 0x80) {
                uint32_t n;
                uint32_t cp = utf8_decode(lx->src, lx->len, lx->pos, &n);
                if (!unicode_is_id(cp)) {
                    char ch[5], hex[12];
                    memcpy(ch, lx->src + lx->pos, n);
                    ch[n] = 0;
                    size_t hn = fmt_uint(hex, cp, 16, true);
                    hex[hn] = 0;
                    ERR(lx, lx->line, (int32_t)(lx->pos - lx->line_start), "invalid character '%s' (U+%s%s)", ch,
                        hn >= 4 ? "" : hn == 3 ? "0" : "00", hex);
                }
            }
            lex_name(lx, t);
            return;
        }
        if (is_digit(c) || (c == '.' && is_digit(peekc(lx, 1)))) {
            lex_number(lx, t);
            return;
        }
        if (c == '\'' || c == '"') {
            lex_string(lx, t, lx->pos, 0);
            return;
        }
        uint32_t len;
        int kind = lex_operator(lx, &len);
        if (kind == 0) {
            make_simple(lx, t, T_ERRORTOKEN, 1);
            return;
        }
        if (kind == T_LPAR || kind == T_LSQB || kind == T_LBRACE) {
            push_paren(lx, (char)c);
        } else if (kind == T_RPAR || kind == T_RSQB || kind == T_RBRACE) {
            pop_paren(lx, (char)c);
        }
        make_simple(lx, t, kind, len);
        return;
    }
}
