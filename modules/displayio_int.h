// Internals shared by the files of the displayio module (displayio_*.c):
// the layouts of Group, TileGrid, ColorConverter and OnDiskBitmap, and the
// helpers they have in common. Other modules use displayio.h only.
#ifndef COPPER_MODULES_DISPLAYIO_INT_H
#define COPPER_MODULES_DISPLAYIO_INT_H

#include "displayio.h"

// --- layers ----------------------------------------------------------------------

typedef struct {
    DispLayer layer;
    Value children;        // list of the layers as given (a Label stays a Label)
    int32_t x, y;          // in the parent's pixels
    int32_t scale;
    DispArea removed;      // where layers removed since the last refresh were drawn
    bool moved;            // x, y or scale changed since the last refresh
} GroupObj;

typedef struct {
    DispLayer layer;
    Value bitmap;          // Bitmap or OnDiskBitmap, as given
    Value pixel_shader;    // Palette or ColorConverter, as given
    int32_t x, y;          // in the parent's pixels
    uint16_t width, height;             // in tiles
    uint16_t tile_width, tile_height;   // in bitmap pixels
    uint16_t bitmap_width_in_tiles;
    uint32_t tiles_in_bitmap;
    void *tiles;           // width * height tile numbers, row by row: uint8_t
                           // when tiles_in_bitmap <= 256, else uint16_t
    bool wide_tiles;       // tiles holds uint16_t
    bool inited;           // false in a subclass before TileGrid.__init__ ran
    bool flip_x, flip_y, transpose_xy;
    bool full_change;      // flips, shader or bitmap changed since the last refresh
    DispArea changed_tiles;  // grid pixels (before flips) of tiles set since then
} TileGridObj;

// The instance of `cls`, a Python subclass of `base`, whose built-in part is
// `native`: the __new__ that Group and TileGrid give their subclasses (the
// native part gets its arguments later, from __init__). TypeError when cls
// is not such a subclass.
Value disp_subclass_instance(Value cls, const Type *base, Value native);
// __init_subclass__ of Group and TileGrid: gives the new class `new_fn` (a
// staticmethod calling disp_subclass_instance) as its __new__, unless a
// Python class it derives from has one of its own.
void disp_subclass_setup(Value cls, Value new_fn);

// --- pixel sources and shaders ------------------------------------------------------

// displayio.Colorspace members, in CircuitPython's order.
typedef enum {
    DISP_CS_RGB888, DISP_CS_RGB565, DISP_CS_RGB565_SWAPPED, DISP_CS_RGB555, DISP_CS_RGB555_SWAPPED,
    DISP_CS_BGR565, DISP_CS_BGR565_SWAPPED, DISP_CS_BGR555, DISP_CS_BGR555_SWAPPED, DISP_CS_L8,
    DISP_CS_COUNT
} DispColorspaceId;

// The Colorspace member v stands for; TypeError naming `argname` otherwise.
DispColorspaceId disp_colorspace_arg(Value v, const char *argname);

typedef struct {
    Obj base;
    uint8_t colorspace;    // DispColorspaceId of the values it converts
    bool dither;
    bool has_transparent;
    bool changed;          // transparency changed since the last refresh
    uint32_t transparent;  // the input value drawn as transparent
} ColorConverterObj;

// A value in `cs` as 0x00RRGGBB.
uint32_t disp_colorspace_to_rgb888(DispColorspaceId cs, uint32_t value);

typedef struct {
    Obj base;
    Value path;            // str: the file is opened by name when read
    Value pixel_shader;    // Palette (indexed files) or ColorConverter
    uint16_t width, height;
    bool top_down;         // rows stored top row first (negative height)
    uint8_t bits;          // per pixel in the file: 1, 2, 4, 8, 16, 24 or 32
    uint32_t data_offset;  // of the pixel rows in the file
    uint32_t stride;       // bytes per row in the file
    uint32_t masks[3];     // 16 and 32 bits: the red, green and blue bitfields,
    uint8_t mask_shift[3]; // where each starts
    uint8_t mask_bits[3];  // and how wide it is
    int fd;                // open from the first read until the refresh ends; -1
    int32_t cached_row;    // the file row held in `row`, -1 for none
    uint8_t *row;          // stride bytes
} OnDiskBitmapObj;

// The value at (x, y), in range: a palette index, or 0x00RRGGBB.
uint32_t disp_ondiskbitmap_get(OnDiskBitmapObj *b, int x, int y);
// Closes the file until the next read (end of a refresh).
void disp_ondiskbitmap_close(OnDiskBitmapObj *b);

// --- areas ---------------------------------------------------------------------------

// The rectangle [x1, x2) x [y1, y2) clamped to the coordinates an area holds.
DispArea disp_area_clamped(int64_t x1, int64_t y1, int64_t x2, int64_t y2);
bool disp_area_equal(const DispArea *a, const DispArea *b);

// --- properties ----------------------------------------------------------------------

#define DISP_GETTER(cname, getter) \
    static const PropertyObj cname = {{&property_type}, OBJ_VAL(&getter), VAL_NONE, VAL_NONE, VAL_NONE}
#define DISP_GETSET(cname, getter, setter) \
    static const PropertyObj cname = {{&property_type}, OBJ_VAL(&getter), OBJ_VAL(&setter), VAL_NONE, VAL_NONE}

#endif
