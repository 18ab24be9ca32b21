// Source text to code objects: lexer.c -> parser.c (AST in an arena) ->
// compile.c (scopes, bytecode). The arena is released when compile returns.
#ifndef COPPER_CORE_COMPILE_H
#define COPPER_CORE_COMPILE_H

#include "obj.h"

typedef enum {
    COMPILE_FILE,     // a module: statements
    COMPILE_EVAL,     // eval(): one expression; the code returns its value
    COMPILE_SINGLE,   // REPL line: statements; expression statements use PRINT_EXPR
} CompileMode;

// Compiles `src` (UTF-8, len bytes) to a CodeObj Value. Raises SyntaxError
// (or IndentationError/TabError) with msg, filename, lineno, offset, text
// set as CPython does. May raise MemoryError, RecursionError (nesting too deep).
Value compile_source(const char *src, size_t len, Value filename, CompileMode mode);

// For the REPL: true if `src` is an incomplete statement that needs more
// lines (open brackets, a trailing ':' block, unterminated triple quote).
bool compile_is_incomplete(const char *src, size_t len);

#endif
