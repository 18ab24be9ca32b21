// The bitmaptools module: drawing into displayio Bitmaps (fill_region,
// draw_line, draw_polygon, draw_circle, boundary_fill), copying between
// them (blit, rotozoom, arrayblit), recolouring (replace_color), blending
// (alphablend), dithering to two levels (dither) and loading (readinto),
// with CircuitPython's argument checks, messages and pixel algorithms,
// quirks included, so the same program draws the same pixels.
// Every write goes through disp_bitmap_set, which records the changed area
// for the displays; writes outside the bitmap are dropped, as
// CircuitPython's per-pixel writes are.
#include <math.h>
#include <string.h>
#include "displayio.h"
#include "gc.h"
#include "module_table.h"
#include "mods.h"
#include "pins.h"
#include "runtime.h"
#include "vm_raise.h"

// --- arguments ---------------------------------------------------------------------

// A drawing coordinate: CircuitPython computes in 16 bits.
static int32_t coord16(Value v, const char *name) {
    return (int32_t)arg_int_range(v, INT16_MIN, INT16_MAX, name);
}

// A coordinate of a region, lo..hi (mp_arg_validate_type_int: ints only,
// no bools).
static int32_t region_coord(Value v, int32_t lo, int32_t hi, const char *name) {
    if (!val_is_int(v)) {
        vm_raise(&exc_TypeError_type, "%s must be of type int, not %s", name, val_type_name(v));
    }
    return (int32_t)arg_int_range(v, lo, hi, name);
}

static BitmapObj *bitmap_in(Value v, const char *name) {
    BitmapObj *b = disp_bitmap_arg(v, name);
    raise_if_deinited(b->deinited);
    return b;
}

static BitmapObj *writable(Value v, const char *name) {
    BitmapObj *b = bitmap_in(v, name);
    if (b->read_only) {
        vm_raise(&exc_RuntimeError_type, "Read-only");
    }
    return b;
}

// A value the bitmap can hold; ValueError(msg) otherwise.
static uint32_t value_arg(const BitmapObj *b, Value v, const char *msg) {
    int64_t n = arg_int(v);
    if (n < 0 || (uint64_t)n > b->value_mask) {
        vm_raise(&exc_ValueError_type, "%s", msg);
    }
    return (uint32_t)n;
}

// An optional value to skip (None: skip nothing).
static bool skip_arg(Value v, uint32_t *skip) {
    if (v == VAL_NONE) {
        return false;
    }
    *skip = (uint32_t)arg_int(v);
    return true;
}

// x1..x2 (or y1..y2) of a region of a bitmap `lim` wide: 0 <= x1 <= lim,
// x1 <= x2 <= lim, x2 None meaning lim (bitmaptools_validate_coord_range).
static void region_range(Value lo_v, Value hi_v, int32_t lim, const char *lo_name, const char *hi_name, int32_t *lo,
                         int32_t *hi) {
    *lo = region_coord(lo_v, 0, lim, lo_name);
    *hi = hi_v == VAL_NONE ? lim : region_coord(hi_v, *lo, lim, hi_name);
}

// The rectangle x1, y1, x2, y2 (args[0..4) in that order) of bitmap b.
static void region_arg(const BitmapObj *b, const Value *args, int32_t r[4]) {
    region_range(args[0], args[2], b->width, "x1", "x2", &r[0], &r[2]);
    region_range(args[1], args[3], b->height, "y1", "y2", &r[1], &r[3]);
}

// The size of a buffer's items: an array's itemsize, else 1. Asked before
// any buffer's bytes are borrowed, as it may run Python code.
static size_t item_size(Value v) {
    Value size = obj_getattr_opt(v, NAME(itemsize));
    int64_t n;
    return size != VAL_NULL && val_is_int(size) && int_to_i64(size, &n) && n >= 1 ? (size_t)n : 1;
}

static const uint8_t *buffer_arg(Value v, size_t *len) {
    const uint8_t *data;
    if (!obj_get_buffer(v, &data, len)) {
        vm_raise(&exc_TypeError_type, "object with buffer protocol required");
    }
    return data;
}

// --- drawing -------------------------------------------------------------------------

static void put(BitmapObj *b, int32_t x, int32_t y, uint32_t v) {
    if (x >= 0 && y >= 0 && x < b->width && y < b->height) {
        disp_bitmap_set(b, x, y, v);
    }
}

static void swap32(int32_t *a, int32_t *b) {
    int32_t t = *a;
    *a = *b;
    *b = t;
}

// CircuitPython's line: both endpoints drawn; straight lines clipped to the
// bitmap, others stepped with Bresenham from the left end.
static void line(BitmapObj *b, int32_t x0, int32_t y0, int32_t x1, int32_t y1, uint32_t v) {
    if (x0 == x1 || y0 == y1) {
        if (x0 > x1) {
            swap32(&x0, &x1);
        }
        if (y0 > y1) {
            swap32(&y0, &y1);
        }
        x0 = x0 < 0 ? 0 : x0;
        y0 = y0 < 0 ? 0 : y0;
        x1 = x1 > b->width - 1 ? b->width - 1 : x1;
        y1 = y1 > b->height - 1 ? b->height - 1 : y1;
        for (int32_t y = y0; y <= y1; y++) {
            for (int32_t x = x0; x <= x1; x++) {
                put(b, x, y, v);
            }
        }
        return;
    }
    int32_t ady = y1 > y0 ? y1 - y0 : y0 - y1, adx = x1 > x0 ? x1 - x0 : x0 - x1;
    bool steep = ady > adx;
    if (steep) {
        swap32(&x0, &y0);
        swap32(&x1, &y1);
    }
    if (x0 > x1) {
        swap32(&x0, &x1);
        swap32(&y0, &y1);
    }
    int32_t dx = x1 - x0, dy = y1 > y0 ? y1 - y0 : y0 - y1, ystep = y0 < y1 ? 1 : -1, err = dx / 2;
    for (int32_t x = x0; x <= x1; x++) {
        if (steep) {
            put(b, y0, x, v);
        } else {
            put(b, x, y0, v);
        }
        err -= dy;
        if (err < 0) {
            y0 += ystep;
            err += dx;
        }
    }
}

static Value bt_fill_region(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL}, {NAME(x1), true, false, VAL_NULL},
        {NAME(y1), true, false, VAL_NULL},          {NAME(x2), true, false, VAL_NULL},
        {NAME(y2), true, false, VAL_NULL},          {NAME(value), true, false, VAL_NULL},
    };
    Value a[6];
    args_parse("fill_region", nargs, args, kwnames, 6, spec, a);
    BitmapObj *b = writable(a[0], "dest_bitmap");
    uint32_t v = value_arg(b, a[5], "out of range of target");
    int32_t r[4];
    region_arg(b, a + 1, r);
    for (int32_t y = r[1]; y < r[3]; y++) {
        for (int32_t x = r[0]; x < r[2]; x++) {
            disp_bitmap_set(b, x, y, v);
        }
    }
    return VAL_NONE;
}

static Value bt_draw_line(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL}, {NAME(x1), true, false, VAL_NULL},
        {NAME(y1), true, false, VAL_NULL},          {NAME(x2), true, false, VAL_NULL},
        {NAME(y2), true, false, VAL_NULL},          {NAME(value), true, false, VAL_NULL},
    };
    Value a[6];
    args_parse("draw_line", nargs, args, kwnames, 6, spec, a);
    int32_t x1 = coord16(a[1], "x1"), y1 = coord16(a[2], "y1"), x2 = coord16(a[3], "x2"), y2 = coord16(a[4], "y2");
    BitmapObj *b = writable(a[0], "dest_bitmap");
    line(b, x1, y1, x2, y2, value_arg(b, a[5], "out of range of target"));
    return VAL_NONE;
}

// Item i of a coordinate array, read as CircuitPython does: a signed
// integer of the item's size (other sizes: the i-th byte), cut to 16 bits.
static int32_t coordinate_item(const uint8_t *data, size_t i, size_t size) {
    switch (size) {
        case 2: {
            int16_t v;
            memcpy(&v, data + 2 * i, 2);
            return v;
        }
        case 4: {
            int32_t v;
            memcpy(&v, data + 4 * i, 4);
            return (int16_t)(uint16_t)(uint32_t)v;
        }
        default:
            return (int8_t)data[i];
    }
}

static Value bt_draw_polygon(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL}, {NAME(xs), true, false, VAL_NULL},
        {NAME(ys), true, false, VAL_NULL},          {NAME(value), true, false, VAL_NULL},
        {NAME(close), false, false, VAL_TRUE},
    };
    Value a[5];
    args_parse("draw_polygon", nargs, args, kwnames, 5, spec, a);
    int64_t value = arg_int(a[3]);
    BitmapObj *b = writable(a[0], "dest_bitmap");
    size_t xsize = item_size(a[1]), ysize = item_size(a[2]), xlen, ylen;
    const uint8_t *xs = buffer_arg(a[1], &xlen), *ys = buffer_arg(a[2], &ylen);
    if (xsize != ysize) {
        vm_raise(&exc_ValueError_type, "Coordinate arrays types have different sizes");
    }
    size_t n = xlen / xsize;
    if (n != ylen / ysize) {
        vm_raise(&exc_ValueError_type, "Coordinate arrays have different lengths");
    }
    uint32_t v = value_arg(b, int_from_i64(value), "out of range of target");
    bool close = obj_truthy(a[4]);
    for (size_t i = 1; i < n; i++) {
        line(b, coordinate_item(xs, i - 1, xsize), coordinate_item(ys, i - 1, ysize), coordinate_item(xs, i, xsize),
             coordinate_item(ys, i, ysize), v);
    }
    if (close && n > 0) {
        line(b, coordinate_item(xs, n - 1, xsize), coordinate_item(ys, n - 1, ysize), coordinate_item(xs, 0, xsize),
             coordinate_item(ys, 0, ysize), v);
    }
    return VAL_NONE;
}

// CircuitPython's Bresenham circle outline around (x, y).
static Value bt_draw_circle(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL}, {NAME(x), true, false, VAL_NULL},
        {NAME(y), true, false, VAL_NULL},           {NAME(radius), true, false, VAL_NULL},
        {NAME(value), true, false, VAL_NULL},
    };
    Value a[5];
    args_parse("draw_circle", nargs, args, kwnames, 5, spec, a);
    BitmapObj *b = writable(a[0], "dest_bitmap");
    uint32_t v = value_arg(b, a[4], "out of range of target");
    int32_t cx = (int32_t)arg_int_range(a[1], 0, b->width, "x"), cy = (int32_t)arg_int_range(a[2], 0, b->height, "y");
    if (arg_int(a[3]) < 0) {
        vm_raise(&exc_ValueError_type, "radius must be >= 0");
    }
    int32_t r = (int32_t)arg_int_range(a[3], 0, INT16_MAX, "radius");
    int32_t yb = r, d = 3 - 2 * r;
    for (int32_t xb = 0; xb <= yb; xb++) {
        put(b, cx + xb, cy + yb, v);
        put(b, cx - xb, cy - yb, v);
        put(b, cx - xb, cy + yb, v);
        put(b, cx + xb, cy - yb, v);
        put(b, cx + yb, cy + xb, v);
        put(b, cx - yb, cy + xb, v);
        put(b, cx - yb, cy - xb, v);
        put(b, cx + yb, cy - xb, v);
        if (d <= 0) {
            d += 4 * xb + 6;
        } else {
            d += 4 * (xb - yb) + 10;
            yb--;
        }
    }
    return VAL_NONE;
}

// A stack of pixels still to look at, on the GC heap.
typedef struct {
    int16_t *xy;
    size_t len, cap;
} SeedStack;

static void seed_push(SeedStack *s, int32_t x, int32_t y) {
    if (s->len == s->cap) {
        s->cap = s->cap * 2 + 64;
        s->xy = s->xy == NULL ? gc_alloc(s->cap * 2 * sizeof(int16_t), true)
                              : gc_realloc(s->xy, s->cap * 2 * sizeof(int16_t));
    }
    s->xy[2 * s->len] = (int16_t)x;
    s->xy[2 * s->len + 1] = (int16_t)y;
    s->len++;
}

// Puts a seed for each run of `old` pixels of row y between x1 and x2.
static void seed_row(SeedStack *s, const BitmapObj *b, int32_t x1, int32_t x2, int32_t y, uint32_t old) {
    if (y < 0 || y >= b->height) {
        return;
    }
    bool in_run = false;
    for (int32_t x = x1; x <= x2; x++) {
        bool match = disp_bitmap_get(b, x, y) == old;
        if (match && !in_run) {
            seed_push(s, x, y);
        }
        in_run = match;
    }
}

// The 4-connected area of `old` pixels around (x, y) becomes `fill`, one
// row run at a time.
static Value bt_boundary_fill(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL},      {NAME(x), true, false, VAL_NULL},
        {NAME(y), true, false, VAL_NULL},                {NAME(fill_color_value), true, false, VAL_NULL},
        {NAME(replaced_color_value), false, false, VAL_NULL},
    };
    Value a[5];
    args_parse("boundary_fill", nargs, args, kwnames, 5, spec, a);
    int64_t x = arg_int(a[1]), y = arg_int(a[2]);
    BitmapObj *b = writable(a[0], "dest_bitmap");
    uint32_t fill = value_arg(b, a[3], "value out of range of target");
    bool replaced_given = a[4] != VAL_NULL;
    uint32_t old = replaced_given ? value_arg(b, a[4], "background value out of range of target") : 0;
    if (x < 0 || x >= b->width || y < 0 || y >= b->height) {
        vm_raise(&exc_ValueError_type, "out of range of target");
    }
    if (!replaced_given) {
        old = disp_bitmap_get(b, (int)x, (int)y);
    }
    if (fill == old) {
        return VAL_NONE;
    }
    SeedStack s = {NULL, 0, 0};
    seed_push(&s, (int32_t)x, (int32_t)y);
    while (s.len > 0) {
        s.len--;
        int32_t sx = s.xy[2 * s.len], sy = s.xy[2 * s.len + 1];
        if (disp_bitmap_get(b, sx, sy) != old) {
            continue;
        }
        int32_t x1 = sx, x2 = sx;
        while (x1 > 0 && disp_bitmap_get(b, x1 - 1, sy) == old) {
            x1--;
        }
        while (x2 < b->width - 1 && disp_bitmap_get(b, x2 + 1, sy) == old) {
            x2++;
        }
        for (int32_t i = x1; i <= x2; i++) {
            disp_bitmap_set(b, i, sy, fill);
        }
        seed_row(&s, b, x1, x2, sy - 1, old);
        seed_row(&s, b, x1, x2, sy + 1, old);
    }
    return VAL_NONE;
}

// Every `old_color` pixel becomes `new_color` (CircuitPython 10's
// replace_color, which adafruit_display_text's accented labels use).
static Value bt_replace_color(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL},
        {NAME(old_color), true, false, VAL_NULL},
        {NAME(new_color), true, false, VAL_NULL},
    };
    Value a[3];
    args_parse("replace_color", nargs, args, kwnames, 3, spec, a);
    BitmapObj *b = writable(a[0], "dest_bitmap");
    int64_t old = arg_int(a[1]);
    uint32_t fill = value_arg(b, a[2], "out of range of target");
    for (int y = 0; y < b->height; y++) {
        for (int x = 0; x < b->width; x++) {
            if (disp_bitmap_get(b, x, y) == old) {
                disp_bitmap_set(b, x, y, fill);
            }
        }
    }
    return VAL_NONE;
}

// --- copying -------------------------------------------------------------------------

static Value bt_blit(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL},
        {NAME(source_bitmap), true, false, VAL_NULL},
        {NAME(x), true, false, VAL_NULL},
        {NAME(y), true, false, VAL_NULL},
        {NAME(x1), false, false, MODS_SMALL_INT(0)},
        {NAME(y1), false, false, MODS_SMALL_INT(0)},
        {NAME(x2), false, false, VAL_NONE},
        {NAME(y2), false, false, VAL_NONE},
        {NAME(skip_source_index), false, true, VAL_NONE},
        {NAME(skip_dest_index), false, true, VAL_NONE},
    };
    Value a[10];
    args_parse("blit", nargs, args, kwnames, 10, spec, a);
    BitmapObj *dest = writable(a[0], "dest_bitmap");
    int32_t x = (int32_t)arg_int_range(a[2], 0, dest->width, "x");
    int32_t y = (int32_t)arg_int_range(a[3], 0, dest->height, "y");
    BitmapObj *src = bitmap_in(a[1], "source_bitmap");
    int32_t r[4];
    region_arg(src, a + 4, r);
    if (dest->bits < src->bits) {
        vm_raise(&exc_ValueError_type, "source palette too large");
    }
    uint32_t skip_src = 0, skip_dest = 0;
    bool has_skip_src = skip_arg(a[8], &skip_src), has_skip_dest = skip_arg(a[9], &skip_dest);
    // Copying from the far end first keeps a blit within one bitmap from
    // reading pixels it has already overwritten.
    bool x_rev = x > r[0], y_rev = y > r[1];
    int32_t w = r[2] - r[0], h = r[3] - r[1];
    for (int32_t i = 0; i < w; i++) {
        int32_t xs = x_rev ? r[2] - i - 1 : r[0] + i, xd = x_rev ? x + w - i - 1 : x + i;
        if (xd < 0 || xd >= dest->width) {
            continue;
        }
        for (int32_t j = 0; j < h; j++) {
            int32_t ys = y_rev ? r[3] - j - 1 : r[1] + j, yd = y_rev ? y + h - j - 1 : y + j;
            if (yd < 0 || yd >= dest->height) {
                continue;
            }
            uint32_t v = disp_bitmap_get(src, xs, ys);
            if ((has_skip_src && v == skip_src) || (has_skip_dest && disp_bitmap_get(dest, xd, yd) == skip_dest)) {
                continue;
            }
            disp_bitmap_set(dest, xd, yd, v);
        }
    }
    return VAL_NONE;
}

// A rotozoom clip corner: None for the default, else an (x, y) pair.
static void clip_point(Value v, int32_t dflt_x, int32_t dflt_y, int32_t *x, int32_t *y) {
    size_t len;
    Value *items;
    if (v == VAL_NONE) {
        *x = dflt_x;
        *y = dflt_y;
        return;
    }
    if (!obj_get_array(v, &len, &items) || len != 2) {
        vm_raise(&exc_ValueError_type, "clip point must be (x,y) tuple");
    }
    *x = coord16(items[0], "x");
    *y = coord16(items[1], "y");
}

// The clip window of bitmap b from two corners: ordered, inside the bitmap.
static void clip_window(const BitmapObj *b, Value c0, Value c1, int32_t w[4]) {
    clip_point(c0, 0, 0, &w[0], &w[1]);
    clip_point(c1, b->width, b->height, &w[2], &w[3]);
    for (int i = 0; i < 2; i++) {
        if (w[i] > w[i + 2]) {
            swap32(&w[i], &w[i + 2]);
        }
    }
    for (int i = 0; i < 4; i++) {
        int32_t lim = i % 2 == 0 ? b->width : b->height;
        w[i] = w[i] < 0 ? 0 : w[i] > lim ? lim : w[i];
    }
}

static int32_t point_arg(Value v, int32_t dflt, const char *name) { return v == VAL_NONE ? dflt : coord16(v, name); }

static float float_arg(Value v, float dflt) {
    double d;
    if (v == VAL_NONE) {
        return dflt;
    }
    if (!obj_to_double(v, &d)) {
        vm_raise(&exc_TypeError_type, "can't convert %s to float", val_type_name(v));
    }
    return (float)d;
}

// A float turned into a 16-bit coordinate, saturating (the corner of a
// huge zoom lies far outside any bitmap anyway).
static int32_t to_coord(float f) {
    return f >= INT16_MAX ? INT16_MAX : f <= INT16_MIN ? INT16_MIN : (int32_t)f;
}

// Widens the box b (x1, y1, x2, y2 inclusive) to take in (fx, fy).
static void include_corner(int32_t box[4], float fx, float fy) {
    if (fx < box[0]) {
        box[0] = to_coord(fx);
    }
    if (fx > box[2]) {
        box[2] = to_coord(fx);
    }
    if (fy < box[1]) {
        box[1] = to_coord(fy);
    }
    if (fy > box[3]) {
        box[3] = to_coord(fy);
    }
}

// The destination pixels (x1, y1, x2, y2 inclusive) the source covers once
// turned and scaled, starting from an empty window and kept inside the
// destination clip window dc.
static void turned_box(const BitmapObj *src, int32_t px, int32_t py, int32_t ox, int32_t oy, float sin_a,
                       float cos_a, float scale, const int32_t dc[4], int32_t box[4]) {
    float sw = (float)(src->width - px), sh = (float)(src->height - py), fpx = (float)px, fpy = (float)py;
    box[0] = dc[2];
    box[1] = dc[3];
    box[2] = dc[0];
    box[3] = dc[1];
    include_corner(box, -cos_a * fpx * scale + sin_a * fpy * scale + ox,
                   -sin_a * fpx * scale - cos_a * fpy * scale + oy);
    include_corner(box, cos_a * sw * scale + sin_a * fpy * scale + ox, sin_a * sw * scale - cos_a * fpy * scale + oy);
    include_corner(box, cos_a * sw * scale - sin_a * sh * scale + ox, sin_a * sw * scale + cos_a * sh * scale + oy);
    include_corner(box, -cos_a * fpx * scale - sin_a * sh * scale + ox,
                   -sin_a * fpx * scale + cos_a * sh * scale + oy);
    box[0] = box[0] < dc[0] ? dc[0] : box[0];
    box[1] = box[1] < dc[1] ? dc[1] : box[1];
    box[2] = box[2] > dc[2] - 1 ? dc[2] - 1 : box[2];
    box[3] = box[3] > dc[3] - 1 ? dc[3] - 1 : box[3];
}

// Copies the source, turned by `angle` radians clockwise about (px, py)
// and scaled, so that (px, py) lands on (ox, oy): CircuitPython's
// single-precision scanline walk (Mortimer's rotate-and-scale), so the same
// pixels come out.
static Value bt_rotozoom(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL},  {NAME(source_bitmap), true, false, VAL_NULL},
        {NAME(ox), false, true, VAL_NONE},           {NAME(oy), false, true, VAL_NONE},
        {NAME(dest_clip0), false, true, VAL_NONE},   {NAME(dest_clip1), false, true, VAL_NONE},
        {NAME(px), false, true, VAL_NONE},           {NAME(py), false, true, VAL_NONE},
        {NAME(source_clip0), false, true, VAL_NONE}, {NAME(source_clip1), false, true, VAL_NONE},
        {NAME(angle), false, true, VAL_NONE},        {NAME(scale), false, true, VAL_NONE},
        {NAME(skip_index), false, true, VAL_NONE},
    };
    Value a[13];
    args_parse("rotozoom", nargs, args, kwnames, 13, spec, a);
    BitmapObj *dest = writable(a[0], "dest_bitmap");
    BitmapObj *src = bitmap_in(a[1], "source_bitmap");
    if (dest->bits < src->bits) {
        vm_raise(&exc_ValueError_type, "source palette too large");
    }
    int32_t ox = point_arg(a[2], dest->width / 2, "ox"), oy = point_arg(a[3], dest->height / 2, "oy");
    int32_t px = point_arg(a[6], src->width / 2, "px"), py = point_arg(a[7], src->height / 2, "py");
    int32_t dc[4], sc[4];
    clip_window(dest, a[4], a[5], dc);
    clip_window(src, a[8], a[9], sc);
    float angle = float_arg(a[10], 0.0f), scale = float_arg(a[11], 1.0f);
    if (scale < 0) {
        scale = 1.0f;
    }
    uint32_t skip = 0;
    bool has_skip = skip_arg(a[12], &skip);

    float sin_a = sinf(angle), cos_a = cosf(angle), fpx = (float)px, fpy = (float)py;
    int32_t box[4];
    turned_box(src, px, py, ox, oy, sin_a, cos_a, scale, dc, box);
    float dv_col = cos_a / scale, du_col = sin_a / scale, du_row = dv_col, dv_row = -du_col;
    float start_u = fpx - (ox * dv_col + oy * du_col), start_v = fpy - (ox * dv_row + oy * du_row);
    float row_u = start_u + box[1] * du_col, row_v = start_v + box[1] * dv_col;
    for (int32_t y = box[1]; y <= box[3]; y++) {
        float u = row_u + box[0] * du_row, v = row_v + box[0] * dv_row;
        for (int32_t x = box[0]; x <= box[2]; x++) {
            if (u >= sc[0] && u < sc[2] && v >= sc[1] && v < sc[3]) {
                uint32_t c = disp_bitmap_get(src, (int)u, (int)v);
                if (!has_skip || c != skip) {
                    disp_bitmap_set(dest, x, y, c);
                }
            }
            u += du_row;
            v += dv_row;
        }
        row_u += du_col;
        row_v += dv_col;
    }
    return VAL_NONE;
}

// An unsigned item of a data buffer: 2- and 4-byte items as such, any
// other size one byte at a time (as CircuitPython reads them).
static uint32_t data_item(const uint8_t **p, size_t size) {
    uint32_t v;
    if (size == 2) {
        uint16_t h;
        memcpy(&h, *p, 2);
        v = h;
    } else if (size == 4) {
        memcpy(&v, *p, 4);
    } else {
        v = **p;
        size = 1;
    }
    *p += size;
    return v;
}

static Value bt_arrayblit(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(bitmap), true, false, VAL_NULL},     {NAME(data), true, false, VAL_NULL},
        {NAME(x1), false, false, MODS_SMALL_INT(0)}, {NAME(y1), false, false, MODS_SMALL_INT(0)},
        {NAME(x2), false, false, VAL_NONE},        {NAME(y2), false, false, VAL_NONE},
        {NAME(skip_index), false, false, VAL_NONE},
    };
    Value a[7];
    args_parse("arrayblit", nargs, args, kwnames, 7, spec, a);
    BitmapObj *b = writable(a[0], "bitmap");
    size_t size = item_size(a[1]), len;
    const uint8_t *p = buffer_arg(a[1], &len);
    int32_t r[4];
    region_arg(b, a + 2, r);
    uint32_t skip = 0;
    bool has_skip = skip_arg(a[6], &skip);
    if (len / size < (size_t)(r[2] - r[0]) * (size_t)(r[3] - r[1])) {
        vm_raise(&exc_IndexError_type, "index out of range");
    }
    for (int32_t y = r[1]; y < r[3]; y++) {
        for (int32_t x = r[0]; x < r[2]; x++) {
            uint32_t v = data_item(&p, size);
            if (!has_skip || v != skip) {
                disp_bitmap_set(b, x, y, v & b->value_mask);
            }
        }
    }
    return VAL_NONE;
}

// --- blending ------------------------------------------------------------------------

extern const Type bitmaptools_blendmode_type;
static const HwEnumObj blend_normal = {{&bitmaptools_blendmode_type}, "bitmaptools.BlendMode.Normal"};
static const HwEnumObj blend_screen = {{&bitmaptools_blendmode_type}, "bitmaptools.BlendMode.Screen"};
static const AttrEntry blendmode_attrs[] = {
    {NAME(Normal), OBJ_VAL(&blend_normal)},
    {NAME(Screen), OBJ_VAL(&blend_screen)},
};
const Type bitmaptools_blendmode_type = {
    .base = {&type_type},
    .name = NAME(BlendMode),
    .base_type = &object_type,
    .repr = hw_enum_repr,
    .attrs = blendmode_attrs,
    .nattrs = sizeof(blendmode_attrs) / sizeof(blendmode_attrs[0]),
};

// The colorspaces alphablend takes.
typedef enum { BLEND_L8, BLEND_RGB565, BLEND_RGB565_SWAPPED } BlendSpace;

static BlendSpace blend_space_arg(Value v) {
    if (!is_type(v, &displayio_colorspace_type)) {
        vm_raise(&exc_TypeError_type, "colorspace must be of type Colorspace, not %s", val_type_name(v));
    }
    // BGR only trades the names of the outer fields: the arithmetic is the same.
    static const struct {
        Value name;
        BlendSpace space;
    } spaces[] = {
        {NAME(L8), BLEND_L8},
        {NAME(RGB565), BLEND_RGB565},
        {NAME(BGR565), BLEND_RGB565},
        {NAME(RGB565_SWAPPED), BLEND_RGB565_SWAPPED},
        {NAME(BGR565_SWAPPED), BLEND_RGB565_SWAPPED},
    };
    for (size_t i = 0; i < sizeof(spaces) / sizeof(spaces[0]); i++) {
        if (type_lookup(&displayio_colorspace_type, spaces[i].name) == v) {
            return spaces[i].space;
        }
    }
    vm_raise(&exc_ValueError_type, "Unsupported colorspace");
}

// factor * 256 as CircuitPython's single-precision conversion gives it (NaN
// as 0, as the boards' FPU converts). Factors beyond +-256 are taken as
// +-256: CircuitPython's 32-bit arithmetic has long overflowed there.
static int64_t blend_factor(float f) {
    float v = f * 256.0f;
    return v != v ? 0 : v >= 65536.0f ? 65536 : v <= -65536.0f ? -65536 : (int64_t)v;
}

static int64_t quotient(int64_t a, int64_t b) { return b == 0 ? 0 : a / b; }   // the boards' sdiv gives 0

typedef struct {
    int64_t f1, f2;       // factors * 256
    bool screen;
} Blend;

// One channel, both sources blended: premultiplied values d (source 1) and
// s (source 2), divided back by the combined factor. The screen product
// wraps at 32 bits as on the boards (it does for bright pixels at factor 1).
static int64_t blend_channel(const Blend *m, int64_t d, int64_t s) {
    int64_t screen_product = (int32_t)(uint32_t)((uint64_t)s * (uint64_t)d);
    int64_t blend = m->screen ? s + d - screen_product / 65536 : s + d * (256 - m->f2) / 256;
    return quotient(blend, m->f1 + m->f2 - m->f1 * m->f2 / 256);
}

// L8, as CircuitPython walks it: each source advances only past the pixels
// it took part in, so after a skipped pixel the sources fall out of step.
static void blend_row_l8(const Blend *m, BitmapObj *d, const BitmapObj *s1, const BitmapObj *s2, int y,
                         const uint32_t *skip1, const uint32_t *skip2) {
    int i1 = 0, i2 = 0;
    for (int x = 0; x < d->width; x++) {
        int64_t p1 = disp_bitmap_get(s1, i1, y), p2 = disp_bitmap_get(s2, i2, y), pixel;
        bool use1 = skip1 == NULL || p1 != (*skip1 & 0xff), use2 = skip2 == NULL || p2 != (*skip2 & 0xff);
        if (use1 && use2) {
            pixel = blend_channel(m, p1 * m->f1, p2 * m->f2);
            i1++;
            i2++;
        } else if (use1) {
            pixel = p1 * m->f1 / 256;
            i1++;
        } else if (use2) {
            pixel = p2 * m->f2 / 256;
            i2++;
        } else {
            pixel = disp_bitmap_get(d, x, y);
        }
        disp_bitmap_set(d, x, y, (uint32_t)(pixel < 0 ? 0 : pixel > 255 ? 255 : pixel));
    }
}

static uint32_t swap16(uint32_t v) { return ((v >> 8) | (v << 8)) & 0xffff; }

static uint32_t blend_rgb565(const Blend *m, uint32_t p1, uint32_t p2, bool use1, bool use2, uint32_t old,
                             bool swapped) {
    if (use1 && use2) {
        int64_t r = blend_channel(m, (int64_t)((p1 & 0xf800) >> 8) * m->f1, (int64_t)((p2 & 0xf800) >> 8) * m->f2);
        int64_t g = blend_channel(m, (int64_t)((p1 & 0x07e0) >> 3) * m->f1, (int64_t)((p2 & 0x07e0) >> 3) * m->f2);
        int64_t b = blend_channel(m, (int64_t)((p1 & 0x001f) << 3) * m->f1, (int64_t)((p2 & 0x001f) << 3) * m->f2);
        uint32_t v = (((uint32_t)r << 8) & 0xf800) | (((uint32_t)g << 3) & 0x07e0) | ((uint32_t)(b >> 3) & 0x001f);
        return swapped ? swap16(v) : v;
    }
    // One source scaled by its factor, the channels not masked (and, as in
    // CircuitPython, not swapped back).
    if (use1 || use2) {
        uint32_t p = use1 ? p1 : p2;
        int64_t f = use1 ? m->f1 : m->f2;
        return (uint32_t)((p & 0xf800) * f / 256 | (p & 0x07e0) * f / 256 | (p & 0x001f) * f / 256) & 0xffff;
    }
    return old;
}

static Value bt_alphablend(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL},
        {NAME(source_bitmap_1), true, false, VAL_NULL},
        {NAME(source_bitmap_2), true, false, VAL_NULL},
        {NAME(colorspace), true, false, VAL_NULL},
        {NAME(factor_1), false, false, VAL_NONE},
        {NAME(factor_2), false, false, VAL_NONE},
        {NAME(blendmode), false, true, OBJ_VAL(&blend_normal)},
        {NAME(skip_source1_index), false, true, VAL_NONE},
        {NAME(skip_source2_index), false, true, VAL_NONE},
    };
    Value a[9];
    args_parse("alphablend", nargs, args, kwnames, 9, spec, a);
    BitmapObj *d = writable(a[0], "dest_bitmap");
    BitmapObj *s1 = bitmap_in(a[1], "source_bitmap_1"), *s2 = bitmap_in(a[2], "source_bitmap_2");
    float f1 = float_arg(a[4], 0.5f), f2 = float_arg(a[5], 1 - f1);
    if (!is_type(a[3], &displayio_colorspace_type)) {
        vm_raise(&exc_TypeError_type, "colorspace must be of type Colorspace, not %s", val_type_name(a[3]));
    }
    if (!is_type(a[6], &bitmaptools_blendmode_type)) {
        vm_raise(&exc_TypeError_type, "blendmode must be of type BlendMode, not %s", val_type_name(a[6]));
    }
    if (d->width != s1->width || d->height != s1->height || d->bits != s1->bits || d->width != s2->width ||
        d->height != s2->height || d->bits != s2->bits) {
        vm_raise(&exc_ValueError_type, "Bitmap size and bits per value must match");
    }
    BlendSpace space = blend_space_arg(a[3]);
    if (space == BLEND_L8 && d->bits != 8) {
        vm_raise(&exc_ValueError_type, "For L8 colorspace, input bitmap must have 8 bits per pixel");
    }
    if (space != BLEND_L8 && d->bits != 16) {
        vm_raise(&exc_ValueError_type, "For RGB colorspaces, input bitmap must have 16 bits per pixel");
    }
    uint32_t skip1, skip2;
    bool has1 = skip_arg(a[7], &skip1), has2 = skip_arg(a[8], &skip2);
    Blend m = {blend_factor(f1), blend_factor(f2), a[6] == OBJ_VAL(&blend_screen)};
    bool swapped = space == BLEND_RGB565_SWAPPED;
    for (int y = 0; y < d->height; y++) {
        if (space == BLEND_L8) {
            blend_row_l8(&m, d, s1, s2, y, has1 ? &skip1 : NULL, has2 ? &skip2 : NULL);
            continue;
        }
        for (int x = 0; x < d->width; x++) {
            uint32_t p1 = disp_bitmap_get(s1, x, y), p2 = disp_bitmap_get(s2, x, y);
            if (swapped) {
                p1 = swap16(p1);
                p2 = swap16(p2);
            }
            bool use1 = !has1 || p1 != skip1, use2 = !has2 || p2 != skip2;
            disp_bitmap_set(d, x, y, blend_rgb565(&m, p1, p2, use1, use2, disp_bitmap_get(d, x, y), swapped));
        }
    }
    return VAL_NONE;
}

// --- dithering -----------------------------------------------------------------------

extern const Type bitmaptools_ditheralgorithm_type;
static const HwEnumObj dither_atkinson = {{&bitmaptools_ditheralgorithm_type}, "bitmaptools.DitherAlgorithm.Atkinson"};
static const HwEnumObj dither_floyd_stenberg = {{&bitmaptools_ditheralgorithm_type},
                                                "bitmaptools.DitherAlgorithm.FloydStenberg"};
static const AttrEntry ditheralgorithm_attrs[] = {
    {NAME(Atkinson), OBJ_VAL(&dither_atkinson)},
    {NAME(FloydStenberg), OBJ_VAL(&dither_floyd_stenberg)},
};
const Type bitmaptools_ditheralgorithm_type = {
    .base = {&type_type},
    .name = NAME(DitherAlgorithm),
    .base_type = &object_type,
    .repr = hw_enum_repr,
    .attrs = ditheralgorithm_attrs,
    .nattrs = sizeof(ditheralgorithm_attrs) / sizeof(ditheralgorithm_attrs[0]),
};

// Where an error diffusion kernel sends a pixel's error, in 256ths: `ahead`
// to the next pixel along the row (carried over to the first pixel of the
// next row, as CircuitPython carries it), the rest to the pixels `dx`
// further in the direction of travel and `dy` rows down.
typedef struct {
    int16_t ahead;
    uint8_t nterms;
    struct {
        int8_t dx, dy;
        int16_t share;
    } terms[4];
} DitherKernel;

static const DitherKernel atkinson_kernel = {32, 4, {{2, 0, 32}, {-1, 1, 32}, {0, 1, 32}, {0, 2, 32}}};
static const DitherKernel floyd_steinberg_kernel = {112, 3, {{-1, 1, 48}, {0, 1, 80}, {1, 1, 16}}};

// How the source's values are read: 8-bit grey, or RGB565 with its bytes
// and/or its red and blue fields swapped.
typedef struct {
    bool grey, swap_bytes, swap_red_blue;
} DitherSource;

// How a source in colorspace v is read; NULL for the colorspaces dither
// does not take.
static const DitherSource *dither_source_arg(Value v) {
    if (!is_type(v, &displayio_colorspace_type)) {
        vm_raise(&exc_TypeError_type, "source_colorspace must be of type Colorspace, not %s", val_type_name(v));
    }
    static const struct {
        Value name;
        DitherSource source;
    } spaces[] = {
        {NAME(L8), {true, false, false}},
        {NAME(RGB565), {false, false, false}},
        {NAME(RGB565_SWAPPED), {false, true, false}},
        {NAME(BGR565), {false, false, true}},
        {NAME(BGR565_SWAPPED), {false, true, true}},
    };
    for (size_t i = 0; i < sizeof(spaces) / sizeof(spaces[0]); i++) {
        if (type_lookup(&displayio_colorspace_type, spaces[i].name) == v) {
            return &spaces[i].source;
        }
    }
    return NULL;
}

// Row y of the source as luminance 0..255: CircuitPython's weights, scaled
// so that RGB565 white (0xf8, 0xfc, 0xf8) comes out as 255.
static void luminance_row(const BitmapObj *src, DitherSource how, int y, int16_t *out) {
    for (int x = 0; x < src->width; x++) {
        uint32_t p = disp_bitmap_get(src, x, y);
        if (how.grey) {
            out[x] = (int16_t)p;
            continue;
        }
        if (how.swap_bytes) {
            p = swap16(p);
        }
        int32_t r = (int32_t)(p >> 8) & 0xf8, g = (int32_t)(p >> 3) & 0xfc, b = (int32_t)(p << 3) & 0xf8;
        if (how.swap_red_blue) {
            swap32(&r, &b);
        }
        out[x] = (int16_t)((r * 78 + g * 154 + b * 29) / 256);
    }
}

// CircuitPython's serpentine error diffusion to two levels: even rows left
// to right, odd rows right to left (the kernel mirrored). A pixel whose
// luminance plus error reaches 128 becomes the destination's largest value.
// Three rows of luminance are kept: the current one and the two below,
// which gather the error diffused into them.
static void dither(BitmapObj *dest, const BitmapObj *src, DitherSource how, const DitherKernel *k) {
    int w = dest->width, h = dest->height;
    int16_t *buffer = gc_alloc(3 * (size_t)w * sizeof(int16_t), true);
    int16_t *rows[3] = {buffer, buffer + w, buffer + 2 * w};
    for (int i = 0; i < 3 && i < h; i++) {
        luminance_row(src, how, i, rows[i]);
    }
    int32_t err = 0;
    for (int y = 0; y < h; y++) {
        int dir = y % 2 == 0 ? 1 : -1;
        for (int i = 0; i < w; i++) {
            int x = dir > 0 ? i : w - 1 - i;
            int32_t in = rows[0][x] + err;
            bool on = in >= 128;
            disp_bitmap_set(dest, x, y, on ? dest->value_mask : 0);
            err = in - (on ? 255 : 0);
            for (int t = 0; t < k->nterms; t++) {
                int tx = x + dir * k->terms[t].dx, dy = k->terms[t].dy;
                if (tx >= 0 && tx < w && y + dy < h) {
                    rows[dy][tx] = (int16_t)(rows[dy][tx] + k->terms[t].share * err / 256);
                }
            }
            err = err * k->ahead / 256;
        }
        int16_t *done = rows[0];
        rows[0] = rows[1];
        rows[1] = rows[2];
        rows[2] = done;
        if (y + 3 < h) {
            luminance_row(src, how, y + 3, rows[2]);
        }
    }
}

static Value bt_dither(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(dest_bitmap), true, false, VAL_NULL},
        {NAME(source_bitmap), true, false, VAL_NULL},
        {NAME(source_colorspace), true, false, VAL_NULL},
        {NAME(algorithm), false, false, OBJ_VAL(&dither_atkinson)},
    };
    Value a[4];
    args_parse("dither", nargs, args, kwnames, 4, spec, a);
    BitmapObj *src = bitmap_in(a[1], "source_bitmap");
    BitmapObj *dest = writable(a[0], "dest_bitmap");
    if (!is_type(a[3], &bitmaptools_ditheralgorithm_type)) {
        vm_raise(&exc_TypeError_type, "algorithm must be of type DitherAlgorithm, not %s", val_type_name(a[3]));
    }
    const DitherSource *how = dither_source_arg(a[2]);
    if (src->width != dest->width || src->height != dest->height) {
        vm_raise(&exc_TypeError_type, "bitmap sizes must match");
    }
    // CircuitPython's checks, in its order, and its messages, though this
    // one is about dest_bitmap and L8 needs a value_count of 256.
    if (dest->bits != 1 && dest->bits != 16) {
        vm_raise(&exc_TypeError_type, "source_bitmap must have value_count of 2 or 65536");
    }
    if (how == NULL) {
        vm_raise(&exc_TypeError_type, "unsupported colorspace for dither");
    }
    if (how->grey && src->bits != 8) {
        vm_raise(&exc_TypeError_type, "source_bitmap must have value_count of 8");
    }
    if (!how->grey && src->bits != 16) {
        vm_raise(&exc_TypeError_type, "source_bitmap must have value_count of 65536");
    }
    dither(dest, src, *how, a[3] == OBJ_VAL(&dither_atkinson) ? &atkinson_kernel : &floyd_steinberg_kernel);
    return VAL_NONE;
}

// --- loading -------------------------------------------------------------------------

// Pixel x of a row read from a file (its elements already byte-swapped if
// asked), `bpp` bits each, little-endian words as on the boards.
static uint32_t row_pixel(const uint8_t *row, int32_t x, int bpp, bool msb_first) {
    switch (bpp) {
        case 1:
        case 2:
        case 4: {
            int per_byte = 8 / bpp, slot = x % per_byte;
            int shift = bpp * (msb_first ? per_byte - 1 - slot : slot);
            return (row[x / per_byte] >> shift) & ((1u << bpp) - 1);
        }
        case 8:
            return row[x];
        case 16:
            return (uint32_t)row[2 * x] | (uint32_t)row[2 * x + 1] << 8;
        case 24:
            return (uint32_t)row[3 * x] << 16 | (uint32_t)row[3 * x + 1] << 8 | row[3 * x + 2];
        default:
            return (uint32_t)row[4 * x] | (uint32_t)row[4 * x + 1] << 8 | (uint32_t)row[4 * x + 2] << 16 |
                   (uint32_t)row[4 * x + 3] << 24;
    }
}

static Value bt_readinto(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(bitmap), true, false, VAL_NULL},
        {NAME(file), true, false, VAL_NULL},
        {NAME(bits_per_pixel), true, false, VAL_NULL},
        {NAME(element_size), false, false, MODS_SMALL_INT(1)},
        {NAME(reverse_pixels_in_element), false, false, VAL_FALSE},
        {NAME(swap_bytes_in_element), false, false, VAL_FALSE},
        {NAME(reverse_rows), false, false, VAL_FALSE},
    };
    Value a[7];
    args_parse("readinto", nargs, args, kwnames, 7, spec, a);
    int64_t bpp = arg_int(a[2]), element = arg_int(a[3]);
    BitmapObj *b = writable(a[0], "bitmap");
    if (element != 1 && element != 2 && element != 4) {
        vm_raise(&exc_ValueError_type, "invalid element_size %d, must be, 1, 2, or 4", (int)element);
    }
    if (bpp == 24 && element != 1) {
        vm_raise(&exc_ValueError_type, "invalid element size %d for bits_per_pixel %d\n", (int)element, (int)bpp);
    }
    if (bpp != 1 && bpp != 2 && bpp != 4 && bpp != 8 && bpp != 16 && bpp != 24 && bpp != 32) {
        vm_raise(&exc_ValueError_type, "invalid bits_per_pixel %d, must be, 1, 2, 4, 8, 16, 24, or 32", (int)bpp);
    }
    bool msb_first = obj_truthy(a[4]), swap = obj_truthy(a[5]), reverse_rows = obj_truthy(a[6]);
    size_t bits = (size_t)element * 8;
    size_t rowsize = (size_t)element * (((size_t)b->width * (size_t)bpp + bits - 1) / bits);
    uint8_t *row = gc_alloc(rowsize + 4, true);
    for (int32_t y = 0; y < b->height; y++) {
        Value got = obj_call_method1(a[1], NAME(read), int_from_i64((int64_t)rowsize));
        const uint8_t *data;
        size_t len;
        if (!obj_get_buffer(got, &data, &len) || len != rowsize) {
            vm_raise_noargs(&exc_EOFError_type);
        }
        memcpy(row, data, rowsize);
        for (size_t i = 0; swap && i + (size_t)element <= rowsize; i += (size_t)element) {
            for (size_t j = 0; j < (size_t)element / 2; j++) {
                uint8_t t = row[i + j];
                row[i + j] = row[i + (size_t)element - 1 - j];
                row[i + (size_t)element - 1 - j] = t;
            }
        }
        int32_t yd = reverse_rows ? b->height - 1 - y : y;
        for (int32_t x = 0; x < b->width; x++) {
            disp_bitmap_set(b, x, yd, row_pixel(row, x, (int)bpp, msb_first) & b->value_mask);
        }
    }
    return VAL_NONE;
}

// --- the module ----------------------------------------------------------------------

static BUILTIN_FN_KW(bt_fill_region_obj, fill_region, 0, FN_UNLIMITED, bt_fill_region);
static BUILTIN_FN_KW(bt_draw_line_obj, draw_line, 0, FN_UNLIMITED, bt_draw_line);
static BUILTIN_FN_KW(bt_draw_polygon_obj, draw_polygon, 0, FN_UNLIMITED, bt_draw_polygon);
static BUILTIN_FN_KW(bt_draw_circle_obj, draw_circle, 0, FN_UNLIMITED, bt_draw_circle);
static BUILTIN_FN_KW(bt_boundary_fill_obj, boundary_fill, 0, FN_UNLIMITED, bt_boundary_fill);
static BUILTIN_FN_KW(bt_replace_color_obj, replace_color, 0, FN_UNLIMITED, bt_replace_color);
static BUILTIN_FN_KW(bt_blit_obj, blit, 0, FN_UNLIMITED, bt_blit);
static BUILTIN_FN_KW(bt_rotozoom_obj, rotozoom, 0, FN_UNLIMITED, bt_rotozoom);
static BUILTIN_FN_KW(bt_arrayblit_obj, arrayblit, 0, FN_UNLIMITED, bt_arrayblit);
static BUILTIN_FN_KW(bt_alphablend_obj, alphablend, 0, FN_UNLIMITED, bt_alphablend);
static BUILTIN_FN_KW(bt_readinto_obj, readinto, 0, FN_UNLIMITED, bt_readinto);
static BUILTIN_FN_KW(bt_dither_obj, dither, 0, FN_UNLIMITED, bt_dither);

static const AttrEntry bitmaptools_globals[] = {
    {NAME(__name__), NAME(bitmaptools)},
    {NAME(BlendMode), OBJ_VAL(&bitmaptools_blendmode_type)},
    {NAME(DitherAlgorithm), OBJ_VAL(&bitmaptools_ditheralgorithm_type)},
    {NAME(alphablend), OBJ_VAL(&bt_alphablend_obj)},
    {NAME(arrayblit), OBJ_VAL(&bt_arrayblit_obj)},
    {NAME(blit), OBJ_VAL(&bt_blit_obj)},
    {NAME(boundary_fill), OBJ_VAL(&bt_boundary_fill_obj)},
    {NAME(dither), OBJ_VAL(&bt_dither_obj)},
    {NAME(draw_circle), OBJ_VAL(&bt_draw_circle_obj)},
    {NAME(draw_line), OBJ_VAL(&bt_draw_line_obj)},
    {NAME(draw_polygon), OBJ_VAL(&bt_draw_polygon_obj)},
    {NAME(fill_region), OBJ_VAL(&bt_fill_region_obj)},
    {NAME(readinto), OBJ_VAL(&bt_readinto_obj)},
    {NAME(replace_color), OBJ_VAL(&bt_replace_color_obj)},
    {NAME(rotozoom), OBJ_VAL(&bt_rotozoom_obj)},
};

const ModuleDef module_bitmaptools = {
    .name = NAME(bitmaptools),
    .globals = bitmaptools_globals,
    .nglobals = sizeof(bitmaptools_globals) / sizeof(bitmaptools_globals[0]),
};
