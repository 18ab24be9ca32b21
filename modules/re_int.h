// Internals shared by the three files of the re module: re_compile.c
// (pattern text -> syntax tree -> compact program), re_exec.c (the
// backtracking matcher that runs a program) and re.c (the module, the
// Pattern and Match types, sub/split/findall).
//
// A program is an array of uint32 words: an opcode followed by its
// operands. Jump operands are offsets relative to the start of the
// instruction that holds them (stored as uint32, read as int32), so a block
// of code can be moved without fixing it up. The matcher keeps "registers"
// in one intptr_t array: the capture slots (2 per group, group 0 included),
// Match.lastindex, then two words per counted loop (iteration count and the
// position where the current iteration started).
#ifndef COPPER_MODULES_RE_INT_H
#define COPPER_MODULES_RE_INT_H

#include "obj.h"
#include "print.h"

// Flag values, as CPython's re.RegexFlag.
#define RE_TEMPLATE 1u
#define RE_IGNORECASE 2u
#define RE_LOCALE 4u
#define RE_MULTILINE 8u
#define RE_DOTALL 16u
#define RE_UNICODE 32u
#define RE_VERBOSE 64u
#define RE_DEBUG 128u
#define RE_ASCII 256u

#define RE_MAXREPEAT 0xFFFFFFFFu   // "no upper bound" in repeat counts
#define RE_MAXGROUPS 0x3FFFFFFFu

enum {
    RE_OP_MATCH,       // success (top level)
    RE_OP_CHAR,        // c
    RE_OP_NCHAR,       // c: any char but c
    RE_OP_CHAR_I,      // c lower upper: case-insensitive (Unicode)
    RE_OP_NCHAR_I,     // c lower upper
    RE_OP_CHAR_IA,     // c(lower): case-insensitive, ASCII folding
    RE_OP_NCHAR_IA,    // c(lower)
    RE_OP_ANY,         // any char but \n
    RE_OP_ANYALL,      // any char
    RE_OP_SET,         // nwords(including this header) flags bitmap[8] nitems items[3*n]
    RE_OP_BOS,         // \A, and ^ without MULTILINE
    RE_OP_MBOL,        // ^ with MULTILINE
    RE_OP_EOL,         // $ without MULTILINE: end, or before a final \n
    RE_OP_MEOL,        // $ with MULTILINE
    RE_OP_EOS,         // \Z
    RE_OP_WORDB,       // unicode(0/1): \b
    RE_OP_NWORDB,      // unicode(0/1): \B
    RE_OP_JMP,         // off
    RE_OP_SPLIT,       // off: continue at next, try pc+off on failure
    RE_OP_SPLIT_J,     // off: continue at pc+off, try next on failure
    RE_OP_SAVE,        // slot
    RE_OP_BACKREF,     // group mode(0 exact, 1 Unicode fold, 2 ASCII fold)
    RE_OP_REP_INIT,    // counter
    RE_OP_REP_TEST,    // counter min max mode exit_off
    RE_OP_REP_END,     // counter loop_off(to the REP_TEST)
    RE_OP_REPS,        // min max mode itemlen <item>: repeat of a one-char item
    RE_OP_LOOK,        // kind(bit0 negative, bit1 behind) width end_off
    RE_OP_LOOK_END,
    RE_OP_ATOMIC,      // end_off
    RE_OP_ATOMIC_END,
    RE_OP_GROUPEXISTS, // group no_off
};

// Repeat modes.
#define RE_GREEDY 0
#define RE_LAZY 1
#define RE_POSSESSIVE 2

// Set flags (RE_OP_SET word 2) and item kinds.
#define RE_SET_NEGATE 1u
#define RE_SET_ICASE 2u      // also try lower(ch) and upper(ch)
#define RE_SET_UNICODE 4u    // categories and folding are Unicode's
#define RE_SETI_RANGE 0u     // lo hi
#define RE_SETI_CAT 1u       // category, 0
#define RE_SET_HDR 11u       // words before the items: op nwords flags bitmap[8]

// Categories (\d \D \s \S \w \W).
enum { RE_CAT_DIGIT, RE_CAT_NOT_DIGIT, RE_CAT_SPACE, RE_CAT_NOT_SPACE, RE_CAT_WORD, RE_CAT_NOT_WORD };

typedef struct {
    uint32_t ncode;       // words of code
    uint32_t ngroups;     // capturing groups, group 0 not counted
    uint32_t ncounters;   // counted loops
    uint32_t nregs;       // registers a match needs (see top)
    int32_t first_char;   // every match starts with this char (case-sensitive), or -1
    bool anchored;        // every match starts at position 0 (\A or ^)
    uint32_t code[];
} ReProg;

// The text a program runs on: one code point per element, either bytes
// (bytes subjects and ASCII strs) or decoded code points (other strs).
typedef struct {
    const uint8_t *b;
    const uint32_t *w;
    size_t len;           // in characters
    bool is_str;
} ReSubject;

// What compiling a pattern produces besides the program.
typedef struct {
    ReProg *prog;
    uint32_t flags;       // the final flags (inline flags added, UNICODE for str)
    Value groupindex;     // dict: name -> group number
    Value indexgroup;     // tuple: group number -> name or None (index 0 unused)
} ReCompiled;

// --- re_compile.c ---

// Compiles `pattern` (a str, or the bytes of a bytes-like pattern when
// is_bytes) with `flags`. Raises re.error (via re_raise_error) for bad
// syntax, ValueError/OverflowError/RecursionError as CPython. May allocate.
void re_compile_pattern(Value pattern, bool is_bytes, const uint8_t *data, size_t len,
                        uint32_t flags, ReCompiled *out);
// A parsed replacement template (CPython's parse_template): literal runs
// and group references. kind 0: literal text lit.buf[a .. a+b); kind 1:
// group a.
typedef struct {
    Vstr lit;            // literal text, UTF-8 for str templates
    intptr_t *ops;       // triples kind, a, b
    size_t nops, cap;
} ReTemplate;
// Parses a replacement template (a str, or bytes when is_bytes) for a
// pattern with `ngroups` groups. Raises re.error/IndexError as CPython.
void re_parse_template(Value repl, bool is_bytes, const uint8_t *data, size_t len,
                       uint32_t ngroups, Value groupindex, ReTemplate *t);
// Decodes a str into code points (no-scan GC block) and returns the count.
uint32_t *re_decode_str(Value str, size_t *n);

// --- re_exec.c ---

enum { RE_MODE_MATCH, RE_MODE_SEARCH, RE_MODE_FULL };

// Looks for a match of `prog` in s[pos:endpos] (pos <= endpos <= s->len):
// anchored at pos (MATCH), anywhere (SEARCH), or spanning pos..endpos
// (FULL). must_advance: an empty match at pos is not accepted (the rule
// findall/sub/split use after an empty match). On success, regs (nregs
// words) holds the capture slots (-1 for unset) and lastindex. Raises
// RuntimeError when the backtracking budget is exhausted. May allocate.
bool re_exec(const ReProg *prog, const ReSubject *s, intptr_t pos, intptr_t endpos, int mode,
             bool must_advance, intptr_t *regs);

// Character classes shared by the compiler (set bitmaps) and the matcher.
bool re_is_word(uint32_t ch, bool unicode);
bool re_category(uint32_t cat, uint32_t ch, bool unicode);
uint32_t re_lower(uint32_t ch, bool unicode);
uint32_t re_upper(uint32_t ch, bool unicode);
// Whether ch is in the set whose data starts at set[0] (the RE_OP_SET word).
bool re_set_contains(const uint32_t *set, uint32_t ch);

// --- re.c ---

// Raises re.error(msg, pattern, pos); pos < 0: no position.
_Noreturn void re_raise_error(Value msg, Value pattern, intptr_t pos);

#endif
