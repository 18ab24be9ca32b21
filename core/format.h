// The format-spec mini-language (format(), str.format, f-strings) for int,
// bool, float and str values, and the number conversions of %-formatting.
// Everything returns a new str and may raise (ValueError/TypeError with
// CPython 3.11's messages, MemoryError).
//
// Who calls what:
// - int.__format__ / float.__format__ (obj_int.c, obj_float.c) call
//   format_int_spec / format_float_spec with the spec's UTF-8 bytes.
// - str.__format__ (obj_str.c) calls format_str_spec.
// - `%` formatting (obj_str.c, also bytes %) calls format_percent_number
//   for the numeric conversions d i u o x X e E f F g G; it handles %s %r
//   %a %c itself.
#ifndef COPPER_CORE_FORMAT_H
#define COPPER_CORE_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "print.h"
#include "value.h"

// A parsed spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
typedef struct {
    uint32_t fill;      // code point; ' ' when not given
    char align;         // 0 (not given), '<', '>', '=', '^'
    char sign;          // 0 (not given), '+', '-', ' '
    bool no_neg_zero;   // 'z'
    bool alt;           // '#'
    bool fill_given;    // fill character was explicit
    bool zero;          // '0' before width
    intptr_t width;     // -1 when not given
    char grouping;      // 0, ',' or '_'
    intptr_t prec;      // -1 when not given
    char type;          // 0 when not given, else the type character
} FormatSpec;

// Parses `spec` (UTF-8, len bytes) as CPython's
// parse_internal_render_format_spec: `default_type` is 'd' for ints, 0 for
// floats, 's' for str; `default_align` '>' for numbers, '<' for str;
// `type_name` names the value's type in "Invalid format specifier 'xx'
// for object of type 'int'". Raises ValueError with 3.11's parse-time
// messages; type-dependent checks are done by the format_*_spec functions.
void format_parse_spec(const char *spec, size_t len, char default_type, char default_align,
                       const char *type_name, FormatSpec *out);

// format(v, spec) for int and bool values (v: small int, bignum or bool).
Value format_int_spec(Value v, const char *spec, size_t len);
// format(v, spec) for float values (v: float object).
Value format_float_spec(Value v, const char *spec, size_t len);
// format(s, spec) for a str value s.
Value format_str_spec(Value s, const char *spec, size_t len);

// CPython's PyOS_double_to_string: appends d formatted with `code` (one of
// e E f F g G r; 'r' is repr: shortest round-trip digits, prec unused) and
// `prec` digits, as ASCII, to `out`. flags: FMT_DTSF_* below.
#define FMT_DTSF_SIGN 0x01       // always write a sign
#define FMT_DTSF_ADD_DOT_0 0x02  // integral values get ".0" (repr)
#define FMT_DTSF_ALT 0x04        // '#': keep the point and trailing zeros
#define FMT_DTSF_NO_NEG_0 0x08   // 'z': negative zero (after rounding) prints unsigned
void format_double(Vstr *out, double d, char code, int prec, unsigned flags);

// Pads `body` (UTF-8, `body_chars` code points) to `width` with `fill`
// according to `align` ('<', '>', '^'); returns a new str.
Value format_pad(const char *body, size_t body_len, size_t body_chars, intptr_t width,
                 char align, uint32_t fill);

// %-formatting of one number: conv is one of d i u o x X e E f F g G.
// flags: bitwise or of the FMT_F_* values below; width/prec: -1 when not
// given. `v` is the argument as given: for d/i/u it may be an int, bool,
// float (truncated) or an object with __int__/__index__; for o/x/X it must
// be an int (or have __index__); for e/f/g an int, float or object with
// __float__. Raises TypeError with CPython's messages ("%d format: a real
// number is required, not str", "%x format: an integer is required, not
// float", "must be real number, not str"). Returns the padded str.
#define FMT_F_LEFT  0x01    // '-'
#define FMT_F_PLUS  0x02    // '+'
#define FMT_F_SPACE 0x04    // ' '
#define FMT_F_ALT   0x08    // '#'
#define FMT_F_ZERO  0x10    // '0'
Value format_percent_number(Value v, char conv, unsigned flags, intptr_t width, intptr_t prec);

#endif
