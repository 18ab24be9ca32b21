// displayio.TileGrid: a grid of tiles cut from one bitmap (Bitmap or
// OnDiskBitmap) and coloured by a pixel shader. Tile n is the n-th
// tile_width x tile_height cell of the bitmap, counted row by row.
//
// Geometry, as CircuitPython draws it: the grid's own pixels are (lx, ly)
// with 0 <= lx < width * tile_width and 0 <= ly < height * tile_height.
// flip_x mirrors lx, flip_y mirrors ly, and transpose_xy then swaps the
// axes, so on screen the grid is (height * tile_height) wide when
// transposed. Each grid pixel covers scale x scale display pixels from the
// transform's origin plus (x, y) * scale.
//
// Python classes may derive from TileGrid (adafruit_display_shapes' Rect):
// the class gets a __new__ that makes the instance around an empty
// TileGrid, which TileGrid.__init__ sets up from the subclass's arguments.
#include "displayio_int.h"
#include "gc.h"
#include "mods.h"
#include "pins.h"
#include "vm_raise.h"

extern const DispLayerOps disp_tilegrid_ops;

// The TileGrid part of v, NULL for anything else.
static TileGridObj *tilegrid_native(Value v) {
    Value n = val_is_obj(v) ? obj_native(v) : v;
    return is_type(n, &displayio_tilegrid_type) ? (TileGridObj *)VAL_OBJ(n) : NULL;
}

static TileGridObj *tg_self(Value v) {
    TileGridObj *g = tilegrid_native(v);
    if (g == NULL) {
        vm_raise(&exc_TypeError_type, "'%T' object is not a TileGrid", v);
    }
    if (!g->inited) {
        vm_raise(&exc_AttributeError_type, "call super().__init__() before accessing native object");
    }
    return g;
}

static TileGridObj *tg_alloc(void) {
    TileGridObj *g = (TileGridObj *)gc_alloc_obj(sizeof(TileGridObj), &displayio_tilegrid_type);
    g->layer.ops = &disp_tilegrid_ops;
    g->bitmap = g->pixel_shader = VAL_NONE;
    return g;
}

static uint32_t tile_at(const TileGridObj *g, uint32_t i) {
    return g->wide_tiles ? ((const uint16_t *)g->tiles)[i] : ((const uint8_t *)g->tiles)[i];
}

static void tile_put(TileGridObj *g, uint32_t i, uint32_t tile) {
    if (g->wide_tiles) {
        ((uint16_t *)g->tiles)[i] = (uint16_t)tile;
    } else {
        ((uint8_t *)g->tiles)[i] = (uint8_t)tile;
    }
}

// The largest tile number a grid can hold (tiles beyond are not addressable).
static uint32_t max_tile(const TileGridObj *g) {
    return (g->tiles_in_bitmap > 65536 ? 65536 : g->tiles_in_bitmap) - 1;
}

// --- arguments ---------------------------------------------------------------------------

static void bitmap_size_arg(Value bitmap, int *w, int *h) {
    if (!disp_source_size(bitmap, w, h)) {
        vm_raise(&exc_TypeError_type, "unsupported bitmap type");
    }
}

static void shader_arg(Value shader) {
    if (!disp_is_shader(shader)) {
        vm_raise(&exc_TypeError_type, "unsupported pixel_shader type");
    }
}

// tile_width / tile_height: None or 0 mean the whole bitmap.
static int tile_size_arg(Value v, int whole, const char *name) {
    int64_t n = v == VAL_NONE ? 0 : arg_int_range(v, 0, 32767, name);
    return n == 0 ? whole : (int)n;
}

static const ArgSpec tg_spec[] = {
    {NAME(bitmap), true, false, VAL_NULL},
    {NAME(pixel_shader), true, true, VAL_NULL},
    {NAME(width), false, true, MODS_SMALL_INT(1)},
    {NAME(height), false, true, MODS_SMALL_INT(1)},
    {NAME(tile_width), false, true, VAL_NONE},
    {NAME(tile_height), false, true, VAL_NONE},
    {NAME(default_tile), false, true, MODS_SMALL_INT(0)},
    {NAME(x), false, true, MODS_SMALL_INT(0)},
    {NAME(y), false, true, MODS_SMALL_INT(0)},
};

static void tg_setup(TileGridObj *g, size_t nargs, const Value *args, Value kwnames) {
    Value a[9];
    args_parse("TileGrid", nargs, args, kwnames, 9, tg_spec, a);
    int bw, bh;
    bitmap_size_arg(a[0], &bw, &bh);
    shader_arg(a[1]);
    int width = (int)arg_int_range(a[2], 0, 32767, "width");
    int height = (int)arg_int_range(a[3], 0, 32767, "height");
    int tw = tile_size_arg(a[4], bw, "tile_width");
    int th = tile_size_arg(a[5], bh, "tile_height");
    if (tw == 0 || bw % tw != 0) {
        vm_raise(&exc_ValueError_type, "Tile width must exactly divide bitmap width");
    }
    if (th == 0 || bh % th != 0) {
        vm_raise(&exc_ValueError_type, "Tile height must exactly divide bitmap height");
    }
    TileGridObj t = *g;
    t.tile_width = (uint16_t)tw;
    t.tile_height = (uint16_t)th;
    t.bitmap_width_in_tiles = (uint16_t)(bw / tw);
    t.tiles_in_bitmap = (uint32_t)(bw / tw) * (uint32_t)(bh / th);
    uint32_t tile = (uint32_t)arg_int_range(a[6], 0, max_tile(&t), "default_tile");
    int32_t x = (int32_t)arg_int_range(a[7], INT32_MIN, INT32_MAX, "x");
    int32_t y = (int32_t)arg_int_range(a[8], INT32_MIN, INT32_MAX, "y");
    size_t count = (size_t)width * (size_t)height;
    t.wide_tiles = t.tiles_in_bitmap > 256;
    t.tiles = gc_alloc(count * (t.wide_tiles ? 2 : 1) + 1, true);
    t.bitmap = a[0];
    t.pixel_shader = a[1];
    t.width = (uint16_t)width;
    t.height = (uint16_t)height;
    t.x = x;
    t.y = y;
    t.inited = true;
    t.full_change = true;
    *g = t;
    for (size_t i = 0; i < count; i++) {
        tile_put(g, (uint32_t)i, tile);
    }
}

static Value tg_make_new(const Type *type, size_t nargs, const Value *args, Value kwnames) {
    (void)type;
    TileGridObj *g = tg_alloc();
    tg_setup(g, nargs, args, kwnames);
    return OBJ_VAL(g);
}

// TileGrid.__init__(self, bitmap, *, pixel_shader, ...): what a subclass's
// super().__init__(...) reaches.
static Value tg_init_m(size_t nargs, const Value *args, Value kwnames) {
    TileGridObj *g = tilegrid_native(args[0]);
    if (g == NULL) {
        vm_raise(&exc_TypeError_type, "'%T' object is not a TileGrid", args[0]);
    }
    tg_setup(g, nargs - 1, args + 1, kwnames);
    return VAL_NONE;
}

static Value tg_subclass_new(size_t nargs, const Value *args, Value kwnames) {
    (void)nargs;
    (void)kwnames;
    return disp_subclass_instance(args[0], &displayio_tilegrid_type, OBJ_VAL(tg_alloc()));
}
static BUILTIN_FN_KW(tg_subclass_new_fn, __new__, 1, FN_UNLIMITED, tg_subclass_new);
static const WrapperObj tg_subclass_new_obj = {{&staticmethod_type}, OBJ_VAL(&tg_subclass_new_fn)};

static Value tg_init_subclass(size_t nargs, const Value *args) {
    (void)nargs;
    disp_subclass_setup(args[0], OBJ_VAL(&tg_subclass_new_obj));
    return VAL_NONE;
}
static BUILTIN_FN(tg_init_subclass_fn, __init_subclass__, 1, 1, tg_init_subclass);
static const WrapperObj tg_init_subclass_obj = {{&classmethod_type}, OBJ_VAL(&tg_init_subclass_fn)};

// --- tiles ---------------------------------------------------------------------------------

// grid[i] (i = y * width + x) or grid[x, y] -> the cell.
static void cell_arg(const TileGridObj *g, Value index, uint32_t *cx, uint32_t *cy) {
    int64_t x, y;
    Value iv = int_coerce(index);
    if (iv != VAL_NULL) {
        int64_t i;
        if (!int_to_i64(iv, &i) || i < 0 || g->width == 0) {
            vm_raise(&exc_IndexError_type, "Tile index out of bounds");
        }
        x = i % g->width;
        y = i / g->width;
    } else {
        size_t len;
        Value *items;
        if (!obj_get_array(obj_native(index), &len, &items)) {
            vm_raise(&exc_TypeError_type, "object '%T' isn't a tuple or list", index);
        }
        if (len != 2) {
            vm_raise(&exc_ValueError_type, "requested length 2 but object has length %zu", len);
        }
        x = arg_int_range(items[0], INT32_MIN, INT32_MAX, "x");
        y = arg_int_range(items[1], INT32_MIN, INT32_MAX, "y");
    }
    if (x < 0 || y < 0 || x >= g->width || y >= g->height) {
        vm_raise(&exc_IndexError_type, "Tile index out of bounds");
    }
    *cx = (uint32_t)x;
    *cy = (uint32_t)y;
}

static Value tg_subscr(Value self, Value index, Value value) {
    if (value == VAL_DELETE) {
        return VAL_NULL;
    }
    TileGridObj *g = tg_self(self);
    if (is_type(index, &slice_type)) {
        vm_raise(&exc_NotImplementedError_type, "Slices not supported");
    }
    uint32_t cx, cy;
    cell_arg(g, index, &cx, &cy);
    uint32_t i = cy * g->width + cx;
    if (value == VAL_NULL) {
        return val_from_small_int((intptr_t)tile_at(g, i));
    }
    uint32_t tile = (uint32_t)arg_int_range(value, 0, max_tile(g), "tile");
    if (tile != tile_at(g, i)) {
        tile_put(g, i, tile);
        DispArea cell = disp_area_clamped((int64_t)cx * g->tile_width, (int64_t)cy * g->tile_height,
                                          (int64_t)(cx + 1) * g->tile_width, (int64_t)(cy + 1) * g->tile_height);
        disp_area_union(&g->changed_tiles, &cell);
    }
    return VAL_NONE;
}

// contains((x, y, z)): whether (x, y) lies on the grid, in the parent's
// coordinates (as CircuitPython: flips, transposition and scale ignored).
static Value tg_contains_m(size_t nargs, const Value *args) {
    (void)nargs;
    TileGridObj *g = tg_self(args[0]);
    size_t len;
    Value *items;
    if (!obj_get_array(obj_native(args[1]), &len, &items)) {
        vm_raise(&exc_TypeError_type, "object '%T' isn't a tuple or list", args[1]);
    }
    if (len != 3) {
        vm_raise(&exc_ValueError_type, "requested length 3 but object has length %zu", len);
    }
    int64_t x = arg_int_range(items[0], INT32_MIN, INT32_MAX, "x");
    int64_t y = arg_int_range(items[1], INT32_MIN, INT32_MAX, "y");
    return val_bool(x >= g->x && x < g->x + (int64_t)g->width * g->tile_width && y >= g->y &&
                    y < g->y + (int64_t)g->height * g->tile_height);
}

// --- properties ------------------------------------------------------------------------------

static Value tg_hidden_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(tg_self(args[0])->layer.hidden);
}

static Value tg_hidden_set(size_t nargs, const Value *args) {
    (void)nargs;
    TileGridObj *g = tg_self(args[0]);
    bool hidden = obj_truthy(args[1]);
    if (hidden != g->layer.hidden) {
        g->layer.hidden = hidden;
        g->layer.hidden_changed = true;
    }
    return VAL_NONE;
}

static Value tg_x_get(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(tg_self(args[0])->x);
}

static Value tg_x_set(size_t nargs, const Value *args) {
    (void)nargs;
    tg_self(args[0])->x = (int32_t)arg_int_range(args[1], INT32_MIN, INT32_MAX, "x");
    return VAL_NONE;
}

static Value tg_y_get(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(tg_self(args[0])->y);
}

static Value tg_y_set(size_t nargs, const Value *args) {
    (void)nargs;
    tg_self(args[0])->y = (int32_t)arg_int_range(args[1], INT32_MIN, INT32_MAX, "y");
    return VAL_NONE;
}

static Value tg_width_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(tg_self(args[0])->width);
}

static Value tg_height_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(tg_self(args[0])->height);
}

static Value tg_tile_width_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(tg_self(args[0])->tile_width);
}

static Value tg_tile_height_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(tg_self(args[0])->tile_height);
}

static void set_flag(TileGridObj *g, bool *flag, Value v) {
    bool b = obj_truthy(v);
    if (b != *flag) {
        *flag = b;
        g->full_change = true;
    }
}

static Value tg_flip_x_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(tg_self(args[0])->flip_x);
}

static Value tg_flip_x_set(size_t nargs, const Value *args) {
    (void)nargs;
    TileGridObj *g = tg_self(args[0]);
    set_flag(g, &g->flip_x, args[1]);
    return VAL_NONE;
}

static Value tg_flip_y_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(tg_self(args[0])->flip_y);
}

static Value tg_flip_y_set(size_t nargs, const Value *args) {
    (void)nargs;
    TileGridObj *g = tg_self(args[0]);
    set_flag(g, &g->flip_y, args[1]);
    return VAL_NONE;
}

static Value tg_transpose_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(tg_self(args[0])->transpose_xy);
}

static Value tg_transpose_set(size_t nargs, const Value *args) {
    (void)nargs;
    TileGridObj *g = tg_self(args[0]);
    set_flag(g, &g->transpose_xy, args[1]);
    return VAL_NONE;
}

static Value tg_pixel_shader_get(size_t nargs, const Value *args) {
    (void)nargs;
    return tg_self(args[0])->pixel_shader;
}

static Value tg_pixel_shader_set(size_t nargs, const Value *args) {
    (void)nargs;
    TileGridObj *g = tg_self(args[0]);
    shader_arg(args[1]);
    g->pixel_shader = args[1];
    g->full_change = true;
    return VAL_NONE;
}

static Value tg_bitmap_get(size_t nargs, const Value *args) {
    (void)nargs;
    return tg_self(args[0])->bitmap;
}

static Value tg_bitmap_set(size_t nargs, const Value *args) {
    (void)nargs;
    TileGridObj *g = tg_self(args[0]);
    int w, h, old_w, old_h;
    bitmap_size_arg(args[1], &w, &h);
    disp_source_size(g->bitmap, &old_w, &old_h);
    if (w != old_w || h != old_h) {
        vm_raise(&exc_ValueError_type, "New bitmap must be same size as old bitmap");
    }
    g->bitmap = args[1];
    g->full_change = true;
    return VAL_NONE;
}

// --- drawing ----------------------------------------------------------------------------------

// The grid's pixels (before transposition): width, height.
static int32_t grid_pixel_width(const TileGridObj *g) { return (int32_t)g->width * g->tile_width; }
static int32_t grid_pixel_height(const TileGridObj *g) { return (int32_t)g->height * g->tile_height; }

static int64_t origin_x(const TileGridObj *g, const DispTransform *t) { return t->x + (int64_t)g->x * t->scale; }
static int64_t origin_y(const TileGridObj *g, const DispTransform *t) { return t->y + (int64_t)g->y * t->scale; }

// The grid pixels [x1, x2) x [y1, y2) (before flips) on the display.
static DispArea grid_to_screen(const TileGridObj *g, const DispTransform *t, int32_t x1, int32_t y1, int32_t x2,
                               int32_t y2) {
    if (g->flip_x) {
        int32_t w = grid_pixel_width(g), x1f = w - x2;
        x2 = w - x1;
        x1 = x1f;
    }
    if (g->flip_y) {
        int32_t h = grid_pixel_height(g), y1f = h - y2;
        y2 = h - y1;
        y1 = y1f;
    }
    if (g->transpose_xy) {
        int32_t a = x1, b = x2;
        x1 = y1;
        x2 = y2;
        y1 = a;
        y2 = b;
    }
    int64_t s = t->scale, ox = origin_x(g, t), oy = origin_y(g, t);
    return disp_area_clamped(ox + x1 * s, oy + y1 * s, ox + x2 * s, oy + y2 * s);
}

static DispArea screen_area(const TileGridObj *g, const DispTransform *t) {
    return grid_to_screen(g, t, 0, 0, grid_pixel_width(g), grid_pixel_height(g));
}

// Walking one display axis in grid pixels: the grid pixel a display pixel
// shows, and how many display pixels of it came before (scale > 1).
typedef struct {
    int32_t local;
    int32_t sub;
    int32_t step;   // +1, or -1 when the axis is flipped
} AxisPos;

// The position of display pixel `u` (from the grid's first display pixel
// on that axis) along a grid axis of `extent` grid pixels.
static AxisPos axis_at(int64_t u, int32_t scale, int32_t extent, bool flip) {
    int32_t q = (int32_t)(u / scale);
    return (AxisPos){flip ? extent - 1 - q : q, (int32_t)(u % scale), flip ? -1 : 1};
}

static void axis_next(AxisPos *a, int32_t scale) {
    if (++a->sub == scale) {
        a->sub = 0;
        a->local += a->step;
    }
}

static bool tg_fill_area(Value self, const DispTransform *t, DispChunk *c) {
    TileGridObj *g = tilegrid_native(self);
    if (!g->inited || g->layer.hidden) {
        return false;
    }
    DispArea area = screen_area(g, t), o;
    if (!disp_area_intersect(&area, &c->area, &o)) {
        return false;
    }
    bool covered = disp_area_equal(&o, &c->area);

    Value src = obj_native(g->bitmap), shader = obj_native(g->pixel_shader);
    const BitmapObj *bm = is_type(src, &displayio_bitmap_type) ? (const BitmapObj *)VAL_OBJ(src) : NULL;
    OnDiskBitmapObj *odb = bm == NULL ? (OnDiskBitmapObj *)VAL_OBJ(src) : NULL;
    const PaletteObj *pal = is_type(shader, &displayio_palette_type) ? (const PaletteObj *)VAL_OBJ(shader) : NULL;
    const ColorConverterObj *cc = pal == NULL ? (const ColorConverterObj *)VAL_OBJ(shader) : NULL;

    // The display's x axis walks grid x (grid y when transposed); its y
    // axis the other one.
    bool tr = g->transpose_xy;
    int32_t s = t->scale, pw = grid_pixel_width(g), ph = grid_pixel_height(g);
    int32_t inner_dim = tr ? g->tile_height : g->tile_width;    // tile size along the display's x
    int32_t outer_dim = tr ? g->tile_width : g->tile_height;
    AxisPos row = axis_at(o.y1 - origin_y(g, t), s, tr ? pw : ph, tr ? g->flip_x : g->flip_y);
    AxisPos col0 = axis_at(o.x1 - origin_x(g, t), s, tr ? ph : pw, tr ? g->flip_y : g->flip_x);
    int32_t chunk_w = c->area.x2 - c->area.x1;
    uint32_t bwt = g->bitmap_width_in_tiles;

    for (int32_t sy = o.y1; sy < o.y2; sy++, axis_next(&row, s)) {
        int32_t outer_cell = row.local / outer_dim, outer_off = row.local % outer_dim;
        AxisPos col = col0;
        int32_t cell = col.local / inner_dim, off = col.local % inner_dim;
        bool rebase = true, fetch = true, opaque = false;
        uint32_t base_x = 0, base_y = 0, rgb = 0;
        size_t k = (size_t)(sy - c->area.y1) * (size_t)chunk_w + (size_t)(o.x1 - c->area.x1);
        for (int32_t sx = o.x1; sx < o.x2; sx++, k++) {
            if (!disp_chunk_masked(c, k)) {
                if (fetch) {
                    if (rebase) {
                        uint32_t cx = (uint32_t)(tr ? outer_cell : cell), cy = (uint32_t)(tr ? cell : outer_cell);
                        uint32_t tile = tile_at(g, cy * g->width + cx);
                        base_x = (tile % bwt) * g->tile_width;
                        base_y = (tile / bwt) * g->tile_height;
                        rebase = false;
                    }
                    int bx = (int)(base_x + (uint32_t)(tr ? outer_off : off));
                    int by = (int)(base_y + (uint32_t)(tr ? off : outer_off));
                    uint32_t v = bm != NULL ? disp_bitmap_get(bm, bx, by) : disp_ondiskbitmap_get(odb, bx, by);
                    if (pal != NULL) {
                        opaque = v < pal->count && !pal->transparent[v];
                        rgb = opaque ? pal->colors[v] : 0;
                    } else {
                        opaque = !(cc->has_transparent && v == cc->transparent);
                        rgb = disp_colorspace_to_rgb888((DispColorspaceId)cc->colorspace, v);
                    }
                    fetch = false;
                }
                if (opaque) {
                    disp_chunk_set(c, k, rgb);
                } else {
                    covered = false;
                }
            }
            if (++col.sub == s) {
                col.sub = 0;
                fetch = true;
                off += col.step;
                if (off == inner_dim) {
                    off = 0;
                    cell++;
                    rebase = true;
                } else if (off < 0) {
                    off = inner_dim - 1;
                    cell--;
                    rebase = true;
                }
            }
        }
    }
    return covered;
}

// The cells showing the part `changed` of the bitmap: their part of it is
// redrawn.
static void add_bitmap_changes(const TileGridObj *g, const DispTransform *t, const DispArea *changed,
                               DispDirty *dirty) {
    uint32_t tw = g->tile_width, th = g->tile_height, bwt = g->bitmap_width_in_tiles;
    for (uint32_t cy = 0; cy < g->height; cy++) {
        for (uint32_t cx = 0; cx < g->width; cx++) {
            uint32_t tile = tile_at(g, cy * g->width + cx);
            int32_t tx = (int32_t)((tile % bwt) * tw), ty = (int32_t)((tile / bwt) * th);
            DispArea in_tile = disp_area_clamped(tx, ty, tx + (int32_t)tw, ty + (int32_t)th), part;
            if (!disp_area_intersect(&in_tile, changed, &part)) {
                continue;
            }
            int32_t gx = (int32_t)(cx * tw) - tx, gy = (int32_t)(cy * th) - ty;
            DispArea a = grid_to_screen(g, t, part.x1 + gx, part.y1 + gy, part.x2 + gx, part.y2 + gy);
            disp_dirty_add(dirty, &a);
        }
    }
}

static void tg_add_dirty(Value self, const DispTransform *t, bool full, DispDirty *dirty) {
    TileGridObj *g = tilegrid_native(self);
    if (!g->inited) {
        return;
    }
    if (g->layer.hidden) {
        if (g->layer.drawn) {
            disp_dirty_add(dirty, &g->layer.drawn_area);
        }
        return;
    }
    DispArea now = screen_area(g, t);
    if (!g->layer.drawn) {
        disp_dirty_add(dirty, &now);
        return;
    }
    if (full || g->full_change || !disp_area_equal(&now, &g->layer.drawn_area) ||
        disp_shader_changed(g->pixel_shader)) {
        disp_dirty_add(dirty, &g->layer.drawn_area);
        disp_dirty_add(dirty, &now);
        return;
    }
    if (!disp_area_empty(&g->changed_tiles)) {
        DispArea a = grid_to_screen(g, t, g->changed_tiles.x1, g->changed_tiles.y1, g->changed_tiles.x2,
                                    g->changed_tiles.y2);
        disp_dirty_add(dirty, &a);
    }
    DispArea changed;
    if (disp_source_changed(g->bitmap, &changed)) {
        add_bitmap_changes(g, t, &changed, dirty);
    }
}

static void tg_finish_refresh(Value self, const DispTransform *t) {
    TileGridObj *g = tilegrid_native(self);
    if (!g->inited) {
        return;
    }
    g->layer.drawn = !g->layer.hidden;
    g->layer.drawn_area = screen_area(g, t);
    g->layer.hidden_changed = false;
    g->full_change = false;
    g->changed_tiles = (DispArea){0, 0, 0, 0};
    disp_shader_finish_refresh(g->pixel_shader);
    disp_source_finish_refresh(g->bitmap);
}

const DispLayerOps disp_tilegrid_ops = {tg_fill_area, tg_add_dirty, tg_finish_refresh};

// --- the type ------------------------------------------------------------------------------------

static BUILTIN_FN_KW(tg_init_obj, __init__, 1, FN_UNLIMITED, tg_init_m);
static BUILTIN_FN(tg_contains_obj, contains, 2, 2, tg_contains_m);
static BUILTIN_FN(tg_hidden_get_obj, hidden, 1, 1, tg_hidden_get);
static BUILTIN_FN(tg_hidden_set_obj, hidden, 2, 2, tg_hidden_set);
static BUILTIN_FN(tg_x_get_obj, x, 1, 1, tg_x_get);
static BUILTIN_FN(tg_x_set_obj, x, 2, 2, tg_x_set);
static BUILTIN_FN(tg_y_get_obj, y, 1, 1, tg_y_get);
static BUILTIN_FN(tg_y_set_obj, y, 2, 2, tg_y_set);
static BUILTIN_FN(tg_width_get_obj, width, 1, 1, tg_width_get);
static BUILTIN_FN(tg_height_get_obj, height, 1, 1, tg_height_get);
static BUILTIN_FN(tg_tile_width_get_obj, tile_width, 1, 1, tg_tile_width_get);
static BUILTIN_FN(tg_tile_height_get_obj, tile_height, 1, 1, tg_tile_height_get);
static BUILTIN_FN(tg_flip_x_get_obj, flip_x, 1, 1, tg_flip_x_get);
static BUILTIN_FN(tg_flip_x_set_obj, flip_x, 2, 2, tg_flip_x_set);
static BUILTIN_FN(tg_flip_y_get_obj, flip_y, 1, 1, tg_flip_y_get);
static BUILTIN_FN(tg_flip_y_set_obj, flip_y, 2, 2, tg_flip_y_set);
static BUILTIN_FN(tg_transpose_get_obj, transpose_xy, 1, 1, tg_transpose_get);
static BUILTIN_FN(tg_transpose_set_obj, transpose_xy, 2, 2, tg_transpose_set);
static BUILTIN_FN(tg_pixel_shader_get_obj, pixel_shader, 1, 1, tg_pixel_shader_get);
static BUILTIN_FN(tg_pixel_shader_set_obj, pixel_shader, 2, 2, tg_pixel_shader_set);
static BUILTIN_FN(tg_bitmap_get_obj, bitmap, 1, 1, tg_bitmap_get);
static BUILTIN_FN(tg_bitmap_set_obj, bitmap, 2, 2, tg_bitmap_set);
DISP_GETSET(tg_hidden_prop, tg_hidden_get_obj, tg_hidden_set_obj);
DISP_GETSET(tg_x_prop, tg_x_get_obj, tg_x_set_obj);
DISP_GETSET(tg_y_prop, tg_y_get_obj, tg_y_set_obj);
DISP_GETTER(tg_width_prop, tg_width_get_obj);
DISP_GETTER(tg_height_prop, tg_height_get_obj);
DISP_GETTER(tg_tile_width_prop, tg_tile_width_get_obj);
DISP_GETTER(tg_tile_height_prop, tg_tile_height_get_obj);
DISP_GETSET(tg_flip_x_prop, tg_flip_x_get_obj, tg_flip_x_set_obj);
DISP_GETSET(tg_flip_y_prop, tg_flip_y_get_obj, tg_flip_y_set_obj);
DISP_GETSET(tg_transpose_prop, tg_transpose_get_obj, tg_transpose_set_obj);
DISP_GETSET(tg_pixel_shader_prop, tg_pixel_shader_get_obj, tg_pixel_shader_set_obj);
DISP_GETSET(tg_bitmap_prop, tg_bitmap_get_obj, tg_bitmap_set_obj);

static const AttrEntry tg_attrs[] = {
    {NAME(__init__), OBJ_VAL(&tg_init_obj)},
    {NAME(__init_subclass__), OBJ_VAL(&tg_init_subclass_obj)},
    {NAME(__new__), OBJ_VAL(&tg_subclass_new_obj)},
    {NAME(bitmap), OBJ_VAL(&tg_bitmap_prop)},
    {NAME(contains), OBJ_VAL(&tg_contains_obj)},
    {NAME(flip_x), OBJ_VAL(&tg_flip_x_prop)},
    {NAME(flip_y), OBJ_VAL(&tg_flip_y_prop)},
    {NAME(height), OBJ_VAL(&tg_height_prop)},
    {NAME(hidden), OBJ_VAL(&tg_hidden_prop)},
    {NAME(pixel_shader), OBJ_VAL(&tg_pixel_shader_prop)},
    {NAME(tile_height), OBJ_VAL(&tg_tile_height_prop)},
    {NAME(tile_width), OBJ_VAL(&tg_tile_width_prop)},
    {NAME(transpose_xy), OBJ_VAL(&tg_transpose_prop)},
    {NAME(width), OBJ_VAL(&tg_width_prop)},
    {NAME(x), OBJ_VAL(&tg_x_prop)},
    {NAME(y), OBJ_VAL(&tg_y_prop)},
};

const Type displayio_tilegrid_type = {
    .base = {&type_type},
    .name = NAME(TileGrid),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = tg_make_new,
    .subscr = tg_subscr,
    .attrs = tg_attrs,
    .nattrs = sizeof(tg_attrs) / sizeof(tg_attrs[0]),
};
