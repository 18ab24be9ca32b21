// Writing images as PNG files (libpng): the SSD1306 simulation saves what
// the display shows.
#ifndef COPPER_PORTS_UNIX_PNG_WRITE_H
#define COPPER_PORTS_UNIX_PNG_WRITE_H

#include <stdbool.h>
#include <stdint.h>

// Writes an 8-bit greyscale image (`width * height` bytes, rows top to
// bottom); false (with errno-style failure) when the file can't be written.
bool png_write_gray(const char *path, const uint8_t *pixels, uint32_t width, uint32_t height);

#endif
