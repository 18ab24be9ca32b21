// The fontio module: BuiltinFont (the built-in font's type; Python cannot
// make one) and Glyph, the named tuple every font's get_glyph returns
// (adafruit_bitmap_font makes Glyphs too). A BuiltinFont's glyph is a tile
// of its sheet: width and height of the cell, no offsets, advance = width.
// There is no FontProtocol at run time: CircuitPython has it in its type
// stubs only.
#include "fontio.h"
#include "structseq.h"
#include "vm_raise.h"

#if COPPER_MODULE_FONTIO

int fontio_glyph_index(const BuiltinFontObj *font, uint32_t codepoint) {
    if (codepoint >= 0x20 && codepoint <= 0x7E) {
        return (int)codepoint - 0x20;
    }
    size_t lo = 0, hi = font->extra_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (font->extra[mid] == codepoint) {
            return 0x7F - 0x20 + (int)mid;
        }
        if (font->extra[mid] < codepoint) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return -1;
}

// --- Glyph ---------------------------------------------------------------------

static const Value glyph_fields[] = {
    NAME(bitmap), NAME(tile_index), NAME(width), NAME(height),
    NAME(dx), NAME(dy), NAME(shift_x), NAME(shift_y),
};

static const StructSeqDesc glyph_desc = {&fontio_glyph_type, "Glyph", 8, 0, glyph_fields};

// Glyph(bitmap, tile_index, width, height, dx, dy, shift_x, shift_y), by
// position or keyword, as a namedtuple takes them.
static Value glyph_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    ArgSpec spec[8];
    for (size_t i = 0; i < 8; i++) {
        spec[i] = (ArgSpec){glyph_fields[i], true, false, VAL_NULL};
    }
    Value values[8];
    args_parse("Glyph", nargs, args, kwnames, 8, spec, values);
    return structseq_new(&glyph_desc, values);
}

const Type fontio_glyph_type = {
    .base = {&type_type},
    .name = NAME(Glyph),
    .base_type = &object_type,
    .make_new = glyph_make_new,
    STRUCTSEQ_SLOTS,
};

// --- BuiltinFont -------------------------------------------------------------------

static const BuiltinFontObj *font_self(Value v) {
    if (!is_type(v, &fontio_builtinfont_type)) {
        vm_raise(&exc_TypeError_type, "self must be of type BuiltinFont, not %T", v);
    }
    return (const BuiltinFontObj *)VAL_OBJ(v);
}

static Value font_get_bounding_box(size_t nargs, const Value *args) {
    (void)nargs;
    const BuiltinFontObj *f = font_self(args[0]);
    Value wh[2] = {val_from_small_int(f->width), val_from_small_int(f->height)};
    return tuple_new(2, wh);
}

static Value font_get_glyph(size_t nargs, const Value *args) {
    (void)nargs;
    const BuiltinFontObj *f = font_self(args[0]);
    Value code = int_coerce(args[1]);
    if (code == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "can't convert %T to int", args[1]);
    }
    int64_t codepoint;
    int index = int_to_i64(code, &codepoint) && codepoint >= 0 && codepoint <= 0x10FFFF
                    ? fontio_glyph_index(f, (uint32_t)codepoint)
                    : -1;
    if (index < 0) {
        return VAL_NONE;
    }
    Value values[8] = {
        OBJ_VAL(f->bitmap), val_from_small_int(index), val_from_small_int(f->width),
        val_from_small_int(f->height), val_from_small_int(0), val_from_small_int(0),
        val_from_small_int(f->width), val_from_small_int(0),
    };
    return structseq_new(&glyph_desc, values);
}

static Value font_getattr(Value self, Value name) {
    if (name == NAME(bitmap)) {
        return OBJ_VAL(font_self(self)->bitmap);
    }
    return VAL_NULL;
}

static BUILTIN_FN(font_get_bounding_box_obj, get_bounding_box, 1, 1, font_get_bounding_box);
static BUILTIN_FN(font_get_glyph_obj, get_glyph, 2, 2, font_get_glyph);

static const AttrEntry font_attrs[] = {
    {NAME(get_bounding_box), OBJ_VAL(&font_get_bounding_box_obj)},
    {NAME(get_glyph), OBJ_VAL(&font_get_glyph_obj)},
};

const Type fontio_builtinfont_type = {
    .base = {&type_type},
    .name = NAME(BuiltinFont),
    .base_type = &object_type,
    .getattr = font_getattr,
    .attrs = font_attrs,
    .nattrs = sizeof(font_attrs) / sizeof(font_attrs[0]),
};

static const AttrEntry fontio_globals[] = {
    {NAME(__name__), NAME(fontio)},
    {NAME(BuiltinFont), OBJ_VAL(&fontio_builtinfont_type)},
    {NAME(Glyph), OBJ_VAL(&fontio_glyph_type)},
};

const ModuleDef module_fontio = {
    .name = NAME(fontio),
    .globals = fontio_globals,
    .nglobals = sizeof(fontio_globals) / sizeof(fontio_globals[0]),
};

#endif   // COPPER_MODULE_FONTIO
