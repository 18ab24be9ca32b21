// Drawing a display's areas (display_render.c, for busdisplay.c): the root
// layer composes each chunk in displayio's logical coordinates, then the
// chunk is turned to the panel's orientation (the display's rotation) and
// packed into the panel's pixel format, as CircuitPython packs it. Chunks
// hold at most DISP_CHUNK_PIXELS pixels on the C stack, so drawing needs
// no heap whatever the size of the area.
#ifndef COPPER_MODULES_DISPLAY_RENDER_H
#define COPPER_MODULES_DISPLAY_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "displayio.h"

// How the panel wants its pixels.
typedef struct {
    uint8_t depth;                  // bits per pixel: 1, 2, 4, 8, 16, 24 or 32
    bool grayscale;                 // depth <= 8: levels of luma (else RGB332 at 8, RGBD at 4)
    bool pixels_in_byte_share_row;  // depth < 8: a byte holds pixels of one row, else of one
                                    // column (8 vertical pixels: the SSD1306's pages)
    bool reverse_pixels_in_byte;    // depth < 8: the first pixel in the high bits
    bool reverse_bytes_in_word;     // depth 16: the high byte first
} DispColorspace;

typedef struct {
    DispColorspace cs;
    uint16_t width, height;   // logical size, after rotation (BusDisplay.width/height)
    uint16_t rotation;        // 0, 90, 180 or 270 degrees clockwise
    bool page_chunks;         // SH1107 addressing: chunks are one 8-row page tall
} DispPanel;

// Receives one chunk: its rectangle in panel coordinates (before
// colstart/rowstart) and its bytes in the order the panel's RAM takes them.
typedef void (*DispChunkSink)(void *ctx, const DispArea *panel_area, const uint8_t *bytes, size_t len);

// Draws `area` (logical coordinates; clipped to the display, then widened
// to whole bytes of the panel) of the layer `root` (VAL_NONE: black) chunk
// by chunk into `sink`.
void disp_render_area(const DispPanel *p, Value root, const DispArea *area, DispChunkSink sink, void *ctx);

// The bytes one logical row takes in the panel's format (depth 8 or 16).
size_t disp_row_bytes(const DispPanel *p);
// Composes logical row y into `out` (disp_row_bytes long) in the panel's
// format, left to right (BusDisplay.fill_row).
void disp_render_row(const DispPanel *p, Value root, int y, uint8_t *out);

#endif
