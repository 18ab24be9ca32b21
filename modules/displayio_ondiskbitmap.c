// displayio.OnDiskBitmap: a BMP file on the drive used as a TileGrid's
// bitmap without loading it: 1, 2, 4 and 8-bit files with their palette
// (the pixel_shader is a Palette of the file's colours), 16-bit ones (5:5:5,
// or the bitfields the file gives, such as 5:6:5), 24 and 32-bit ones (the
// pixel_shader is a ColorConverter and values are 0xRRGGBB). Uncompressed
// or bitfield files only, as CircuitPython.
//
// The file is opened by name while a refresh reads it (and closed when
// the refresh ends), one row at a time: the object keeps only that row.
#include "displayio_int.h"
#include "gc.h"
#include "hal.h"
#include "nlr.h"
#include "obj_file.h"
#include "vm_raise.h"

enum {
    FILE_HEADER = 14,          // "BM", file size, reserved, pixel data offset
    CORE_HEADER = 12,          // BITMAPCOREHEADER: 16-bit sizes, RGB palette
    INFO_HEADER = 40,          // BITMAPINFOHEADER and its V4 (108), V5 (124) successors
    MASKS_AT = FILE_HEADER + INFO_HEADER,   // where bitfields are (after an info header, or in V4/V5)
    HEADER_MAX = FILE_HEADER + 124,
    BI_RGB = 0,
    BI_BITFIELDS = 3,
};

static uint32_t u16_at(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t u32_at(const uint8_t *p) { return u16_at(p) | u16_at(p + 2) << 16; }

_Noreturn static void invalid_file(void) { vm_raise(&exc_ValueError_type, "Invalid file"); }

// Reads exactly len bytes at pos: false when the file is shorter.
static bool read_at(int fd, uint32_t pos, void *buf, size_t len) {
    return hal_file_seek(fd, (long)pos, 0) == (long)pos && hal_file_read(fd, buf, len) == (long)len;
}

static void set_mask(OnDiskBitmapObj *b, int i, uint32_t mask) {
    uint8_t shift = 0, bits = 0;
    while (mask != 0 && ((mask >> shift) & 1) == 0) {
        shift++;
    }
    while (shift + bits < 32 && ((mask >> (shift + bits)) & 1) != 0) {
        bits++;
    }
    b->masks[i] = mask;
    b->mask_shift[i] = shift;
    b->mask_bits[i] = bits;
}

// The indexed file's colours as a Palette.
static Value read_palette(int fd, uint32_t header_size, uint32_t colors_used, uint8_t bits) {
    uint32_t count = 1u << bits;
    if (colors_used != 0 && colors_used < count) {
        count = colors_used;
    }
    uint32_t entry = header_size == CORE_HEADER ? 3 : 4;   // BGR or BGR + pad
    uint8_t raw[256 * 4];
    if (!read_at(fd, FILE_HEADER + header_size, raw, count * entry)) {
        vm_raise(&exc_ValueError_type, "Unable to read color palette data");
    }
    Value palette = obj_call1(OBJ_VAL(&displayio_palette_type), val_from_small_int((intptr_t)count));
    PaletteObj *p = (PaletteObj *)VAL_OBJ(palette);
    for (uint32_t i = 0; i < count; i++) {
        const uint8_t *e = raw + i * entry;
        p->colors[i] = (uint32_t)e[2] << 16 | (uint32_t)e[1] << 8 | e[0];
    }
    return palette;
}

// Parses the headers of the file at fd into b (ValueError as CircuitPython
// for files it cannot show).
static void parse_bmp(int fd, OnDiskBitmapObj *b) {
    uint8_t h[HEADER_MAX];
    long n = hal_file_read(fd, h, sizeof(h));
    if (n < FILE_HEADER + CORE_HEADER || h[0] != 'B' || h[1] != 'M') {
        invalid_file();
    }
    uint32_t header_size = u32_at(h + 14);
    int32_t width, height;
    uint32_t compression = BI_RGB, colors_used = 0;
    if (header_size == CORE_HEADER) {
        width = (int32_t)u16_at(h + 18);
        height = (int32_t)u16_at(h + 20);
        b->bits = (uint8_t)u16_at(h + 24);
    } else if (header_size == INFO_HEADER || header_size == 108 || header_size == 124) {
        if (n < FILE_HEADER + (long)header_size) {
            invalid_file();
        }
        width = (int32_t)u32_at(h + 18);
        height = (int32_t)u32_at(h + 22);
        b->bits = (uint8_t)u16_at(h + 28);
        compression = u32_at(h + 30);
        colors_used = u32_at(h + 46);
    } else {
        vm_raise(&exc_ValueError_type, "Only Windows format, uncompressed BMP supported: given header size is %d",
                 (int)header_size);
    }
    if (compression != BI_RGB && compression != BI_BITFIELDS) {
        vm_raise(&exc_ValueError_type, "RLE-compressed BMP not supported");
    }
    uint8_t bits = b->bits;
    bool known_depth = bits == 1 || bits == 2 || bits == 4 || bits == 8 || bits == 16 || bits == 24 || bits == 32;
    b->top_down = height < 0;
    if (b->top_down) {
        height = -height;
    }
    if (!known_depth || width <= 0 || width > 32767 || height <= 0 || height > 32767) {
        invalid_file();
    }
    b->width = (uint16_t)width;
    b->height = (uint16_t)height;
    b->data_offset = u32_at(h + 10);
    b->stride = ((uint32_t)width * bits + 31) / 32 * 4;
    if (bits == 16 || bits == 32) {
        uint32_t masks[3] = {0xFF0000, 0xFF00, 0xFF};
        if (bits == 16) {
            masks[0] = 0x7C00;   // 5:5:5 unless the file says otherwise
            masks[1] = 0x3E0;
            masks[2] = 0x1F;
        }
        if (compression == BI_BITFIELDS) {
            uint8_t m[12];
            if (!read_at(fd, MASKS_AT, m, sizeof(m))) {
                invalid_file();
            }
            for (int i = 0; i < 3; i++) {
                masks[i] = u32_at(m + 4 * i);
            }
        }
        for (int i = 0; i < 3; i++) {
            set_mask(b, i, masks[i]);
        }
    }
    if (bits <= 8) {
        b->pixel_shader = read_palette(fd, header_size, colors_used, bits);
    } else {
        b->pixel_shader = obj_call(OBJ_VAL(&displayio_colorconverter_type), 0, NULL, VAL_NULL);
    }
}

static Value odb_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    args_no_kw("OnDiskBitmap", kwnames);
    args_check_count("OnDiskBitmap", nargs, 1, 1);
    Value path;
    if (obj_isinstance(args[0], &str_type)) {
        path = obj_native(args[0]);
    } else if (is_type(args[0], &bufreader_type)) {
        // A file the program opened: read by its name, with handles of our own.
        if (obj_truthy(obj_getattr(args[0], NAME(closed)))) {
            vm_raise(&exc_ValueError_type, "I/O operation on closed file");
        }
        path = obj_getattr(args[0], NAME(name));
        if (!val_is_str(path)) {
            vm_raise(&exc_TypeError_type, "file must be a file opened in byte mode");
        }
    } else {
        vm_raise(&exc_TypeError_type, "file must be a file opened in byte mode");
    }
    OnDiskBitmapObj *b = (OnDiskBitmapObj *)gc_alloc_obj(sizeof(OnDiskBitmapObj), &displayio_ondiskbitmap_type);
    b->path = path;
    b->fd = -1;
    b->cached_row = -1;
    b->pixel_shader = VAL_NONE;
    int fd = hal_file_open(str_cstr(path), HAL_O_READ);
    if (fd < 0) {
        raise_oserror(-fd, path);
    }
    NlrBuf nlr;
    if (nlr_push(&nlr) == 0) {
        parse_bmp(fd, b);
        nlr_pop();
    } else {
        hal_file_close(fd);
        nlr_jump(nlr.exc);
    }
    hal_file_close(fd);
    b->row = gc_alloc(b->stride, true);
    return OBJ_VAL(b);
}

// --- pixels ------------------------------------------------------------------------------

static uint32_t channel(const OnDiskBitmapObj *b, int i, uint32_t px) {
    uint32_t v = (px & b->masks[i]) >> b->mask_shift[i];
    uint8_t bits = b->mask_bits[i];
    return bits >= 8 ? v >> (bits - 8) : v << (8 - bits);
}

static void load_row(OnDiskBitmapObj *b, int32_t file_row) {
    b->cached_row = file_row;
    if (b->fd < 0) {
        b->fd = hal_file_open(str_cstr(b->path), HAL_O_READ);
    }
    if (b->fd < 0 || !read_at(b->fd, b->data_offset + (uint32_t)file_row * b->stride, b->row, b->stride)) {
        memset(b->row, 0, b->stride);   // a file cut short (or gone) reads as zeros
    }
}

uint32_t disp_ondiskbitmap_get(OnDiskBitmapObj *b, int x, int y) {
    int32_t file_row = b->top_down ? y : b->height - 1 - y;
    if (file_row != b->cached_row) {
        load_row(b, file_row);
    }
    const uint8_t *row = b->row;
    uint32_t px;
    switch (b->bits) {
        case 24:
            return (uint32_t)row[3 * x + 2] << 16 | (uint32_t)row[3 * x + 1] << 8 | row[3 * x];
        case 16:
            px = u16_at(row + 2 * x);
            break;
        case 32:
            px = u32_at(row + 4 * x);
            break;
        default: {
            uint32_t bit = (uint32_t)x * b->bits;
            return (uint32_t)(row[bit >> 3] >> (8 - b->bits - (bit & 7))) & ((1u << b->bits) - 1);
        }
    }
    return channel(b, 0, px) << 16 | channel(b, 1, px) << 8 | channel(b, 2, px);
}

void disp_ondiskbitmap_close(OnDiskBitmapObj *b) {
    if (b->fd >= 0) {
        hal_file_close(b->fd);
        b->fd = -1;
    }
    b->cached_row = -1;   // the file may change before the next refresh
}

// --- Python ----------------------------------------------------------------------------------

static OnDiskBitmapObj *odb_self(Value v) {
    if (!is_type(v, &displayio_ondiskbitmap_type)) {
        vm_raise(&exc_TypeError_type, "'%T' object is not an OnDiskBitmap", v);
    }
    return (OnDiskBitmapObj *)VAL_OBJ(v);
}

static Value odb_width_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(odb_self(args[0])->width);
}

static Value odb_height_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(odb_self(args[0])->height);
}

static Value odb_pixel_shader_get(size_t nargs, const Value *args) {
    (void)nargs;
    return odb_self(args[0])->pixel_shader;
}

static BUILTIN_FN(odb_width_get_obj, width, 1, 1, odb_width_get);
static BUILTIN_FN(odb_height_get_obj, height, 1, 1, odb_height_get);
static BUILTIN_FN(odb_pixel_shader_get_obj, pixel_shader, 1, 1, odb_pixel_shader_get);
DISP_GETTER(odb_width_prop, odb_width_get_obj);
DISP_GETTER(odb_height_prop, odb_height_get_obj);
DISP_GETTER(odb_pixel_shader_prop, odb_pixel_shader_get_obj);

static const AttrEntry odb_attrs[] = {
    {NAME(height), OBJ_VAL(&odb_height_prop)},
    {NAME(pixel_shader), OBJ_VAL(&odb_pixel_shader_prop)},
    {NAME(width), OBJ_VAL(&odb_width_prop)},
};

const Type displayio_ondiskbitmap_type = {
    .base = {&type_type},
    .name = NAME(OnDiskBitmap),
    .base_type = &object_type,
    .make_new = odb_make_new,
    .attrs = odb_attrs,
    .nattrs = sizeof(odb_attrs) / sizeof(odb_attrs[0]),
};
