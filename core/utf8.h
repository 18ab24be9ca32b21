// UTF-8 encoding and decoding, and the small Unicode character database the
// str type needs (classification and case mapping). Strings are stored as
// UTF-8 (obj.h StrObj); these helpers walk them by code point.
//
// Character data is exact for U+0000..U+058F and U+1E00..U+1EFF (Latin,
// IPA, Greek, Cyrillic, Armenian, Latin Extended Additional) and for the
// decimal digits of every script; elsewhere classification uses a coarse
// table of the large scripts (CJK, kana, Hangul, ...) and case mapping is
// the identity. This keeps the tables to a few KB of flash.
#ifndef COPPER_CORE_UTF8_H
#define COPPER_CORE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// True for a UTF-8 continuation byte (10xxxxxx).
static inline bool utf8_is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

// Decodes the code point at p (valid UTF-8 assumed); *n gets its byte length.
static inline uint32_t utf8_get(const uint8_t *p, size_t *n) {
    uint8_t b = p[0];
    if (b < 0x80) {
        *n = 1;
        return b;
    }
    if (b < 0xE0) {
        *n = 2;
        return ((uint32_t)(b & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (b < 0xF0) {
        *n = 3;
        return ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

// Decodes the code point that ends just before `end` (start of data at
// `start`); *n gets its byte length.
uint32_t utf8_get_prev(const uint8_t *start, const uint8_t *end, size_t *n);

// Writes the UTF-8 form of cp (< 0x110000) to out; returns 1..4.
size_t utf8_encode(uint32_t cp, char *out);
// Byte length of cp's UTF-8 form.
static inline size_t utf8_cp_len(uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
// Number of code points in valid UTF-8 data.
size_t utf8_count(const char *s, size_t len);
// Byte offset of code point number `idx` (idx <= number of code points).
size_t utf8_offset(const char *s, size_t len, size_t idx);

// Strict validation as CPython's UTF-8 decoder does it (no overlongs, no
// surrogates, nothing above U+10FFFF). Returns the length of the valid
// prefix; when that is < len, *err_end gets the end of the bad sequence
// (its maximal valid subpart, at least one byte) and *reason the message
// CPython uses ("invalid start byte", "invalid continuation byte",
// "unexpected end of data").
size_t utf8_valid_prefix(const uint8_t *s, size_t len, size_t *err_end, const char **reason);

// --- classification (str.isX methods, split, repr) ----------------------
bool utf8_isspace(uint32_t cp);
bool utf8_isalpha(uint32_t cp);
bool utf8_isdecimal(uint32_t cp);
bool utf8_isdigit(uint32_t cp);
bool utf8_isnumeric(uint32_t cp);
bool utf8_isalnum(uint32_t cp);
bool utf8_isupper(uint32_t cp);
bool utf8_islower(uint32_t cp);
bool utf8_istitle(uint32_t cp);      // titlecase letters (Lt), e.g. U+01C5
bool utf8_iscased(uint32_t cp);      // upper, lower or title
bool utf8_isprintable(uint32_t cp);
bool utf8_islinebreak(uint32_t cp);  // str.splitlines boundaries
bool utf8_isidstart(uint32_t cp);
bool utf8_isidcontinue(uint32_t cp);
// Value 0..9 of a decimal digit of any script, -1 if cp is not one.
int utf8_decimal_value(uint32_t cp);

// --- case mapping ---------------------------------------------------------
// Each writes the mapping of cp (1..3 code points) to out and returns the
// count; the multi-code-point results are CPython's special casings (e.g.
// U+00DF upper -> "SS").
#define UTF8_CASE_UPPER 0
#define UTF8_CASE_LOWER 1
#define UTF8_CASE_TITLE 2
#define UTF8_CASE_FOLD 3
size_t utf8_case_map(uint32_t cp, int kind, uint32_t out[3]);
// Single code point mappings (multi-code-point cases map to themselves).
uint32_t utf8_toupper(uint32_t cp);
uint32_t utf8_tolower(uint32_t cp);

#endif
