// The pixel shaders: displayio.Palette (an index to a colour, each entry
// opaque or transparent) and displayio.ColorConverter (a colour in one of
// the Colorspace formats to 0xRRGGBB, one input value optionally
// transparent), and the shading functions of displayio.h the renderers use.
// Shaders give 24-bit colours; reducing them to the panel's depth (and
// dithering) is the display's business.
#include "displayio_int.h"
#include "gc.h"
#include "pins.h"
#include "vm_raise.h"

// --- Palette ----------------------------------------------------------------------------

static Value palette_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(color_count), true, false, VAL_NULL},
        {NAME(dither), false, true, VAL_FALSE},
    };
    Value a[2];
    args_parse("Palette", nargs, args, kwnames, 2, spec, a);
    uint32_t count = (uint32_t)arg_int_range(a[0], 1, 32767, "color_count");
    PaletteObj *p = (PaletteObj *)gc_alloc_obj(sizeof(PaletteObj), &displayio_palette_type);
    p->count = count;
    p->colors = gc_alloc(count * sizeof(uint32_t), true);
    p->transparent = gc_alloc(count, true);
    p->dither = obj_truthy(a[1]);
    p->changed = true;
    return OBJ_VAL(p);
}

static PaletteObj *palette_self(Value v) {
    Value n = val_is_obj(v) ? obj_native(v) : v;
    if (!is_type(n, &displayio_palette_type)) {
        vm_raise(&exc_TypeError_type, "'%T' object is not a Palette", v);
    }
    return (PaletteObj *)VAL_OBJ(n);
}

// A colour as Palette takes it: 0xRRGGBB, a tuple or list of three ints, or
// a buffer of 3 bytes (RGB) or 4 (RGB and a pad byte).
static uint32_t color_arg(Value v) {
    Value native = val_is_obj(v) ? obj_native(v) : v;
    if (is_type(native, &tuple_type) || is_type(native, &list_type)) {
        v = obj_call1(OBJ_VAL(&bytes_type), v);
    }
    const uint8_t *d;
    size_t len;
    if (obj_get_buffer(v, &d, &len)) {
        if (len != 3 && len != 4) {
            vm_raise(&exc_ValueError_type, "color buffer must be 3 bytes (RGB) or 4 bytes (RGB + pad byte)");
        }
        return (uint32_t)d[0] << 16 | (uint32_t)d[1] << 8 | d[2];
    }
    Value iv = int_coerce(v);
    if (iv == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "color buffer must be a buffer, tuple, list, or int");
    }
    int64_t c;
    if (!int_to_i64(iv, &c) || c < 0 || c > 0xFFFFFF) {
        vm_raise(&exc_TypeError_type, "color must be between 0x000000 and 0xffffff");
    }
    return (uint32_t)c;
}

static Value palette_subscr(Value self, Value index, Value value) {
    if (value == VAL_DELETE || is_type(index, &slice_type)) {
        return VAL_NULL;   // no deleting, no slices (TypeError)
    }
    PaletteObj *p = palette_self(self);
    if (int_coerce(index) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "Palette indices must be integers, not %T", index);
    }
    size_t i = seq_index(index, p->count, "Palette");
    if (value == VAL_NULL) {
        return int_from_u64(p->colors[i]);
    }
    uint32_t c = color_arg(value);
    if (p->colors[i] != c) {
        p->colors[i] = c;
        p->changed = true;
    }
    return VAL_NONE;
}

static Value palette_unary_op(int op, Value self) {
    if (op == UNOP_BOOL) {
        return VAL_TRUE;
    }
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)palette_self(self)->count);
    }
    return VAL_NULL;
}

// make_transparent & co: "palette_index must be of type int" and "... must
// be 0-<n>" as CircuitPython checks them.
static uint32_t palette_index_arg(const PaletteObj *p, Value v) {
    if (int_coerce(v) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "palette_index must be of type int, not %T", v);
    }
    return (uint32_t)arg_int_range(v, 0, (int64_t)p->count - 1, "palette_index");
}

static void set_transparent(PaletteObj *p, Value index, bool transparent) {
    uint32_t i = palette_index_arg(p, index);
    if (p->transparent[i] != transparent) {
        p->transparent[i] = transparent;
        p->changed = true;
    }
}

static Value palette_make_transparent_m(size_t nargs, const Value *args) {
    (void)nargs;
    set_transparent(palette_self(args[0]), args[1], true);
    return VAL_NONE;
}

static Value palette_make_opaque_m(size_t nargs, const Value *args) {
    (void)nargs;
    set_transparent(palette_self(args[0]), args[1], false);
    return VAL_NONE;
}

static Value palette_is_transparent_m(size_t nargs, const Value *args) {
    (void)nargs;
    PaletteObj *p = palette_self(args[0]);
    return val_bool(p->transparent[palette_index_arg(p, args[1])]);
}

static Value palette_dither_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(palette_self(args[0])->dither);
}

static Value palette_dither_set(size_t nargs, const Value *args) {
    (void)nargs;
    palette_self(args[0])->dither = obj_truthy(args[1]);
    return VAL_NONE;
}

static BUILTIN_FN(palette_make_transparent_obj, make_transparent, 2, 2, palette_make_transparent_m);
static BUILTIN_FN(palette_make_opaque_obj, make_opaque, 2, 2, palette_make_opaque_m);
static BUILTIN_FN(palette_is_transparent_obj, is_transparent, 2, 2, palette_is_transparent_m);
static BUILTIN_FN(palette_dither_get_obj, dither, 1, 1, palette_dither_get);
static BUILTIN_FN(palette_dither_set_obj, dither, 2, 2, palette_dither_set);
DISP_GETSET(palette_dither_prop, palette_dither_get_obj, palette_dither_set_obj);

static const AttrEntry palette_attrs[] = {
    {NAME(dither), OBJ_VAL(&palette_dither_prop)},
    {NAME(is_transparent), OBJ_VAL(&palette_is_transparent_obj)},
    {NAME(make_opaque), OBJ_VAL(&palette_make_opaque_obj)},
    {NAME(make_transparent), OBJ_VAL(&palette_make_transparent_obj)},
};

const Type displayio_palette_type = {
    .base = {&type_type},
    .name = NAME(Palette),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = palette_make_new,
    .unary_op = palette_unary_op,
    .subscr = palette_subscr,
    .attrs = palette_attrs,
    .nattrs = sizeof(palette_attrs) / sizeof(palette_attrs[0]),
};

// --- ColorConverter ----------------------------------------------------------------------

static uint32_t swap16(uint32_t v) { return ((v & 0xFF) << 8) | ((v >> 8) & 0xFF); }

// 5- and 6-bit fields widened as CircuitPython widens them: 565 shifts
// left; 555 also repeats the top bits in the bottom ones.
static uint32_t rgb565_to_888(uint32_t v, bool bgr) {
    uint32_t hi = ((v >> 11) & 0x1F) << 3, g = ((v >> 5) & 0x3F) << 2, lo = (v & 0x1F) << 3;
    return bgr ? (lo << 16 | g << 8 | hi) : (hi << 16 | g << 8 | lo);
}

static uint32_t widen5(uint32_t c) { return (c << 3) | ((c >> 2) & 7); }

static uint32_t rgb555_to_888(uint32_t v, bool bgr) {
    uint32_t hi = widen5((v >> 10) & 0x1F), g = widen5((v >> 5) & 0x1F), lo = widen5(v & 0x1F);
    return bgr ? (lo << 16 | g << 8 | hi) : (hi << 16 | g << 8 | lo);
}

uint32_t disp_colorspace_to_rgb888(DispColorspaceId cs, uint32_t v) {
    switch (cs) {
        case DISP_CS_RGB565_SWAPPED: return rgb565_to_888(swap16(v), false);
        case DISP_CS_RGB565: return rgb565_to_888(v, false);
        case DISP_CS_RGB555_SWAPPED: return rgb555_to_888(swap16(v), false);
        case DISP_CS_RGB555: return rgb555_to_888(v, false);
        case DISP_CS_BGR565_SWAPPED: return rgb565_to_888(swap16(v), true);
        case DISP_CS_BGR565: return rgb565_to_888(v, true);
        case DISP_CS_BGR555_SWAPPED: return rgb555_to_888(swap16(v), true);
        case DISP_CS_BGR555: return rgb555_to_888(v, true);
        case DISP_CS_L8: return (v & 0xFF) * 0x010101u;
        default: return v & 0xFFFFFF;
    }
}

static Value cc_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(input_colorspace), false, true, VAL_NULL},
        {NAME(dither), false, true, VAL_FALSE},
    };
    Value a[2];
    args_parse("ColorConverter", nargs, args, kwnames, 2, spec, a);
    DispColorspaceId cs = a[0] == VAL_NULL ? DISP_CS_RGB888 : disp_colorspace_arg(a[0], "input_colorspace");
    ColorConverterObj *c = (ColorConverterObj *)gc_alloc_obj(sizeof(ColorConverterObj), &displayio_colorconverter_type);
    c->colorspace = (uint8_t)cs;
    c->dither = obj_truthy(a[1]);
    return OBJ_VAL(c);
}

static ColorConverterObj *cc_self(Value v) {
    Value n = val_is_obj(v) ? obj_native(v) : v;
    if (!is_type(n, &displayio_colorconverter_type)) {
        vm_raise(&exc_TypeError_type, "'%T' object is not a ColorConverter", v);
    }
    return (ColorConverterObj *)VAL_OBJ(n);
}

static uint32_t color_int_arg(Value v) {
    if (int_coerce(v) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "color must be of type int, not %T", v);
    }
    return (uint32_t)arg_int_range(v, INT32_MIN, UINT32_MAX, "color");
}

// CircuitPython's dither noise (a hash of the pixel position, 0-255).
static uint32_t dither_noise(uint32_t n) {
    n = (n >> 13) ^ n;
    int32_t nn = (int32_t)((n * (n * n * 60493u + 19990303u) + 1376312589u) & 0x7FFFFFFFu);
    return (uint32_t)(((float)nn / (1073741824.0f * 2)) * 255);
}

static uint32_t add_capped(uint32_t c, uint32_t noise) { return c + noise > 255 ? 255 : c + noise; }

// convert(color) -> the colour in RGB565, as CircuitPython's converter
// gives it for a 16-bit display (dithered as the pixel at 0, 0 would be).
static Value cc_convert_m(size_t nargs, const Value *args) {
    (void)nargs;
    ColorConverterObj *c = cc_self(args[0]);
    uint32_t v = color_int_arg(args[1]);
    if (c->has_transparent && v == c->transparent) {
        return val_from_small_int(0);
    }
    uint32_t rgb = disp_colorspace_to_rgb888((DispColorspaceId)c->colorspace, v);
    uint32_t r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
    if (c->dither) {
        r = add_capped(r, dither_noise(0) & 7);
        g = add_capped(g, dither_noise(33) & 3);
        b = add_capped(b, dither_noise(33 * 0xFFFF) & 7);
    }
    return val_from_small_int((intptr_t)disp_rgb565(r << 16 | g << 8 | b));
}

static Value cc_make_transparent_m(size_t nargs, const Value *args) {
    (void)nargs;
    ColorConverterObj *c = cc_self(args[0]);
    uint32_t v = (uint32_t)arg_int_range(args[1], INT32_MIN, UINT32_MAX, "color");
    if (c->has_transparent) {
        vm_raise(&exc_RuntimeError_type, "Only one color can be transparent at a time");
    }
    c->has_transparent = true;
    c->transparent = v;
    c->changed = true;
    return VAL_NONE;
}

// make_opaque(color): no colour is transparent any more (the argument is
// ignored, as in CircuitPython).
static Value cc_make_opaque_m(size_t nargs, const Value *args) {
    (void)nargs;
    ColorConverterObj *c = cc_self(args[0]);
    arg_int_range(args[1], INT32_MIN, UINT32_MAX, "color");
    if (c->has_transparent) {
        c->has_transparent = false;
        c->changed = true;
    }
    return VAL_NONE;
}

static Value cc_dither_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(cc_self(args[0])->dither);
}

static Value cc_dither_set(size_t nargs, const Value *args) {
    (void)nargs;
    cc_self(args[0])->dither = obj_truthy(args[1]);
    return VAL_NONE;
}

static BUILTIN_FN(cc_convert_obj, convert, 2, 2, cc_convert_m);
static BUILTIN_FN(cc_make_transparent_obj, make_transparent, 2, 2, cc_make_transparent_m);
static BUILTIN_FN(cc_make_opaque_obj, make_opaque, 2, 2, cc_make_opaque_m);
static BUILTIN_FN(cc_dither_get_obj, dither, 1, 1, cc_dither_get);
static BUILTIN_FN(cc_dither_set_obj, dither, 2, 2, cc_dither_set);
DISP_GETSET(cc_dither_prop, cc_dither_get_obj, cc_dither_set_obj);

static const AttrEntry cc_attrs[] = {
    {NAME(convert), OBJ_VAL(&cc_convert_obj)},
    {NAME(dither), OBJ_VAL(&cc_dither_prop)},
    {NAME(make_opaque), OBJ_VAL(&cc_make_opaque_obj)},
    {NAME(make_transparent), OBJ_VAL(&cc_make_transparent_obj)},
};

const Type displayio_colorconverter_type = {
    .base = {&type_type},
    .name = NAME(ColorConverter),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = cc_make_new,
    .attrs = cc_attrs,
    .nattrs = sizeof(cc_attrs) / sizeof(cc_attrs[0]),
};

// --- shading (displayio.h) -----------------------------------------------------------------

bool disp_shade(Value shader, uint32_t value, uint32_t *rgb) {
    if (!val_is_obj(shader)) {
        return false;
    }
    Value n = obj_native(shader);
    if (is_type(n, &displayio_palette_type)) {
        const PaletteObj *p = (const PaletteObj *)VAL_OBJ(n);
        if (value >= p->count || p->transparent[value]) {
            return false;
        }
        *rgb = p->colors[value];
        return true;
    }
    if (is_type(n, &displayio_colorconverter_type)) {
        const ColorConverterObj *c = (const ColorConverterObj *)VAL_OBJ(n);
        if (c->has_transparent && value == c->transparent) {
            return false;
        }
        *rgb = disp_colorspace_to_rgb888((DispColorspaceId)c->colorspace, value);
        return true;
    }
    return false;
}

bool disp_is_shader(Value v) {
    Value n = val_is_obj(v) ? obj_native(v) : v;
    return is_type(n, &displayio_palette_type) || is_type(n, &displayio_colorconverter_type);
}

bool disp_shader_changed(Value shader) {
    Value n = val_is_obj(shader) ? obj_native(shader) : shader;
    if (is_type(n, &displayio_palette_type)) {
        return ((const PaletteObj *)VAL_OBJ(n))->changed;
    }
    if (is_type(n, &displayio_colorconverter_type)) {
        return ((const ColorConverterObj *)VAL_OBJ(n))->changed;
    }
    return false;
}

void disp_shader_finish_refresh(Value shader) {
    Value n = val_is_obj(shader) ? obj_native(shader) : shader;
    if (is_type(n, &displayio_palette_type)) {
        ((PaletteObj *)VAL_OBJ(n))->changed = false;
    } else if (is_type(n, &displayio_colorconverter_type)) {
        ((ColorConverterObj *)VAL_OBJ(n))->changed = false;
    }
}
