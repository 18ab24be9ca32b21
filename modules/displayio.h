// The display stack's internal contract. displayio's objects (Bitmap,
// Palette, ColorConverter, Group, TileGrid, OnDiskBitmap), the layers
// other modules add (vectorio shapes) and the displays that show them
// (busdisplay.BusDisplay, the board's DISPLAY) meet here.
//
// How a frame is drawn: a display keeps a list of dirty areas. On refresh
// it asks its root group for the areas that changed (layer_add_dirty over
// the tree), then renders each area in chunks: the root group's fill_area
// composes the chunk top layer first, with a mask of pixels already drawn,
// so each pixel is computed once however many layers overlap. Finally
// layer_finish_refresh tells every layer what is now on screen. Rendering
// work is proportional to the dirty area, not to the screen.
//
// Coordinates here are the display's logical pixels (after its rotation,
// which the display applies when it sends a chunk to the panel).
#ifndef COPPER_MODULES_DISPLAYIO_H
#define COPPER_MODULES_DISPLAYIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "obj.h"

// --- areas -------------------------------------------------------------------

// A rectangle [x1, x2) x [y1, y2); empty when x1 >= x2 or y1 >= y2.
typedef struct {
    int16_t x1, y1, x2, y2;
} DispArea;

bool disp_area_empty(const DispArea *a);
// The overlap of a and b in *out; false (and *out empty) when none.
bool disp_area_intersect(const DispArea *a, const DispArea *b, DispArea *out);
// *acc grows to cover b (an empty acc becomes b; an empty b changes nothing).
void disp_area_union(DispArea *acc, const DispArea *b);

// The areas a display must redraw. Adding an area that overlaps one
// already listed merges them; when the list is full, the new area merges
// with the one whose union grows least.
#define DISP_DIRTY_MAX 16
typedef struct {
    DispArea areas[DISP_DIRTY_MAX];
    uint8_t count;
} DispDirty;
void disp_dirty_add(DispDirty *d, const DispArea *a);   // empty areas are ignored

// --- layers ------------------------------------------------------------------

// Where a layer sits on the display: its parent groups' absolute position
// and their product of integer scales. A child at (x, y) in a group with
// transform t is drawn at (t.x + x * t.scale, t.y + y * t.scale), each of
// its pixels t.scale display pixels square.
typedef struct {
    int32_t x, y;
    int32_t scale;
} DispTransform;

// One chunk being rendered: `area` in display coordinates, `pixels` its
// colours row by row (0x00RRGGBB), `mask` one bit per pixel (bit i of
// mask[i / 32]) set once a layer has drawn that pixel opaque.
typedef struct {
    DispArea area;
    uint32_t *pixels;
    uint32_t *mask;
} DispChunk;

static inline bool disp_chunk_masked(const DispChunk *c, size_t i) { return (c->mask[i >> 5] >> (i & 31)) & 1; }
static inline void disp_chunk_set(DispChunk *c, size_t i, uint32_t rgb) {
    c->pixels[i] = rgb;
    c->mask[i >> 5] |= 1u << (i & 31);
}

// What every drawable type implements.
typedef struct {
    // Draws the layer's opaque pixels into the chunk where the mask is
    // still clear, setting the mask bit of each pixel drawn. Returns true
    // when every pixel of the chunk is now masked (lower layers are skipped).
    bool (*fill_area)(Value layer, const DispTransform *t, DispChunk *chunk);
    // Adds to `dirty` what changed on screen since the last finish_refresh:
    // the area the layer covered then (if it moved, changed or was hidden)
    // and the area it covers now, or only the changed part (a TileGrid
    // whose one tile changed adds that tile). `full` forces the whole
    // current and previous area (a parent moved or was shown).
    void (*add_dirty)(Value layer, const DispTransform *t, bool full, DispDirty *dirty);
    // The frame is on screen: remember the current area as drawn, clear
    // change flags (also of the bitmaps and palettes the layer uses).
    void (*finish_refresh)(Value layer, const DispTransform *t);
} DispLayerOps;

// Every layer object starts with this head (after obj_native unwraps a
// Python subclass such as adafruit_display_text's Label, a Group).
typedef struct {
    Obj base;
    const DispLayerOps *ops;
    bool in_group;        // a layer belongs to at most one group or display
    bool hidden;
    bool hidden_changed;  // shown or hidden since the last refresh
    bool drawn;           // `drawn_area` is on screen; displayio clears it when the
                          // layer leaves the screen (removed from its group, its
                          // group hidden, released by its display), so add_dirty
                          // then adds the whole current area
    DispArea drawn_area;  // where it was drawn by the last refresh
} DispLayer;

// The layer behind a Group, TileGrid or vectorio shape (or a Python
// subclass of one); NULL for anything else.
DispLayer *disp_layer(Value v);
// The same, raising ValueError("Layer must be a Group or TileGrid
// subclass") for anything else (CircuitPython's type and text).
DispLayer *disp_layer_arg(Value v);
// Calls through the layer's ops (no-ops for a NULL layer).
bool disp_layer_fill_area(Value layer, const DispTransform *t, DispChunk *chunk);
void disp_layer_add_dirty(Value layer, const DispTransform *t, bool full, DispDirty *dirty);
void disp_layer_finish_refresh(Value layer, const DispTransform *t);
// Marks a layer as belonging to a group or display: ValueError("Layer
// already in a group") when it already does.
void disp_layer_claim(DispLayer *l);
void disp_layer_release(DispLayer *l);

// --- pixel sources and shaders ----------------------------------------------

extern const Type displayio_bitmap_type, displayio_palette_type, displayio_colorconverter_type,
    displayio_ondiskbitmap_type, displayio_group_type, displayio_tilegrid_type, displayio_colorspace_type;

// displayio.Bitmap: values of 1, 2, 4, 8, 16 or 32 bits, packed as
// CircuitPython packs them (its buffer protocol exposes the same bytes):
// each row starts on a 32-bit word; values of 8 bits and more are an array
// of uint8/16/32 in the CPU's byte order; smaller ones fill bytes from the
// most significant bit, so pixel x of a 1-bit row is bit 7 - x % 8 of byte
// x / 8 (current CircuitPython; older releases packed whole words).
typedef struct {
    Obj base;
    uint16_t width, height;
    uint8_t bits;           // bits per value
    bool read_only;
    bool deinited;          // deinit() called: Python access raises
    uint32_t stride;        // 32-bit words per row
    uint32_t *data;
    uint32_t value_mask;    // (1 << bits) - 1
    DispArea dirty;         // changed since the last finish_refresh
} BitmapObj;

// The Bitmap behind v (or a subclass); TypeError naming `argname` otherwise.
BitmapObj *disp_bitmap_arg(Value v, const char *argname);
// The value at (x, y), both in range. Inline: the renderer calls it per pixel.
static inline uint32_t disp_bitmap_get(const BitmapObj *b, int x, int y) {
    const uint8_t *row = (const uint8_t *)(b->data + (uint32_t)y * b->stride);
    if (b->bits == 8) {
        return row[x];
    }
    if (b->bits == 16) {
        uint16_t v;
        memcpy(&v, row + 2 * (uint32_t)x, sizeof(v));
        return v;
    }
    if (b->bits == 32) {
        uint32_t v;
        memcpy(&v, row + 4 * (uint32_t)x, sizeof(v));
        return v;
    }
    uint32_t bit = (uint32_t)x * b->bits;
    return (uint32_t)(row[bit >> 3] >> (8 - b->bits - (bit & 7))) & b->value_mask;
}
void disp_bitmap_set(BitmapObj *b, int x, int y, uint32_t v); // marks dirty
// Grows the bitmap's dirty area (after writing through data directly).
void disp_bitmap_mark_dirty(BitmapObj *b, const DispArea *a);
// A new w x h Bitmap of `value_count` possible values (Bitmap(w, h, n)).
BitmapObj *disp_bitmap_new(int width, int height, uint32_t value_count);
// The buffer protocol for Bitmaps (obj_get_buffer): false if v is none,
// and for read-only ones (the protocol has no read-only buffers, and the
// built-in font's data is in flash).
bool disp_bitmap_get_buffer(Value v, const uint8_t **data, size_t *len);

// A TileGrid's bitmap: Bitmap or OnDiskBitmap. Its size, and the raw
// value at (x, y) (a palette index, or a colour for a ColorConverter).
bool disp_source_size(Value src, int *width, int *height);   // false: not a source
uint32_t disp_source_get(Value src, int x, int y);
bool disp_source_changed(Value src, DispArea *changed);      // dirty part, if any
void disp_source_finish_refresh(Value src);

// A pixel shader (Palette or ColorConverter): the colour of a value,
// 0x00RRGGBB; false when the value is transparent.
bool disp_shade(Value shader, uint32_t value, uint32_t *rgb);
bool disp_is_shader(Value v);
bool disp_shader_changed(Value shader);   // palette edited since finish
void disp_shader_finish_refresh(Value shader);

// 0x00RRGGBB packed as RGB565 (ColorConverter.convert, 16-bit panels).
static inline uint32_t disp_rgb565(uint32_t rgb) {
    return ((rgb >> 8) & 0xf800) | ((rgb >> 5) & 0x07e0) | ((rgb >> 3) & 0x001f);
}

// displayio.Palette(n): colours 0x00RRGGBB with a transparency flag each.
typedef struct {
    Obj base;
    uint32_t count;
    uint32_t *colors;
    uint8_t *transparent;   // one flag per colour
    bool dither;
    bool changed;
} PaletteObj;

// --- displays ------------------------------------------------------------------

// busdisplay (modules/display*.c): deinitialises every display made by the
// program and releases its bus and pins (displayio.release_displays(), and
// a soft reload). board.DISPLAY is built again when next used.
void disp_release_displays(void);
// A program's end (CircuitPython's reset_displays): board.DISPLAY, when the
// program used it or the board built it, stays and shows the console again
// with auto-refresh on, so the last lines, "Press any key" and the REPL
// reach it; every other display is released. Returns true when
// board.DISPLAY stays: its pins (HalDisplay) are still in use.
bool disp_reset_displays(void);
// Sends what an auto-refreshing display has not shown yet, now. The port
// calls it when the program ends: CircuitPython keeps refreshing after
// code.py, so the last frame and the last console lines reach the screen.
void disp_refresh_pending(void);
// Builds board.DISPLAY before the program starts, as a board does at
// boot, so the console shows on it from the first line; errors are
// dropped (the program meets them again when it uses board.DISPLAY).
void disp_start_board_display(void);

#endif
