// Writing images as PNG files (libpng): the simulated displays save what
// they show (--screen, --snapshot).
#ifndef COPPER_PORTS_UNIX_PNG_WRITE_H
#define COPPER_PORTS_UNIX_PNG_WRITE_H

#include <stdbool.h>
#include <stdint.h>

// Writes an 8-bit RGB image (`width * height` R, G, B triples, rows top to
// bottom); false when the file can't be written. The same pixels always
// give the same bytes (no time stamp or other varying chunk).
bool png_write_rgb(const char *path, const uint8_t *pixels, uint32_t width, uint32_t height);

#endif
