// Growable byte buffers (Vstr) on the GC heap and the core's one printf:
// vstr_printf renders C values and Python values into a buffer. There is
// no libc printf in the core.
#ifndef COPPER_CORE_PRINT_H
#define COPPER_CORE_PRINT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "value.h"

typedef struct {
    char *buf;          // GC block (no-scan), not NUL-terminated until vstr_cstr
    size_t len;
    size_t alloc;
} Vstr;

void vstr_init(Vstr *v, size_t capacity);            // may raise (allocates)
void vstr_add_byte(Vstr *v, char c);
void vstr_add_bytes(Vstr *v, const char *data, size_t len);
void vstr_add_cstr(Vstr *v, const char *s);
void vstr_add_codepoint(Vstr *v, uint32_t cp);       // UTF-8 encoded
void vstr_add_value_str(Vstr *v, Value s);           // appends the bytes of a str
void vstr_printf(Vstr *v, const char *fmt, ...);
void vstr_vprintf(Vstr *v, const char *fmt, va_list ap);
const char *vstr_cstr(Vstr *v);                      // NUL-terminates in place
Value vstr_to_str(Vstr *v);                          // new str with the contents
Value vstr_to_bytes(Vstr *v);
// Format into a new str: str_printf("%d items", n). May raise.
Value str_printf(const char *fmt, ...);
// Small helpers for number rendering without libc.
size_t fmt_uint(char *out, uint64_t u, unsigned base, bool upper);   // returns length, no NUL
size_t fmt_int(char *out, int64_t i);

#endif
