// displayio.Bitmap: a 2D array of small unsigned values (palette indices
// or colours) packed as CircuitPython packs them (displayio.h), with the
// area changed since the last refresh, and the buffer protocol over its
// packed words.
#include "displayio_int.h"
#include "gc.h"
#include "mods.h"
#include "pins.h"
#include "vm_raise.h"

// --- the C interface -----------------------------------------------------------------

static uint8_t bits_for(uint32_t value_count) {
    uint8_t bits = 1;
    while (bits < 32 && ((value_count - 1) >> bits) != 0) {
        bits <<= 1;
    }
    return bits;
}

BitmapObj *disp_bitmap_new(int width, int height, uint32_t value_count) {
    uint8_t bits = bits_for(value_count == 0 ? 1 : value_count);
    BitmapObj *b = (BitmapObj *)gc_alloc_obj(sizeof(BitmapObj), &displayio_bitmap_type);
    b->width = (uint16_t)width;
    b->height = (uint16_t)height;
    b->bits = bits;
    b->stride = ((uint32_t)width * bits + 31) / 32;
    size_t bytes = (size_t)b->stride * (uint32_t)height * sizeof(uint32_t);
    b->data = gc_alloc(bytes > 0 ? bytes : 1, true);
    b->value_mask = bits == 32 ? 0xFFFFFFFFu : (1u << bits) - 1;
    // A new bitmap is all new to the display.
    b->dirty = (DispArea){0, 0, (int16_t)width, (int16_t)height};
    return b;
}

BitmapObj *disp_bitmap_arg(Value v, const char *argname) {
    Value n = val_is_obj(v) ? obj_native(v) : v;
    if (!is_type(n, &displayio_bitmap_type)) {
        vm_raise(&exc_TypeError_type, "%s must be of type Bitmap, not %T", argname, v);
    }
    return (BitmapObj *)VAL_OBJ(n);
}

void disp_bitmap_mark_dirty(BitmapObj *b, const DispArea *a) {
    DispArea whole = {0, 0, (int16_t)b->width, (int16_t)b->height};
    DispArea clipped;
    if (disp_area_intersect(a, &whole, &clipped)) {
        disp_area_union(&b->dirty, &clipped);
    }
}

// Stores v without marking anything dirty.
static void bitmap_put(BitmapObj *b, int x, int y, uint32_t v) {
    uint8_t *row = (uint8_t *)(b->data + (uint32_t)y * b->stride);
    if (b->bits == 8) {
        row[x] = (uint8_t)v;
    } else if (b->bits == 16) {
        uint16_t h = (uint16_t)v;
        memcpy(row + 2 * (uint32_t)x, &h, sizeof(h));
    } else if (b->bits == 32) {
        memcpy(row + 4 * (uint32_t)x, &v, sizeof(v));
    } else {
        uint32_t bit = (uint32_t)x * b->bits;
        unsigned shift = 8 - b->bits - (bit & 7);
        uint8_t *p = &row[bit >> 3];
        *p = (uint8_t)((*p & ~(b->value_mask << shift)) | ((v & b->value_mask) << shift));
    }
}

void disp_bitmap_set(BitmapObj *b, int x, int y, uint32_t v) {
    bitmap_put(b, x, y, v);
    DispArea a = {(int16_t)x, (int16_t)y, (int16_t)(x + 1), (int16_t)(y + 1)};
    disp_area_union(&b->dirty, &a);
}

bool disp_bitmap_get_buffer(Value v, const uint8_t **data, size_t *len) {
    if (!val_is_obj(v)) {
        return false;
    }
    Value n = obj_native(v);
    if (!is_type(n, &displayio_bitmap_type)) {
        return false;
    }
    BitmapObj *b = (BitmapObj *)VAL_OBJ(n);
    if (b->deinited || b->read_only) {
        return false;
    }
    *data = (const uint8_t *)b->data;
    *len = (size_t)b->stride * b->height * sizeof(uint32_t);
    return true;
}

// --- sources: Bitmap or OnDiskBitmap ---------------------------------------------------

bool disp_source_size(Value src, int *width, int *height) {
    if (!val_is_obj(src)) {
        return false;
    }
    Value n = obj_native(src);
    if (is_type(n, &displayio_bitmap_type)) {
        BitmapObj *b = (BitmapObj *)VAL_OBJ(n);
        *width = b->width;
        *height = b->height;
        return true;
    }
    if (is_type(n, &displayio_ondiskbitmap_type)) {
        OnDiskBitmapObj *b = (OnDiskBitmapObj *)VAL_OBJ(n);
        *width = b->width;
        *height = b->height;
        return true;
    }
    return false;
}

uint32_t disp_source_get(Value src, int x, int y) {
    Value n = obj_native(src);
    if (is_type(n, &displayio_bitmap_type)) {
        return disp_bitmap_get((BitmapObj *)VAL_OBJ(n), x, y);
    }
    if (is_type(n, &displayio_ondiskbitmap_type)) {
        return disp_ondiskbitmap_get((OnDiskBitmapObj *)VAL_OBJ(n), x, y);
    }
    return 0;
}

bool disp_source_changed(Value src, DispArea *changed) {
    Value n = obj_native(src);
    if (!is_type(n, &displayio_bitmap_type)) {
        return false;   // an OnDiskBitmap's file is not watched
    }
    BitmapObj *b = (BitmapObj *)VAL_OBJ(n);
    *changed = b->dirty;
    return !disp_area_empty(&b->dirty);
}

void disp_source_finish_refresh(Value src) {
    Value n = obj_native(src);
    if (is_type(n, &displayio_bitmap_type)) {
        ((BitmapObj *)VAL_OBJ(n))->dirty = (DispArea){0, 0, 0, 0};
    } else if (is_type(n, &displayio_ondiskbitmap_type)) {
        disp_ondiskbitmap_close((OnDiskBitmapObj *)VAL_OBJ(n));
    }
}

// --- Python: construction and properties ----------------------------------------------

static Value bitmap_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    args_no_kw("Bitmap", kwnames);
    args_check_count("Bitmap", nargs, 3, 3);
    int w = (int)arg_int_range(args[0], 0, 32767, "width");
    int h = (int)arg_int_range(args[1], 0, 32767, "height");
    uint32_t n = (uint32_t)arg_int_range(args[2], 1, 65536, "value_count");
    return OBJ_VAL(disp_bitmap_new(w, h, n));
}

static BitmapObj *bitmap_self(Value v) {
    BitmapObj *b = disp_bitmap_arg(v, "self");
    raise_if_deinited(b->deinited);
    return b;
}

static void check_writable(const BitmapObj *b) {
    if (b->read_only) {
        vm_raise(&exc_RuntimeError_type, "Read-only");
    }
}

static Value bitmap_width_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(bitmap_self(args[0])->width);
}

static Value bitmap_height_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(bitmap_self(args[0])->height);
}

static Value bitmap_bits_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(bitmap_self(args[0])->bits);
}

// A value for this bitmap: "value must be 0-<max>" (ValueError) otherwise.
static uint32_t value_arg(const BitmapObj *b, Value v) {
    return (uint32_t)arg_int_range(v, 0, (int64_t)b->value_mask, "value");
}

// --- Python: items -------------------------------------------------------------------------

// bitmap[i] (i = y * width + x) or bitmap[x, y] -> the position, with
// CircuitPython's IndexErrors.
static void item_position(const BitmapObj *b, Value index, int *x, int *y) {
    if (int_coerce(index) != VAL_NULL) {
        int64_t total = (int64_t)b->width * b->height;
        int64_t i;
        if (!int_to_i64(int_coerce(index), &i) || i < 0 || i >= total) {
            vm_raise(&exc_IndexError_type, "index must be 0-%ld", (long)(total - 1));
        }
        *x = (int)(i % b->width);
        *y = (int)(i / b->width);
        return;
    }
    size_t len;
    Value *items;
    if (!obj_get_array(obj_native(index), &len, &items)) {
        vm_raise(&exc_TypeError_type, "object '%T' isn't a tuple or list", index);
    }
    if (len != 2) {
        vm_raise(&exc_ValueError_type, "requested length 2 but object has length %zu", len);
    }
    Value xv = items[0], yv = items[1];
    int64_t xi = arg_int_range(xv, INT32_MIN, INT32_MAX, "x");
    if (xi < 0 || xi >= b->width) {
        vm_raise(&exc_IndexError_type, "x must be 0-%d", b->width - 1);
    }
    int64_t yi = arg_int_range(yv, INT32_MIN, INT32_MAX, "y");
    if (yi < 0 || yi >= b->height) {
        vm_raise(&exc_IndexError_type, "y must be 0-%d", b->height - 1);
    }
    *x = (int)xi;
    *y = (int)yi;
}

static Value bitmap_subscr(Value self, Value index, Value value) {
    if (value == VAL_DELETE) {
        vm_raise(&exc_AttributeError_type, "Cannot delete values");
    }
    BitmapObj *b = bitmap_self(self);
    if (is_type(index, &slice_type)) {
        vm_raise(&exc_NotImplementedError_type, "Slices not supported");
    }
    int x, y;
    item_position(b, index, &x, &y);
    if (value == VAL_NULL) {
        return int_from_u64(disp_bitmap_get(b, x, y));
    }
    uint32_t v = value_arg(b, value);
    check_writable(b);
    disp_bitmap_set(b, x, y, v);
    return VAL_NONE;
}

// --- Python: methods ------------------------------------------------------------------------

static Value bitmap_fill_m(size_t nargs, const Value *args) {
    (void)nargs;
    BitmapObj *b = bitmap_self(args[0]);
    uint32_t v = value_arg(b, args[1]);
    check_writable(b);
    // The first row value by value, the others copied from it.
    for (int x = 0; x < b->width; x++) {
        bitmap_put(b, x, 0, v);
    }
    for (int y = 1; y < b->height; y++) {
        memcpy(b->data + (uint32_t)y * b->stride, b->data, b->stride * sizeof(uint32_t));
    }
    DispArea all = {0, 0, (int16_t)b->width, (int16_t)b->height};
    disp_bitmap_mark_dirty(b, &all);
    return VAL_NONE;
}

static Value bitmap_dirty_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(x1), false, false, MODS_SMALL_INT(0)},
        {NAME(y1), false, false, MODS_SMALL_INT(0)},
        {NAME(x2), false, false, MODS_SMALL_INT(-1)},
        {NAME(y2), false, false, MODS_SMALL_INT(-1)},
    };
    Value a[4];
    args_parse("dirty", nargs - 1, args + 1, kwnames, 4, spec, a);
    BitmapObj *b = bitmap_self(args[0]);
    int64_t c[4];
    for (int i = 0; i < 4; i++) {
        c[i] = arg_int_range(a[i], INT32_MIN, INT32_MAX, str_cstr(spec[i].name));
    }
    check_writable(b);
    if (c[2] == -1) {
        c[2] = b->width;
    }
    if (c[3] == -1) {
        c[3] = b->height;
    }
    // Either corner may come first.
    DispArea d = disp_area_clamped(c[0] < c[2] ? c[0] : c[2], c[1] < c[3] ? c[1] : c[3],
                                   c[0] < c[2] ? c[2] : c[0], c[1] < c[3] ? c[3] : c[1]);
    disp_bitmap_mark_dirty(b, &d);
    return VAL_NONE;
}

// blit(x, y, source_bitmap, *, x1=0, y1=0, x2=None, y2=None, skip_index=None):
// CircuitPython 8's Bitmap.blit (bitmaptools.blit in 9), kept because
// libraries still call it.
static Value bitmap_blit_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(x), true, false, VAL_NULL},
        {NAME(y), true, false, VAL_NULL},
        {NAME(source_bitmap), true, false, VAL_NULL},
        {NAME(x1), false, true, MODS_SMALL_INT(0)},
        {NAME(y1), false, true, MODS_SMALL_INT(0)},
        {NAME(x2), false, true, VAL_NONE},
        {NAME(y2), false, true, VAL_NONE},
        {NAME(skip_index), false, true, VAL_NONE},
    };
    Value a[8];
    args_parse("blit", nargs - 1, args + 1, kwnames, 8, spec, a);
    BitmapObj *dst = bitmap_self(args[0]);
    int64_t x = arg_int_range(a[0], INT32_MIN, INT32_MAX, "x");
    int64_t y = arg_int_range(a[1], INT32_MIN, INT32_MAX, "y");
    BitmapObj *src = disp_bitmap_arg(a[2], "source_bitmap");
    raise_if_deinited(src->deinited);
    if (dst->bits < src->bits) {
        vm_raise(&exc_ValueError_type, "source palette too large");
    }
    int64_t x1 = arg_int_range(a[3], INT32_MIN, INT32_MAX, "x1");
    int64_t y1 = arg_int_range(a[4], INT32_MIN, INT32_MAX, "y1");
    int64_t x2 = a[5] == VAL_NONE ? src->width : arg_int_range(a[5], INT32_MIN, INT32_MAX, "x2");
    int64_t y2 = a[6] == VAL_NONE ? src->height : arg_int_range(a[6], INT32_MIN, INT32_MAX, "y2");
    if (x < 0 || y < 0 || x > dst->width || y > dst->height) {
        vm_raise(&exc_ValueError_type, "out of range of target");
    }
    if (x1 < 0 || x1 > src->width || y1 < 0 || y1 > src->height || x2 < 0 || x2 > src->width || y2 < 0 ||
        y2 > src->height) {
        vm_raise(&exc_ValueError_type, "out of range of source");
    }
    if (x1 > x2) {
        int64_t t = x1;
        x1 = x2;
        x2 = t;
    }
    if (y1 > y2) {
        int64_t t = y1;
        y1 = y2;
        y2 = t;
    }
    bool skip = a[7] != VAL_NONE;
    uint32_t skip_value = skip ? (uint32_t)arg_int_range(a[7], INT32_MIN, UINT32_MAX, "skip_index") : 0;
    check_writable(dst);
    int w = (int)(x2 - x1), h = (int)(y2 - y1);
    // Copied from the far end when the region moves right or down, so a
    // blit within one bitmap reads each pixel before overwriting it.
    bool x_back = x > x1, y_back = y > y1;
    for (int j = 0; j < h; j++) {
        int jj = y_back ? h - 1 - j : j;
        int dy = (int)y + jj;
        if (dy >= dst->height) {
            continue;
        }
        for (int i = 0; i < w; i++) {
            int ii = x_back ? w - 1 - i : i;
            int dx = (int)x + ii;
            if (dx >= dst->width) {
                continue;
            }
            uint32_t v = disp_bitmap_get(src, (int)x1 + ii, (int)y1 + jj);
            if (!skip || v != skip_value) {
                bitmap_put(dst, dx, dy, v);
            }
        }
    }
    disp_bitmap_mark_dirty(dst, &(DispArea){(int16_t)x, (int16_t)y, (int16_t)(x + w < dst->width ? x + w : dst->width),
                                            (int16_t)(y + h < dst->height ? y + h : dst->height)});
    return VAL_NONE;
}

static Value bitmap_deinit_m(size_t nargs, const Value *args) {
    (void)nargs;
    disp_bitmap_arg(args[0], "self")->deinited = true;
    return VAL_NONE;
}

static BUILTIN_FN(bitmap_width_get_obj, width, 1, 1, bitmap_width_get);
static BUILTIN_FN(bitmap_height_get_obj, height, 1, 1, bitmap_height_get);
static BUILTIN_FN(bitmap_bits_get_obj, bits_per_value, 1, 1, bitmap_bits_get);
static BUILTIN_FN(bitmap_fill_obj, fill, 2, 2, bitmap_fill_m);
static BUILTIN_FN_KW(bitmap_dirty_obj, dirty, 1, FN_UNLIMITED, bitmap_dirty_m);
static BUILTIN_FN_KW(bitmap_blit_obj, blit, 1, FN_UNLIMITED, bitmap_blit_m);
static BUILTIN_FN(bitmap_deinit_obj, deinit, 1, 1, bitmap_deinit_m);
DISP_GETTER(bitmap_width_prop, bitmap_width_get_obj);
DISP_GETTER(bitmap_height_prop, bitmap_height_get_obj);
DISP_GETTER(bitmap_bits_prop, bitmap_bits_get_obj);

static const AttrEntry bitmap_attrs[] = {
    {NAME(bits_per_value), OBJ_VAL(&bitmap_bits_prop)},
    {NAME(blit), OBJ_VAL(&bitmap_blit_obj)},
    {NAME(deinit), OBJ_VAL(&bitmap_deinit_obj)},
    {NAME(dirty), OBJ_VAL(&bitmap_dirty_obj)},
    {NAME(fill), OBJ_VAL(&bitmap_fill_obj)},
    {NAME(height), OBJ_VAL(&bitmap_height_prop)},
    {NAME(width), OBJ_VAL(&bitmap_width_prop)},
};

const Type displayio_bitmap_type = {
    .base = {&type_type},
    .name = NAME(Bitmap),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = bitmap_make_new,
    .subscr = bitmap_subscr,
    .attrs = bitmap_attrs,
    .nattrs = sizeof(bitmap_attrs) / sizeof(bitmap_attrs[0]),
};
