// The adafruit_pixelbuf module: PixelBuf, the RGB[W] pixel buffer the
// neopixel and adafruit_dotstar libraries subclass. It keeps the bytes to
// send (header, pixels in the strip's byte order scaled by `brightness`,
// trailer) in one bytearray that show() hands to the subclass's
// _transmit(buf); when brightness is below 1 a second buffer keeps the
// values as set, so reading a pixel back returns them unscaled. Byte orders
// are 3 or 4 letters of R, G, B, W; a leading P (DotStar) makes the first
// byte of each pixel 0xE0 | 5-bit brightness.
//
// A subclass must reach its own _transmit from show(), but a built-in
// type's methods only see the built-in part of an instance. So the
// PixelBuf the module exports is a small Python class over the native
// type: its __new__ makes the native part without arguments (a subclass
// such as NeoPixel(pin, n, ...) has other ones) and its __init__ hands the
// instance to _init, which remembers it as the object show() calls.
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "modargs.h"
#include "mods.h"
#include "module_table.h"
#include "vm_raise.h"

typedef struct {
    Obj base;              // &pixelbuf_type
    Value owner;           // the Python-level instance show() calls _transmit on
    Value order;           // the byteorder string as given
    Value out;             // bytearray: header, scaled pixels, trailer
    uint8_t *pre;          // unscaled pixel bytes (no-scan block), NULL while not needed
    size_t n;              // pixels
    size_t header_len;
    double brightness;     // 0.0 .. 1.0 as set
    uint16_t scaled;       // brightness in 256ths (what the bytes are multiplied by)
    uint8_t bpp;           // letters in the byte order (the bpp property)
    uint8_t stride;        // bytes per pixel in the buffer (4 for DotStar)
    uint8_t ri, gi, bi, wi;   // byte offsets of each colour in a pixel
    bool dotstar, has_white, auto_write, inited;
} PixelBufObj;

extern const Type pixelbuf_type;

#define DOTSTAR_START 0xE0

static PixelBufObj *pb_self(Value v) {
    Value n = obj_native(v);
    if (!is_type(n, &pixelbuf_type)) {
        vm_raise(&exc_TypeError_type, "'%T' object is not a PixelBuf", v);
    }
    PixelBufObj *p = (PixelBufObj *)VAL_OBJ(n);
    if (!p->inited) {
        // A subclass that never called PixelBuf.__init__ (CircuitPython:
        // "call super().__init__() before accessing native object").
        vm_raise(&exc_AttributeError_type, "call super().__init__() before accessing native object");
    }
    return p;
}

// The pixel bytes inside the output bytearray (which _transmit could have
// resized: then the buffer is no longer usable).
static uint8_t *pb_pixels(PixelBufObj *p) {
    BytesObj *b = (BytesObj *)VAL_OBJ(p->out);
    if (b->len < p->header_len + p->n * p->stride) {
        vm_raise(&exc_RuntimeError_type, "PixelBuf buffer was resized");
    }
    return b->data + p->header_len;
}

// --- colours ---------------------------------------------------------------------

// Any int, truncated to its low bits as CircuitPython's mp_obj_get_int_truncated.
static int64_t int_truncated(Value v) {
    if (val_is_small_int(v)) {
        return val_small_int(v);
    }
    int64_t x;
    if (int_to_i64(v, &x)) {
        return x;
    }
    Value low = obj_binary_op(BINOP_AND, v, int_from_i64(0xFFFFFFFF));
    int_to_i64(low, &x);
    return x;
}

// One colour component: ints keep their low byte, floats are truncated.
static uint8_t component(Value v) {
    Value iv = int_coerce(v);
    if (iv != VAL_NULL) {
        return (uint8_t)int_truncated(iv);
    }
    if (is_type(v, &float_type)) {
        double d = float_value(v);
        return d <= 0 || d != d ? 0 : (uint8_t)(uint32_t)(d < 4294967295.0 ? d : 4294967295.0);
    }
    vm_raise(&exc_TypeError_type, "can't convert %T to int", v);
}

typedef struct {
    uint8_t r, g, b, w;
} Rgbw;

// An int 0xRRGGBB, a float (truncated to int), or a 3- or 4-item tuple or
// list; the fourth item is white, or for DotStar the pixel's brightness
// (a float 0.0-1.0 or an int 0-255).
static Rgbw parse_color(const PixelBufObj *p, Value color) {
    Rgbw c;
    c.w = p->dotstar ? 255 : 0;
    Value iv = int_coerce(color);
    if (iv != VAL_NULL || is_type(color, &float_type)) {
        int64_t x = iv != VAL_NULL ? int_truncated(iv) : (int64_t)float_value(color);
        c.r = (uint8_t)(x >> 16);
        c.g = (uint8_t)(x >> 8);
        c.b = (uint8_t)x;
    } else {
        size_t len;
        Value *items;
        if (!obj_get_array(obj_native(color), &len, &items)) {
            vm_raise(&exc_TypeError_type, "object '%T' isn't a tuple or list", color);
        }
        if (len < 3 || len > 4) {
            vm_raise(&exc_ValueError_type, "color length must be 3-4");
        }
        c.r = component(items[0]);
        c.g = component(items[1]);
        c.b = component(items[2]);
        if (len == 4) {
            if (is_type(items[3], &float_type)) {
                double d = 255.0 * float_value(items[3]);
                c.w = d <= 0 || d != d ? 0 : d >= 255 ? 255 : (uint8_t)d;
            } else {
                c.w = component(items[3]);
            }
            return c;
        }
    }
    // An RGBW strip shows grey (all three equal) with its white LED.
    if (!p->dotstar && p->has_white && c.r == c.g && c.r == c.b) {
        c.w = c.r;
        c.r = c.g = c.b = 0;
    }
    return c;
}

static void set_pixel(PixelBufObj *p, size_t i, Rgbw c) {
    uint8_t *out = pb_pixels(p) + i * p->stride;
    uint8_t *raw = p->pre != NULL ? p->pre + i * p->stride : out;
    uint8_t w = c.w;
    if (p->dotstar) {
        w = (uint8_t)(DOTSTAR_START | (w >> 3));   // 5-bit brightness in the start byte
    }
    raw[p->ri] = c.r;
    raw[p->gi] = c.g;
    raw[p->bi] = c.b;
    if (p->stride == 4) {
        raw[p->wi] = w;
    }
    if (p->pre != NULL) {
        out[p->ri] = (uint8_t)(c.r * p->scaled / 256);
        out[p->gi] = (uint8_t)(c.g * p->scaled / 256);
        out[p->bi] = (uint8_t)(c.b * p->scaled / 256);
        if (p->stride == 4) {
            out[p->wi] = p->dotstar ? w : (uint8_t)(w * p->scaled / 256);
        }
    }
}

static Value get_pixel(PixelBufObj *p, size_t i) {
    const uint8_t *px = (p->pre != NULL ? p->pre : pb_pixels(p)) + i * p->stride;
    Value items[4] = {val_from_small_int(px[p->ri]), val_from_small_int(px[p->gi]),
                      val_from_small_int(px[p->bi]), VAL_NONE};
    if (p->bpp == 4) {
        items[3] = p->dotstar ? float_new((px[p->wi] & 0x1F) / 31.0) : val_from_small_int(px[p->wi]);
    }
    return tuple_new(p->bpp, items);
}

// --- show, brightness -----------------------------------------------------------

static void pb_show(PixelBufObj *p) {
    Value owner = p->owner != VAL_NULL ? p->owner : OBJ_VAL(p);
    obj_call_method1(owner, NAME(_transmit), p->out);
}

// A float argument, with CircuitPython's TypeError for anything else.
static double float_arg(Value v) {
    double d;
    if (!obj_to_double(obj_native(v), &d)) {
        vm_raise(&exc_TypeError_type, "can't convert %T to float", v);
    }
    return d;
}

static void set_brightness(PixelBufObj *p, double b) {
    if (b != b || b < 0) {
        b = 0;
    } else if (b > 1) {
        b = 1;
    }
    p->brightness = b;
    // 256ths as CircuitPython computes them (single-precision floats).
    uint16_t scaled = (uint16_t)((float)b * 256.0f);
    if (scaled == p->scaled) {
        return;
    }
    p->scaled = scaled;
    if (scaled == 256 && p->pre == NULL) {
        return;
    }
    size_t len = p->n * p->stride;
    uint8_t *out = pb_pixels(p);
    if (p->pre == NULL) {
        p->pre = gc_alloc(len > 0 ? len : 1, true);
        memcpy(p->pre, out, len);
    }
    for (size_t i = 0; i < len; i++) {
        if (p->dotstar && i % 4 == 0) {
            continue;   // the per-pixel brightness byte is not scaled
        }
        out[i] = (uint8_t)(p->pre[i] * scaled / 256);
    }
    if (p->auto_write) {
        pb_show(p);
    }
}

// --- construction -----------------------------------------------------------------

_Noreturn static void invalid_byteorder(void) { vm_raise(&exc_ValueError_type, "Invalid byteorder"); }

static void parse_byteorder(PixelBufObj *p, Value order) {
    if (!obj_isinstance(order, &str_type)) {
        vm_raise(&exc_TypeError_type, "byteorder must be of type str, not %T", order);
    }
    Value s = obj_native(order);
    const char *o = str_cstr(s);
    size_t len = str_len_bytes(s);
    if (len < 3 || len > 4) {
        invalid_byteorder();
    }
    const char *r = memchr(o, 'R', len), *g = memchr(o, 'G', len), *b = memchr(o, 'B', len);
    const char *w = memchr(o, 'W', len), *ds = memchr(o, 'P', len);
    size_t found = (r != NULL) + (g != NULL) + (b != NULL) + (w != NULL) + (ds != NULL);
    if (found < len || r == NULL || g == NULL || b == NULL) {
        invalid_byteorder();
    }
    if ((ds != NULL && o[0] != 'P') || (ds != NULL && w != NULL)) {
        invalid_byteorder();
    }
    p->order = order;
    p->bpp = (uint8_t)len;
    p->dotstar = ds != NULL;
    p->has_white = w != NULL;
    p->stride = p->dotstar ? 4 : (uint8_t)len;
    p->ri = (uint8_t)(r - o);
    p->gi = (uint8_t)(g - o);
    p->bi = (uint8_t)(b - o);
    p->wi = w != NULL ? (uint8_t)(w - o) : 0;   // DotStar: the P byte, first
}

// Bytes of a header/trailer argument: anything that is not a buffer
// (None, the default) counts as empty, as in CircuitPython.
static void opt_buffer(Value v, const uint8_t **data, size_t *len) {
    if (v == VAL_NULL || !obj_get_buffer(v, data, len)) {
        *data = NULL;
        *len = 0;
    }
}

static const ArgSpec pb_spec[] = {
    {NAME(size), true, false, VAL_NULL},
    {NAME(byteorder), false, true, VAL_NULL},
    {NAME(brightness), false, true, VAL_NONE},
    {NAME(auto_write), false, true, VAL_FALSE},
    {NAME(header), false, true, VAL_NONE},
    {NAME(trailer), false, true, VAL_NONE},
};

// PixelBuf's arguments into p (the native part of `owner`).
static void pb_setup(PixelBufObj *p, Value owner, size_t nargs, const Value *args, Value kwnames) {
    Value a[6];
    args_parse("PixelBuf", nargs, args, kwnames, 6, pb_spec, a);
    Value sizev = int_coerce(a[0]);
    if (sizev == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "can't convert %T to int", a[0]);
    }
    int64_t n;
    if (!int_to_i64(sizev, &n) || n < 0 || n > 0x7FFFFF) {
        vm_raise_memory_error();
    }
    PixelBufObj t = *p;
    parse_byteorder(&t, a[1] != VAL_NULL ? a[1] : NAME(BGR));
    double bright = 1.0;
    if (a[2] != VAL_NONE) {
        bright = float_arg(a[2]);
    }
    const uint8_t *hd, *tr;
    size_t hl, tl;
    opt_buffer(a[4], &hd, &hl);
    opt_buffer(a[5], &tr, &tl);
    size_t plen = (size_t)n * t.stride;
    size_t total = hl + plen + tl;
    uint8_t *zeros = gc_alloc(total > 0 ? total : 1, true);
    memset(zeros, 0, total);
    Value out = bytearray_new(zeros, total);
    gc_free(zeros);
    uint8_t *d = ((BytesObj *)VAL_OBJ(out))->data;
    if (hl > 0) {
        memcpy(d, hd, hl);
    }
    if (tl > 0) {
        memcpy(d + hl + plen, tr, tl);
    }
    if (t.dotstar) {
        for (size_t i = 0; i < plen; i += 4) {
            d[hl + i] = 0xFF;   // start bits and full per-pixel brightness
        }
    }
    t.owner = owner;
    t.out = out;
    t.pre = NULL;
    t.n = (size_t)n;
    t.header_len = hl;
    t.brightness = 1.0;
    t.scaled = 256;
    t.auto_write = false;   // no show() while the brightness is applied below
    t.inited = true;
    *p = t;
    set_brightness(p, bright);
    p->auto_write = obj_truthy(a[3]);
}

static Value pb_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    PixelBufObj *p = (PixelBufObj *)gc_alloc_obj(sizeof(PixelBufObj), &pixelbuf_type);
    p->owner = p->order = p->out = VAL_NULL;
    p->pre = NULL;
    p->inited = false;
    // Without arguments: the native part of an instance whose __init__
    // (below) fills it in.
    if (nargs != 0 || (kwnames != VAL_NULL && val_tuple(kwnames)->len != 0)) {
        pb_setup(p, OBJ_VAL(p), nargs, args, kwnames);
    }
    return OBJ_VAL(p);
}

// _init(native, instance, size, *, byteorder=..., ...): PixelBuf.__init__.
static Value pb_init(size_t nargs, const Value *args, Value kwnames) {
    Value n = obj_native(args[0]);
    if (!is_type(n, &pixelbuf_type)) {
        vm_raise(&exc_TypeError_type, "'%T' object is not a PixelBuf", args[0]);
    }
    pb_setup((PixelBufObj *)VAL_OBJ(n), args[1], nargs - 2, args + 2, kwnames);
    return VAL_NONE;
}

// --- subscripts -----------------------------------------------------------------------

static size_t pixel_index(PixelBufObj *p, Value index) {
    if (int_coerce(index) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "PixelBuf indices must be integers, not %T", index);
    }
    return seq_index(index, p->n, "PixelBuf");
}

// buf[slice] = values: one colour per selected pixel, or bpp numbers per
// pixel (a flat sequence of components).
static void set_slice(PixelBufObj *p, Value slice, Value values) {
    intptr_t start, stop, step;
    size_t count = slice_indices(slice, p->n, &start, &stop, &step);
    size_t given = obj_len(values);
    if (given != count && given != count * p->bpp) {
        vm_raise(&exc_ValueError_type, "Unmatched number of items on RHS (expected %zu, got %zu).", count,
                 given);
    }
    bool flat = given != count;
    Value it = obj_getiter(values);
    Value group = flat ? tuple_new(p->bpp, NULL) : VAL_NULL;
    size_t k = 0;
    intptr_t pos = start;
    for (Value v; (v = obj_iternext(it)) != VAL_NULL;) {
        if (pos < 0 || pos >= (intptr_t)p->n) {
            break;   // the sequence grew while it was read
        }
        if (flat) {
            val_tuple(group)->items[k++] = v;
            if (k < p->bpp) {
                continue;
            }
            k = 0;
            v = group;
        }
        set_pixel(p, (size_t)pos, parse_color(p, v));
        pos += step;
    }
    if (p->auto_write) {
        pb_show(p);
    }
}

static Value pb_subscr(Value self, Value index, Value value) {
    if (value == VAL_DELETE) {
        return VAL_NULL;
    }
    PixelBufObj *p = pb_self(self);
    if (is_type(index, &slice_type)) {
        if (value == VAL_NULL) {
            intptr_t start, stop, step;
            size_t count = slice_indices(index, p->n, &start, &stop, &step);
            Value t = tuple_new(count, NULL);
            for (size_t i = 0; i < count; i++) {
                val_tuple(t)->items[i] = get_pixel(p, (size_t)(start + (intptr_t)i * step));
            }
            return t;
        }
        set_slice(p, index, value);
        return VAL_NONE;
    }
    size_t i = pixel_index(p, index);
    if (value == VAL_NULL) {
        return get_pixel(p, i);
    }
    set_pixel(p, i, parse_color(p, value));
    if (p->auto_write) {
        pb_show(p);
    }
    return VAL_NONE;
}

static Value pb_unary_op(int op, Value self) {
    if (op == UNOP_BOOL) {
        return VAL_TRUE;
    }
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)pb_self(self)->n);
    }
    return VAL_NULL;
}

// --- methods and properties -------------------------------------------------------------

static Value pb_setitem_m(size_t nargs, const Value *args) {
    (void)nargs;
    pb_subscr(args[0], args[1], args[2]);
    return VAL_NONE;
}

static Value pb_show_m(size_t nargs, const Value *args) {
    (void)nargs;
    pb_show(pb_self(args[0]));
    return VAL_NONE;
}

static Value pb_fill_m(size_t nargs, const Value *args) {
    modargs_check("PixelBuf.fill", nargs - 1, 1, 1);
    PixelBufObj *p = pb_self(args[0]);
    Rgbw c = parse_color(p, args[1]);
    for (size_t i = 0; i < p->n; i++) {
        set_pixel(p, i, c);
    }
    if (p->auto_write) {
        pb_show(p);
    }
    return VAL_NONE;
}

static Value pb_bpp_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(pb_self(args[0])->bpp);
}

static Value pb_byteorder_get(size_t nargs, const Value *args) {
    (void)nargs;
    return pb_self(args[0])->order;
}

static Value pb_brightness_get(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(pb_self(args[0])->brightness);
}

static Value pb_brightness_set(size_t nargs, const Value *args) {
    (void)nargs;
    PixelBufObj *p = pb_self(args[0]);
    set_brightness(p, float_arg(args[1]));
    return VAL_NONE;
}

static Value pb_auto_write_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(pb_self(args[0])->auto_write);
}

static Value pb_auto_write_set(size_t nargs, const Value *args) {
    (void)nargs;
    pb_self(args[0])->auto_write = obj_truthy(args[1]);
    return VAL_NONE;
}

static BUILTIN_FN_KW(pb_init_obj, _init, 2, FN_UNLIMITED, pb_init);
static BUILTIN_FN(pb_setitem_obj, __setitem__, 3, 3, pb_setitem_m);
static BUILTIN_FN(pb_show_obj, show, 1, 1, pb_show_m);
static BUILTIN_FN(pb_fill_obj, fill, 1, FN_UNLIMITED, pb_fill_m);
static BUILTIN_FN(pb_bpp_get_obj, bpp, 1, 1, pb_bpp_get);
static BUILTIN_FN(pb_byteorder_get_obj, byteorder, 1, 1, pb_byteorder_get);
static BUILTIN_FN(pb_brightness_get_obj, brightness, 1, 1, pb_brightness_get);
static BUILTIN_FN(pb_brightness_set_obj, brightness, 2, 2, pb_brightness_set);
static BUILTIN_FN(pb_auto_write_get_obj, auto_write, 1, 1, pb_auto_write_get);
static BUILTIN_FN(pb_auto_write_set_obj, auto_write, 2, 2, pb_auto_write_set);

static const PropertyObj pb_bpp_prop = {{&property_type}, OBJ_VAL(&pb_bpp_get_obj), VAL_NONE, VAL_NONE,
                                        VAL_NONE};
static const PropertyObj pb_byteorder_prop = {{&property_type}, OBJ_VAL(&pb_byteorder_get_obj), VAL_NONE,
                                              VAL_NONE, VAL_NONE};
static const PropertyObj pb_brightness_prop = {{&property_type}, OBJ_VAL(&pb_brightness_get_obj),
                                               OBJ_VAL(&pb_brightness_set_obj), VAL_NONE, VAL_NONE};
static const PropertyObj pb_auto_write_prop = {{&property_type}, OBJ_VAL(&pb_auto_write_get_obj),
                                               OBJ_VAL(&pb_auto_write_set_obj), VAL_NONE, VAL_NONE};

static const AttrEntry pb_attrs[] = {
    {NAME(_init), OBJ_VAL(&pb_init_obj)},
    {NAME(__setitem__), OBJ_VAL(&pb_setitem_obj)},
    {NAME(auto_write), OBJ_VAL(&pb_auto_write_prop)},
    {NAME(bpp), OBJ_VAL(&pb_bpp_prop)},
    {NAME(brightness), OBJ_VAL(&pb_brightness_prop)},
    {NAME(byteorder), OBJ_VAL(&pb_byteorder_prop)},
    {NAME(fill), OBJ_VAL(&pb_fill_obj)},
    {NAME(show), OBJ_VAL(&pb_show_obj)},
};

const Type pixelbuf_type = {
    .base = {&type_type},
    .name = NAME(PixelBuf),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = pb_make_new,
    .unary_op = pb_unary_op,
    .subscr = pb_subscr,
    .attrs = pb_attrs,
    .nattrs = sizeof(pb_attrs) / sizeof(pb_attrs[0]),
};

// --- the module ---------------------------------------------------------------------------

static void pixelbuf_module_init(Value module) {
    Value g = mods_globals(module);
    dict_set(g, NAME(_PixelBuf), OBJ_VAL(&pixelbuf_type));
    mods_exec_frozen(g, "_module_halves.adafruit_pixelbuf");
}

static const AttrEntry pixelbuf_globals[] = {
    {NAME(__name__), NAME(adafruit_pixelbuf)},
};

const ModuleDef module_adafruit_pixelbuf = {
    .name = NAME(adafruit_pixelbuf),
    .globals = pixelbuf_globals,
    .nglobals = sizeof(pixelbuf_globals) / sizeof(pixelbuf_globals[0]),
    .init = pixelbuf_module_init,
};
