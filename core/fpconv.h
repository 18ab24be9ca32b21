// Conversions between doubles and decimal text, exact and without libc:
// correctly rounded parsing, the shortest digits that round-trip (repr),
// and exactly rounded fixed/significant-digit output (format, %-format,
// round()). Digits are returned as ASCII '0'..'9' without sign, point or
// exponent: the value is 0.DIGITS * 10**decpt. Layout (where the point and
// exponent go) is format.c's job.
#ifndef COPPER_CORE_FPCONV_H
#define COPPER_CORE_FPCONV_H

#include <stdbool.h>
#include <stddef.h>

// Enough for every exactly rounded digit string of a double (the exact
// decimal expansion of a double has at most 767 significant digits).
#define FPCONV_MAX_DIGITS 800

// Shortest digits that read back as d (d finite, > 0); buf: >= 20 bytes.
// Returns the digit count (trailing zeros stripped).
int fpconv_shortest(double d, char *buf, int *decpt);
// d (finite, > 0) rounded half-even on its exact value to `ndigits`
// digits after the decimal point (negative: to tens, hundreds, ...).
// buf: FPCONV_MAX_DIGITS bytes. Returns the digit count, trailing zeros
// stripped; 0 when the result is zero (then *decpt is -ndigits).
int fpconv_fixed(double d, int ndigits, char *buf, int *decpt);
// d (finite, > 0) rounded half-even to `nsig` >= 1 significant digits.
int fpconv_precision(double d, int nsig, char *buf, int *decpt);
// Upper bound on the digits fpconv_fixed (fixed) or fpconv_precision
// writes for these arguments, so callers can use a small stack buffer in
// the common case and allocate FPCONV_MAX_DIGITS only when needed.
int fpconv_digits_bound(double d, bool fixed, int n);
// Parses [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits],
// exactly that and nothing else (no spaces, underscores, inf or nan), to
// the correctly rounded double (overflow gives inf, underflow 0). Returns
// false when the text is not of that form. May raise MemoryError.
bool fpconv_parse(const char *s, size_t len, double *out);
// CPython's first step for int()/float() of a str: copies UTF-8 text to
// ASCII, mapping Unicode decimal digits to '0'..'9', Unicode whitespace to
// ' ' and any other non-ASCII character to '?'. `out` needs len bytes.
// Returns the length written.
size_t fpconv_ascii_numeric(const char *s, size_t len, char *out);

#endif
