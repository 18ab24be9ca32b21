// The tokenizer: UTF-8 source text to Python tokens, one at a time
// (nothing is buffered beyond the current line, so a whole module never
// needs a token array in RAM). It tracks indentation (INDENT/DEDENT), open
// brackets (implicit line joining) and backslash continuations, and
// raises SyntaxError/IndentationError/TabError with CPython 3.11's messages.
// String tokens are not decoded here: the parser asks lex_decode_string
// for their value (so adjacent literals concatenate into one buffer) and
// parses f-strings itself.
#ifndef COPPER_CORE_LEXER_H
#define COPPER_CORE_LEXER_H

#include "obj.h"
#include "print.h"

typedef enum {
    T_ENDMARKER, T_NEWLINE, T_INDENT, T_DEDENT, T_NAME, T_NUMBER, T_STRING, T_ERRORTOKEN,
    // operators and delimiters
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE, T_COLON, T_COMMA, T_SEMI,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_VBAR, T_AMPER, T_LESS, T_GREATER, T_EQUAL,
    T_DOT, T_PERCENT, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL, T_GREATEREQUAL, T_TILDE,
    T_CIRCUMFLEX, T_LEFTSHIFT, T_RIGHTSHIFT, T_DOUBLESTAR, T_PLUSEQUAL, T_MINEQUAL,
    T_STAREQUAL, T_SLASHEQUAL, T_PERCENTEQUAL, T_AMPEREQUAL, T_VBAREQUAL,
    T_CIRCUMFLEXEQUAL, T_LEFTSHIFTEQUAL, T_RIGHTSHIFTEQUAL, T_DOUBLESTAREQUAL,
    T_DOUBLESLASH, T_DOUBLESLASHEQUAL, T_AT, T_ATEQUAL, T_RARROW, T_ELLIPSIS,
    T_COLONEQUAL,
    // keywords (order matters: lexer.c's keyword table follows it)
    T_KW_FIRST,
    T_FALSE = T_KW_FIRST, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC, T_AWAIT,
    T_BREAK, T_CLASS, T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE, T_EXCEPT, T_FINALLY,
    T_FOR, T_FROM, T_GLOBAL, T_IF, T_IMPORT, T_IN, T_IS, T_LAMBDA, T_NONLOCAL, T_NOT,
    T_OR, T_PASS, T_RAISE, T_RETURN, T_TRY, T_WHILE, T_WITH, T_YIELD,
    T__COUNT
} TokKind;

// String token flags.
#define STRF_BYTES 1
#define STRF_RAW 2
#define STRF_FSTRING 4
#define STRF_TRIPLE 8
// NEWLINE token flag: the implicit NEWLINE at the end of eval/single input
// that lacks one (CPython reports errors there at offset 0).
#define TOKF_IMPLICIT_NL 1

typedef struct Token_ {
    uint8_t kind;
    uint8_t flags;            // STRF_* for strings
    uint32_t start, end;      // byte offsets of the token in the source
    uint32_t body;            // strings: offset of the first char after the opening quote(s)
    uint32_t body_end;        // strings: offset of the closing quote(s)
    uint32_t line, col;       // 1-based line, 0-based byte column
    uint32_t end_line, end_col;
    Value value;              // NAME: interned str; NUMBER: int or float
} Token;

// CPython's limits: deeper indentation is an IndentationError, deeper
// brackets a SyntaxError.
#define LEX_MAX_INDENT 100
// end_col value for lex_error_at meaning "end_offset 0" (CPython uses it
// for unclosed brackets and tab errors).
#define LEX_END_ZERO (-100)
#define LEX_MAX_PAREN 200

// An indentation level: its column (tabs to multiples of 8) and its
// column with tabs counted as 1 (the two must agree, or it is a TabError).
typedef struct {
    uint16_t col, alt;
} LexIndent;

// An open bracket and where it is (for the error that it is never closed).
typedef struct {
    uint32_t line, col;
    char kind;                // '(', '[' or '{'
} LexParen;

typedef struct Lexer {
    const char *src;
    uint32_t len;             // end of the text this lexer reads
    uint32_t pos;
    uint32_t line;
    uint32_t line_start;      // offset of the first byte of the current line
    Value filename;
    int16_t indent_top;
    int16_t pending;          // >0: INDENTs to emit, <0: DEDENTs to emit
    int16_t paren_depth;
    bool at_bol;              // at the beginning of a logical line
    bool line_has_tokens;     // the current logical line produced a token
    bool done;                // ENDMARKER returned
    bool saw_indent;          // any INDENT was produced (for the REPL)
    bool fstring_expr;        // lexing an f-string expression (no NEWLINE/INDENT)
    bool exec_input;          // file input: the text counts as newline-terminated
    bool soft_error;          // the last error is one CPython reports only when met by the parser
                              // (indentation, tab, line continuation), not in its look-ahead scan
    const struct Token_ *err_at;  // escape errors point at this token (the parser sets it)
    // The indentation levels above the margin (indents[i] is level i + 1)
    // and the open brackets: heap arrays grown as the text nests, so a
    // lexer on the C stack stays small; NULL until first needed.
    LexIndent *indents;
    LexParen *parens;
    uint16_t indents_cap, parens_cap;
} Lexer;

// Source must stay alive and unmoved while the lexer runs; `len` bytes,
// with '\r' already normalised to '\n'.
void lex_init(Lexer *lx, const char *src, uint32_t len, Value filename);
// Prepares `lx` to read the f-string expression src[start..end) as if it
// were inside parentheses; line/line_start give its position.
void lex_init_sub(Lexer *lx, const char *src, uint32_t start, uint32_t end, uint32_t line,
                  uint32_t line_start, Value filename);
// Reads the next token into *t. May raise SyntaxError (and MemoryError).
void lex_next(Lexer *lx, Token *t);

// Appends the decoded value of a non-f string token's body to `out`
// (UTF-8 text, or raw bytes for b''). May raise SyntaxError for bad escapes.
void lex_decode_string(Lexer *lx, const Token *t, Vstr *out);
// Decodes the escapes of src[start..end) (an f-string literal part) into out.
void lex_decode_range(Lexer *lx, const Token *t, uint32_t start, uint32_t end, Vstr *out);

// Raises SyntaxError (or `type`, a subclass) with CPython's details tuple
// (filename, lineno, offset, text, end_lineno, end_offset). Columns are
// 0-based byte columns; they are turned into 1-based character offsets.
// end_col < 0 is passed through as -1 (CPython does so for some errors);
// end_line 0 means "same as line, end_col = col".
_Noreturn void lex_error_at(const char *src, uint32_t srclen, Value filename, const Type *type,
                            uint32_t line, int32_t col, uint32_t end_line, int32_t end_col,
                            const char *fmt, ...);

// The same, but the details' text keeps the line's newline (CPython's
// parser errors and indentation errors do; its tokenizer errors do not).
_Noreturn void lex_error_nl(const char *src, uint32_t srclen, Value filename, const Type *type,
                            uint32_t line, int32_t col, uint32_t end_line, int32_t end_col,
                            const char *fmt, ...);
// The general form: text_mode is one of LEX_TEXT_*; `prefix` (or NULL)
// starts the message.
// LEX_ARGS_MSG_ONLY may be or-ed in: args is (msg,) and the location
// goes into the attributes only (CPython's symtable errors).
// LEX_TEXT_LINE keeps the line's own newline but adds none (parser errors
// in eval/single input, which CPython does not newline-terminate).
enum { LEX_TEXT_RAW, LEX_TEXT_NL, LEX_TEXT_NONE, LEX_TEXT_LINE, LEX_ARGS_MSG_ONLY = 8 };
_Noreturn void lex_verror_at(const char *src, uint32_t srclen, Value filename, const Type *type,
                             uint32_t line, int32_t col, uint32_t end_line, int32_t end_col,
                             int text_mode, const char *prefix, const char *fmt, va_list ap);

// The code point named `name` (\N{...}), matched case-insensitively;
// false if unknown (lexer_names.c holds a selection of Unicode's names).
bool lex_unicode_lookup(const char *name, size_t len, uint32_t *cp);

// Raises `type` with the details (filename, lineno, offset, text,
// end_lineno, end_offset) given as they are (offsets 1-based).
_Noreturn void lex_raise_details(const Type *type, Value msg, Value filename, uint32_t line, int32_t offset,
                                 Value text, uint32_t end_line, int32_t end_offset);

// Token kind names for messages ("'('", "NAME"), and the keyword text.
const char *lex_token_text(int kind);

#endif
