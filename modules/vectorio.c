// The vectorio module: filled shapes (Circle, Rectangle, Polygon) that a
// displayio Group shows beside its TileGrids. Each shape is a display layer
// (displayio.h) that fills a chunk row by row with spans, so drawing costs
// per span, not per pixel test. Which pixels a shape covers follows
// CircuitPython's tests exactly, so pictures match the hardware:
// - Circle: |dx| <= r, |dy| <= r and dx^2 + dy^2 <= r^2 around (x, y);
// - Rectangle: [x, x + width) x [y, y + height);
// - Polygon: a nonzero winding number, where an edge counts for the pixels
//   strictly to its left (so the left and top edges are in, the right and
//   bottom ones out).
// Two CircuitPython behaviours are kept on purpose: a parent Group's scale
// moves a shape (its x and y are multiplied) but does not enlarge it, and
// a colour the pixel shader makes transparent still covers the layers below
// (those pixels come out black).
#include <math.h>
#include "displayio.h"
#include "gc.h"
#include "module_table.h"
#include "mods.h"
#include "pins.h"
#include "runtime.h"
#include "vm_raise.h"

extern const Type vectorio_circle_type, vectorio_rectangle_type, vectorio_polygon_type;

typedef struct {
    DispLayer layer;          // the display stack's head: must come first
    Value pixel_shader;       // a Palette or ColorConverter
    int16_t x, y;             // position in the parent group
    // The value handed to the shader. CircuitPython keeps it plus one in
    // 16 bits, so 0xFFFF wraps to "not covered" and draws nothing.
    uint16_t color_index;
    bool changed;             // looks different since the last finish_refresh
    bool placed;              // `placement` holds the transform of the last refresh
    DispTransform placement;  // what contains() maps display points through
    union {
        int16_t radius;
        struct {
            int16_t width, height;
        } rect;
        struct {
            uint16_t count;       // vertices
            int16_t *xy;          // x0, y0, x1, y1, ... (no-scan block)
            int32_t *crossings;   // one scanline's edge crossings (count entries)
            int16_t bounds[4];    // x1, y1, x2, y2 with x2, y2 exclusive
        } poly;
    } u;
} ShapeObj;

static const DispLayerOps shape_ops;

// --- arguments ---------------------------------------------------------------------

// A position: CircuitPython keeps them in 16 bits.
static int16_t coord_arg(Value v, const char *name) { return (int16_t)arg_int_range(v, INT16_MIN, INT16_MAX, name); }

// A coordinate inside a tuple (mp_arg_validate_type_int: ints only).
static int16_t strict_coord(Value v, const char *name) {
    if (!val_is_int(v)) {
        vm_raise(&exc_TypeError_type, "%s must be of type int, not %s", name, val_type_name(v));
    }
    return coord_arg(v, name);
}

// A size given at construction: at least 1.
static int16_t size_arg(int64_t n, const char *name) {
    if (n < 1) {
        vm_raise(&exc_ValueError_type, "%s must be >= 1", name);
    }
    if (n > INT16_MAX) {
        vm_raise(&exc_ValueError_type, "%s must be <= %d", name, INT16_MAX);
    }
    return (int16_t)n;
}

// A size set later: CircuitPython takes its absolute value.
static int16_t abs_size_arg(Value v, const char *name) {
    int64_t n = arg_int(v);
    if (n < 0) {
        n = -n;
    }
    if (n > INT16_MAX) {
        vm_raise(&exc_ValueError_type, "%s must be <= %d", name, INT16_MAX);
    }
    return (int16_t)n;
}

static Value shader_arg(Value v) {
    if (!disp_is_shader(v)) {
        vm_raise(&exc_TypeError_type, "unsupported pixel_shader type");
    }
    return v;
}

static bool is_shape_type(const Type *t) {
    return t == &vectorio_circle_type || t == &vectorio_rectangle_type || t == &vectorio_polygon_type;
}

// The shape behind v (a shape or an instance of a subclass).
static ShapeObj *shape_of(Value v) {
    Value n = obj_native(v);
    if (!val_is_obj(n) || !is_shape_type(VAL_OBJ(n)->type)) {
        vm_raise(&exc_TypeError_type, "'%s' object is not a vectorio shape", val_type_name(v));
    }
    return (ShapeObj *)VAL_OBJ(n);
}

static ShapeObj *shape_of_type(Value v, const Type *t) {
    ShapeObj *s = shape_of(v);
    if (s->layer.base.type != t) {
        vm_raise(&exc_TypeError_type, "descriptor requires a '%s' object but received '%s'", type_name_cstr(t),
                 val_type_name(v));
    }
    return s;
}

static ShapeObj *shape_new(const Type *t, Value shader, Value x, Value y, int64_t color_index) {
    shader_arg(shader);
    int16_t sx = coord_arg(x, "x"), sy = coord_arg(y, "y");
    ShapeObj *s = (ShapeObj *)gc_alloc_obj(sizeof(ShapeObj), t);
    s->layer.ops = &shape_ops;
    s->pixel_shader = shader;
    s->x = sx;
    s->y = sy;
    s->color_index = (uint16_t)color_index;
    return s;
}

// --- geometry ----------------------------------------------------------------------

static int32_t ceil_div(int64_t num, int64_t den) {   // den > 0
    int64_t q = num / den;
    return (int32_t)(num % den != 0 && num > 0 ? q + 1 : q);
}

// Collects the edges that cross scanline `sy` into poly.crossings, sorted
// by where they cross. An edge counts for the pixels x < T, where T is the
// smallest integer not left of the edge at sy; it is stored as
// (T + 32768) * 2 + (1 if the edge goes down the screen, else 0).
static size_t poly_crossings(ShapeObj *s, int32_t sy) {
    const int16_t *p = s->u.poly.xy;
    int32_t *out = s->u.poly.crossings;
    size_t n = s->u.poly.count, k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = i + 1 == n ? 0 : i + 1;
        int32_t x1 = p[2 * i], y1 = p[2 * i + 1], x2 = p[2 * j], y2 = p[2 * j + 1];
        bool down = y1 <= sy && sy < y2;
        if (!down && !(y2 <= sy && sy < y1)) {
            continue;
        }
        int64_t num = (int64_t)x1 * (y2 - y1) + (int64_t)(sy - y1) * (x2 - x1);
        int64_t den = y2 - y1;
        if (den < 0) {
            num = -num;
            den = -den;
        }
        int32_t code = (ceil_div(num, den) + 32768) * 2 + (down ? 1 : 0);
        size_t at = k++;
        while (at > 0 && out[at - 1] > code) {
            out[at] = out[at - 1];
            at--;
        }
        out[at] = code;
    }
    return k;
}

// Calls `span(ctx, x1, x2)` for each run [x1, x2) of covered pixels of row
// sy (shape coordinates), left to right.
typedef void (*SpanFn)(void *ctx, int32_t x1, int32_t x2);

static void row_spans(ShapeObj *s, int32_t sy, SpanFn span, void *ctx) {
    if (s->color_index == 0xFFFF) {
        return;
    }
    const Type *t = s->layer.base.type;
    if (t == &vectorio_rectangle_type) {
        if (sy >= 0 && sy < s->u.rect.height && s->u.rect.width > 0) {
            span(ctx, 0, s->u.rect.width);
        }
    } else if (t == &vectorio_circle_type) {
        int32_t r = s->u.radius, dy = sy < 0 ? -sy : sy;
        if (dy <= r) {
            // The widest w with w^2 + dy^2 <= r^2: CircuitPython's shortcut
            // |dx| + |dy| <= r never reaches past it.
            int32_t rest = r * r - dy * dy, w = (int32_t)sqrt((double)rest);
            while (w * w > rest) {
                w--;
            }
            while ((w + 1) * (w + 1) <= rest) {
                w++;
            }
            span(ctx, -w, w + 1);
        }
    } else {
        size_t k = poly_crossings(s, sy);
        const int32_t *c = s->u.poly.crossings;
        // Left of every crossing the winding number is 0; passing crossing
        // i leaves it at -(sum of the directions so far).
        int32_t winding = 0, start = 0;
        for (size_t i = 0; i < k; i++) {
            int32_t at = (c[i] >> 1) - 32768, before = winding;
            winding -= (c[i] & 1) ? 1 : -1;
            if (before == 0 && winding != 0) {
                start = at;
            } else if (before != 0 && winding == 0 && at > start) {
                span(ctx, start, at);
            }
        }
    }
}

// The covered box in shape coordinates: x1, y1, x2, y2 (exclusive).
static void local_bounds(const ShapeObj *s, int32_t b[4]) {
    const Type *t = s->layer.base.type;
    if (t == &vectorio_rectangle_type) {
        b[0] = b[1] = 0;
        b[2] = s->u.rect.width;
        b[3] = s->u.rect.height;
    } else if (t == &vectorio_circle_type) {
        b[0] = b[1] = -s->u.radius;
        b[2] = b[3] = s->u.radius + 1;
    } else {
        for (int i = 0; i < 4; i++) {
            b[i] = s->u.poly.bounds[i];
        }
    }
}

// Where shape point (0, 0) lands on the display. Far-off origins are
// clamped where no part of a shape can reach the display anyway.
static void origin(const ShapeObj *s, const DispTransform *t, int32_t *ox, int32_t *oy) {
    int64_t x = t->x + (int64_t)t->scale * s->x, y = t->y + (int64_t)t->scale * s->y;
    const int64_t far = 1 << 20;
    *ox = (int32_t)(x < -far ? -far : x > far ? far : x);
    *oy = (int32_t)(y < -far ? -far : y > far ? far : y);
}

static int16_t clamp16(int32_t v) { return (int16_t)(v < INT16_MIN ? INT16_MIN : v > INT16_MAX ? INT16_MAX : v); }

static void screen_area(const ShapeObj *s, const DispTransform *t, DispArea *out) {
    int32_t b[4], ox, oy;
    local_bounds(s, b);
    origin(s, t, &ox, &oy);
    out->x1 = clamp16(b[0] + ox);
    out->y1 = clamp16(b[1] + oy);
    out->x2 = clamp16(b[2] + ox);
    out->y2 = clamp16(b[3] + oy);
}

// --- the layer ---------------------------------------------------------------------

typedef struct {
    DispChunk *chunk;
    DispArea clip;        // the part of the chunk the shape may touch
    size_t row;           // index in the chunk of (0, y) of the current row
    int32_t ox;           // display x of shape x 0
    uint32_t rgb;
} Painter;

static void paint_span(void *ctx, int32_t x1, int32_t x2) {
    Painter *p = ctx;
    x1 += p->ox;
    x2 += p->ox;
    if (x1 < p->clip.x1) {
        x1 = p->clip.x1;
    }
    if (x2 > p->clip.x2) {
        x2 = p->clip.x2;
    }
    for (int32_t x = x1; x < x2; x++) {
        size_t i = p->row + (size_t)(x - p->chunk->area.x1);
        if (!disp_chunk_masked(p->chunk, i)) {
            disp_chunk_set(p->chunk, i, p->rgb);
        }
    }
}

static bool area_equal(const DispArea *a, const DispArea *b) {
    return a->x1 == b->x1 && a->y1 == b->y1 && a->x2 == b->x2 && a->y2 == b->y2;
}

static bool chunk_full(const DispChunk *c) {
    size_t n = (size_t)(c->area.x2 - c->area.x1) * (size_t)(c->area.y2 - c->area.y1);
    for (size_t w = 0; w < n / 32; w++) {
        if (c->mask[w] != 0xFFFFFFFFu) {
            return false;
        }
    }
    uint32_t tail = (1u << (n % 32)) - 1;
    return n % 32 == 0 || (c->mask[n / 32] & tail) == tail;
}

static bool shape_fill_area(Value layer, const DispTransform *t, DispChunk *chunk) {
    ShapeObj *s = shape_of(layer);
    Painter p;
    DispArea area;
    screen_area(s, t, &area);
    if (s->layer.hidden || !disp_area_intersect(&chunk->area, &area, &p.clip)) {
        return false;
    }
    int32_t oy;
    origin(s, t, &p.ox, &oy);
    p.chunk = chunk;
    // CircuitPython covers the pixels even when the shader calls the colour
    // transparent, leaving them black.
    if (!disp_shade(s->pixel_shader, s->color_index, &p.rgb)) {
        p.rgb = 0;
    }
    size_t width = (size_t)(chunk->area.x2 - chunk->area.x1);
    for (int32_t y = p.clip.y1; y < p.clip.y2; y++) {
        p.row = (size_t)(y - chunk->area.y1) * width;
        row_spans(s, y - oy, paint_span, &p);
    }
    return area_equal(&p.clip, &chunk->area) && chunk_full(chunk);
}

static void shape_add_dirty(Value layer, const DispTransform *t, bool full, DispDirty *dirty) {
    ShapeObj *s = shape_of(layer);
    if (s->layer.hidden) {
        if (s->layer.drawn) {
            disp_dirty_add(dirty, &s->layer.drawn_area);
        }
        return;
    }
    DispArea now;
    screen_area(s, t, &now);
    if (!s->layer.drawn) {
        disp_dirty_add(dirty, &now);
        return;
    }
    if (full || s->changed || !area_equal(&now, &s->layer.drawn_area) || disp_shader_changed(s->pixel_shader)) {
        disp_dirty_add(dirty, &s->layer.drawn_area);
        disp_dirty_add(dirty, &now);
    }
}

static void shape_finish_refresh(Value layer, const DispTransform *t) {
    ShapeObj *s = shape_of(layer);
    s->layer.drawn = !s->layer.hidden;
    if (s->layer.drawn) {
        screen_area(s, t, &s->layer.drawn_area);
    }
    s->changed = false;
    s->placement = *t;
    s->placed = true;
    disp_shader_finish_refresh(s->pixel_shader);
}

static const DispLayerOps shape_ops = {
    .fill_area = shape_fill_area,
    .add_dirty = shape_add_dirty,
    .finish_refresh = shape_finish_refresh,
};

// --- what every shape has --------------------------------------------------------

typedef struct {
    int32_t x;
    bool hit;
} PointProbe;

static void probe_span(void *ctx, int32_t x1, int32_t x2) {
    PointProbe *p = ctx;
    p->hit |= p->x >= x1 && p->x < x2;
}

// contains(x, y): whether display point (x, y) is one of the shape's
// pixels, through the transform of the last refresh while in a group.
static Value shape_contains(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of(args[0]);
    int16_t x = coord_arg(args[1], "x"), y = coord_arg(args[2], "y");
    static const DispTransform identity = {0, 0, 1};
    const DispTransform *t = s->placed && s->layer.in_group ? &s->placement : &identity;
    int32_t ox, oy;
    origin(s, t, &ox, &oy);
    PointProbe probe = {x - ox, false};
    row_spans(s, y - oy, probe_span, &probe);
    return val_bool(probe.hit);
}

static Value shape_get_x(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(shape_of(args[0])->x);
}

static Value shape_set_x(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of(args[0]);
    int16_t x = coord_arg(args[1], "x");
    if (x != s->x) {
        s->x = x;
        s->changed = true;
    }
    return VAL_NONE;
}

static Value shape_get_y(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(shape_of(args[0])->y);
}

static Value shape_set_y(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of(args[0]);
    int16_t y = coord_arg(args[1], "y");
    if (y != s->y) {
        s->y = y;
        s->changed = true;
    }
    return VAL_NONE;
}

static Value shape_get_location(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of(args[0]);
    Value xy[2] = {int_from_i64(s->x), int_from_i64(s->y)};
    return tuple_new(2, xy);
}

static Value shape_set_location(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of(args[0]);
    size_t len;
    Value *items;
    if (!obj_get_array(args[1], &len, &items)) {
        vm_raise(&exc_TypeError_type, "location must be of type tuple, not %s", val_type_name(args[1]));
    }
    if (len != 2) {
        vm_raise(&exc_ValueError_type, "location length must be 2");
    }
    int16_t x = strict_coord(items[0], "x"), y = strict_coord(items[1], "y");
    if (x != s->x || y != s->y) {
        s->x = x;
        s->y = y;
        s->changed = true;
    }
    return VAL_NONE;
}

static Value shape_get_hidden(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(shape_of(args[0])->layer.hidden);
}

static Value shape_set_hidden(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of(args[0]);
    bool hidden = obj_truthy(args[1]);
    s->layer.hidden = hidden;
    return VAL_NONE;
}

static Value shape_get_pixel_shader(size_t nargs, const Value *args) {
    (void)nargs;
    return shape_of(args[0])->pixel_shader;
}

static Value shape_set_pixel_shader(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of(args[0]);
    s->pixel_shader = shader_arg(args[1]);
    s->changed = true;
    return VAL_NONE;
}

static Value shape_get_color_index(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(shape_of(args[0])->color_index);
}

static Value shape_set_color_index(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of(args[0]);
    s->color_index = (uint16_t)arg_int(args[1]);
    s->changed = true;
    return VAL_NONE;
}

static BUILTIN_FN(shape_contains_obj, contains, 3, 3, shape_contains);
static BUILTIN_FN(shape_get_x_obj, x, 1, 1, shape_get_x);
static BUILTIN_FN(shape_set_x_obj, x, 2, 2, shape_set_x);
static BUILTIN_FN(shape_get_y_obj, y, 1, 1, shape_get_y);
static BUILTIN_FN(shape_set_y_obj, y, 2, 2, shape_set_y);
static BUILTIN_FN(shape_get_location_obj, location, 1, 1, shape_get_location);
static BUILTIN_FN(shape_set_location_obj, location, 2, 2, shape_set_location);
static BUILTIN_FN(shape_get_hidden_obj, hidden, 1, 1, shape_get_hidden);
static BUILTIN_FN(shape_set_hidden_obj, hidden, 2, 2, shape_set_hidden);
static BUILTIN_FN(shape_get_pixel_shader_obj, pixel_shader, 1, 1, shape_get_pixel_shader);
static BUILTIN_FN(shape_set_pixel_shader_obj, pixel_shader, 2, 2, shape_set_pixel_shader);
static BUILTIN_FN(shape_get_color_index_obj, color_index, 1, 1, shape_get_color_index);
static BUILTIN_FN(shape_set_color_index_obj, color_index, 2, 2, shape_set_color_index);

#define PROP(name, get, set) \
    static const PropertyObj name = {{&property_type}, OBJ_VAL(&get), OBJ_VAL(&set), VAL_NONE, VAL_NONE}
PROP(shape_x_prop, shape_get_x_obj, shape_set_x_obj);
PROP(shape_y_prop, shape_get_y_obj, shape_set_y_obj);
PROP(shape_location_prop, shape_get_location_obj, shape_set_location_obj);
PROP(shape_hidden_prop, shape_get_hidden_obj, shape_set_hidden_obj);
PROP(shape_pixel_shader_prop, shape_get_pixel_shader_obj, shape_set_pixel_shader_obj);
PROP(shape_color_index_prop, shape_get_color_index_obj, shape_set_color_index_obj);

#define SHAPE_ATTRS                                                   \
    {NAME(contains), OBJ_VAL(&shape_contains_obj)},                   \
    {NAME(x), OBJ_VAL(&shape_x_prop)},                                \
    {NAME(y), OBJ_VAL(&shape_y_prop)},                                \
    {NAME(location), OBJ_VAL(&shape_location_prop)},                  \
    {NAME(hidden), OBJ_VAL(&shape_hidden_prop)},                      \
    {NAME(pixel_shader), OBJ_VAL(&shape_pixel_shader_prop)},          \
    {NAME(color_index), OBJ_VAL(&shape_color_index_prop)}

// --- collisions (Circle.intersects, Rectangle.intersects) -------------------------

// The distance from the circle's centre to the nearest point of the
// rectangle (edges included), truncated as CircuitPython's sqrtf is.
static int32_t circle_rect_distance(const ShapeObj *c, const ShapeObj *r) {
    int32_t left = r->x, right = r->x + r->u.rect.width, top = r->y, bottom = r->y + r->u.rect.height;
    int32_t nx = c->x < left ? left : c->x > right ? right : c->x;
    int32_t ny = c->y < top ? top : c->y > bottom ? bottom : c->y;
    int64_t dx = c->x - nx, dy = c->y - ny;
    return (int32_t)sqrtf((float)(dx * dx + dy * dy));
}

static Value shape_intersects(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of(args[0]);
    Value other_native = obj_native(args[1]);
    if (!val_is_obj(other_native) || !is_shape_type(VAL_OBJ(other_native)->type)) {
        return VAL_FALSE;
    }
    ShapeObj *o = (ShapeObj *)VAL_OBJ(other_native);
    const Type *st = s->layer.base.type, *ot = o->layer.base.type;
    if (st == &vectorio_circle_type && ot == &vectorio_rectangle_type) {
        return val_bool(circle_rect_distance(s, o) <= s->u.radius);
    }
    if (st == &vectorio_rectangle_type && ot == &vectorio_circle_type) {
        return val_bool(circle_rect_distance(o, s) <= o->u.radius);
    }
    if (st == &vectorio_circle_type && ot == &vectorio_circle_type) {
        int64_t dx = s->x - o->x, dy = s->y - o->y;
        return val_bool((int32_t)sqrtf((float)(dx * dx + dy * dy)) <= s->u.radius + o->u.radius);
    }
    if (st == &vectorio_rectangle_type && ot == &vectorio_rectangle_type) {
        return val_bool(s->x < o->x + o->u.rect.width && s->x + s->u.rect.width > o->x &&
                        s->y < o->y + o->u.rect.height && s->y + s->u.rect.height > o->y);
    }
    return VAL_FALSE;
}

static BUILTIN_FN(shape_intersects_obj, intersects, 2, 2, shape_intersects);

// --- Circle --------------------------------------------------------------------------

static Value circle_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(radius), true, false, VAL_NULL},
        {NAME(pixel_shader), true, true, VAL_NULL},
        {NAME(x), false, true, MODS_SMALL_INT(0)},
        {NAME(y), false, true, MODS_SMALL_INT(0)},
        {NAME(color_index), false, true, MODS_SMALL_INT(0)},
    };
    Value a[5];
    args_parse("Circle", nargs, args, kwnames, 5, spec, a);
    int64_t radius = arg_int(a[0]), ci = arg_int(a[4]);
    int16_t r = size_arg(radius, "radius");
    ShapeObj *s = shape_new(&vectorio_circle_type, a[1], a[2], a[3], ci);
    s->u.radius = r;
    return OBJ_VAL(s);
}

static Value circle_get_radius(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(shape_of_type(args[0], &vectorio_circle_type)->u.radius);
}

static Value circle_set_radius(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of_type(args[0], &vectorio_circle_type);
    s->u.radius = abs_size_arg(args[1], "radius");
    s->changed = true;
    return VAL_NONE;
}

static BUILTIN_FN(circle_get_radius_obj, radius, 1, 1, circle_get_radius);
static BUILTIN_FN(circle_set_radius_obj, radius, 2, 2, circle_set_radius);
PROP(circle_radius_prop, circle_get_radius_obj, circle_set_radius_obj);

static const AttrEntry circle_attrs[] = {
    SHAPE_ATTRS,
    {NAME(radius), OBJ_VAL(&circle_radius_prop)},
    {NAME(intersects), OBJ_VAL(&shape_intersects_obj)},
};

const Type vectorio_circle_type = {
    .base = {&type_type},
    .name = NAME(Circle),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = circle_make_new,
    .attrs = circle_attrs,
    .nattrs = sizeof(circle_attrs) / sizeof(circle_attrs[0]),
};

// --- Rectangle -----------------------------------------------------------------------

static Value rectangle_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(width), true, false, VAL_NULL},
        {NAME(height), true, false, VAL_NULL},
        {NAME(pixel_shader), true, true, VAL_NULL},
        {NAME(x), false, true, MODS_SMALL_INT(0)},
        {NAME(y), false, true, MODS_SMALL_INT(0)},
        {NAME(color_index), false, true, MODS_SMALL_INT(0)},
    };
    Value a[6];
    args_parse("Rectangle", nargs, args, kwnames, 6, spec, a);
    int64_t width = arg_int(a[0]), height = arg_int(a[1]), ci = arg_int(a[5]);
    int16_t w = size_arg(width, "width"), h = size_arg(height, "height");
    ShapeObj *s = shape_new(&vectorio_rectangle_type, a[2], a[3], a[4], ci);
    s->u.rect.width = w;
    s->u.rect.height = h;
    return OBJ_VAL(s);
}

static Value rectangle_get_width(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(shape_of_type(args[0], &vectorio_rectangle_type)->u.rect.width);
}

static Value rectangle_set_width(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of_type(args[0], &vectorio_rectangle_type);
    s->u.rect.width = abs_size_arg(args[1], "width");
    s->changed = true;
    return VAL_NONE;
}

static Value rectangle_get_height(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(shape_of_type(args[0], &vectorio_rectangle_type)->u.rect.height);
}

static Value rectangle_set_height(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of_type(args[0], &vectorio_rectangle_type);
    s->u.rect.height = abs_size_arg(args[1], "height");
    s->changed = true;
    return VAL_NONE;
}

static BUILTIN_FN(rectangle_get_width_obj, width, 1, 1, rectangle_get_width);
static BUILTIN_FN(rectangle_set_width_obj, width, 2, 2, rectangle_set_width);
static BUILTIN_FN(rectangle_get_height_obj, height, 1, 1, rectangle_get_height);
static BUILTIN_FN(rectangle_set_height_obj, height, 2, 2, rectangle_set_height);
PROP(rectangle_width_prop, rectangle_get_width_obj, rectangle_set_width_obj);
PROP(rectangle_height_prop, rectangle_get_height_obj, rectangle_set_height_obj);

static const AttrEntry rectangle_attrs[] = {
    SHAPE_ATTRS,
    {NAME(width), OBJ_VAL(&rectangle_width_prop)},
    {NAME(height), OBJ_VAL(&rectangle_height_prop)},
    {NAME(intersects), OBJ_VAL(&shape_intersects_obj)},
};

const Type vectorio_rectangle_type = {
    .base = {&type_type},
    .name = NAME(Rectangle),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = rectangle_make_new,
    .attrs = rectangle_attrs,
    .nattrs = sizeof(rectangle_attrs) / sizeof(rectangle_attrs[0]),
};

// --- Polygon -------------------------------------------------------------------------

// Checks a points list as CircuitPython does and installs it; the old
// points stay when the new ones are rejected.
static void polygon_set_points_list(ShapeObj *s, Value points) {
    if (!is_type(points, &list_type)) {
        vm_raise(&exc_TypeError_type, "points must be of type list, not %s", val_type_name(points));
    }
    ListObj *l = val_list(points);
    if (l->len < 3) {
        vm_raise(&exc_TypeError_type, "Polygon needs at least 3 points");
    }
    if (l->len > INT16_MAX) {
        vm_raise(&exc_ValueError_type, "points length must be 3-%d", INT16_MAX);
    }
    size_t n = l->len;
    int16_t *xy = gc_alloc(n * 2 * sizeof(int16_t), true);
    int16_t b[4] = {INT16_MAX, INT16_MAX, INT16_MIN, INT16_MIN};
    for (size_t i = 0; i < n; i++) {
        Value pt = l->items[i];
        if (!is_type(pt, &tuple_type)) {
            vm_raise(&exc_TypeError_type, "point must be of type tuple, not %s", val_type_name(pt));
        }
        if (val_tuple(pt)->len != 2) {
            vm_raise(&exc_ValueError_type, "point length must be 2");
        }
        int16_t x = strict_coord(val_tuple(pt)->items[0], "x"), y = strict_coord(val_tuple(pt)->items[1], "y");
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
        b[0] = x < b[0] ? x : b[0];
        b[1] = y < b[1] ? y : b[1];
        b[2] = x > b[2] ? x : b[2];
        b[3] = y > b[3] ? y : b[3];
    }
    s->u.poly.crossings = gc_alloc(n * sizeof(int32_t), true);
    s->u.poly.xy = xy;
    s->u.poly.count = (uint16_t)n;
    for (int i = 0; i < 4; i++) {
        s->u.poly.bounds[i] = b[i];
    }
    s->changed = true;
}

static Value polygon_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(points), true, false, VAL_NULL},
        {NAME(pixel_shader), true, true, VAL_NULL},
        {NAME(x), false, true, MODS_SMALL_INT(0)},
        {NAME(y), false, true, MODS_SMALL_INT(0)},
        {NAME(color_index), false, true, MODS_SMALL_INT(0)},
    };
    Value a[5];
    args_parse("Polygon", nargs, args, kwnames, 5, spec, a);
    int64_t ci = arg_int(a[4]);
    ShapeObj staged = {.layer = {.base = {&vectorio_polygon_type}}};
    polygon_set_points_list(&staged, a[0]);
    ShapeObj *s = shape_new(&vectorio_polygon_type, a[1], a[2], a[3], ci);
    s->u.poly = staged.u.poly;
    return OBJ_VAL(s);
}

static Value polygon_get_points(size_t nargs, const Value *args) {
    (void)nargs;
    ShapeObj *s = shape_of_type(args[0], &vectorio_polygon_type);
    Value list = list_new_empty();
    for (size_t i = 0; i < s->u.poly.count; i++) {
        Value xy[2] = {int_from_i64(s->u.poly.xy[2 * i]), int_from_i64(s->u.poly.xy[2 * i + 1])};
        list_append(list, tuple_new(2, xy));
    }
    return list;
}

static Value polygon_set_points(size_t nargs, const Value *args) {
    (void)nargs;
    polygon_set_points_list(shape_of_type(args[0], &vectorio_polygon_type), args[1]);
    return VAL_NONE;
}

static BUILTIN_FN(polygon_get_points_obj, points, 1, 1, polygon_get_points);
static BUILTIN_FN(polygon_set_points_obj, points, 2, 2, polygon_set_points);
PROP(polygon_points_prop, polygon_get_points_obj, polygon_set_points_obj);

static const AttrEntry polygon_attrs[] = {
    SHAPE_ATTRS,
    {NAME(points), OBJ_VAL(&polygon_points_prop)},
};

const Type vectorio_polygon_type = {
    .base = {&type_type},
    .name = NAME(Polygon),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = polygon_make_new,
    .attrs = polygon_attrs,
    .nattrs = sizeof(polygon_attrs) / sizeof(polygon_attrs[0]),
};

// --- module functions ------------------------------------------------------------

// Reads `n` required int16 arguments named by `spec`.
static void coords_parse(const char *fname, size_t nargs, const Value *args, Value kwnames, size_t n,
                         const ArgSpec *spec, int32_t *out) {
    Value a[8];
    args_parse(fname, nargs, args, kwnames, n, spec, a);
    for (size_t i = 0; i < n; i++) {
        out[i] = coord_arg(a[i], str_cstr(spec[i].name));
    }
}

#define REQ(n) {NAME(n), true, false, VAL_NULL}

static Value vectorio_circle_rectangle_intersects(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {REQ(cx), REQ(cy), REQ(cr), REQ(rx), REQ(ry), REQ(rw), REQ(rh)};
    int32_t v[7];
    coords_parse("circle_rectangle_intersects", nargs, args, kwnames, 7, spec, v);
    int32_t nx = v[0] < v[3] ? v[3] : v[0] > v[3] + v[5] ? v[3] + v[5] : v[0];
    int32_t ny = v[1] < v[4] ? v[4] : v[1] > v[4] + v[6] ? v[4] + v[6] : v[1];
    int64_t dx = v[0] - nx, dy = v[1] - ny;
    return val_bool(dx * dx + dy * dy <= (int64_t)v[2] * v[2]);
}

static Value vectorio_circle_circle_intersects(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {REQ(c1x), REQ(c1y), REQ(c1r), REQ(c2x), REQ(c2y), REQ(c2r)};
    int32_t v[6];
    coords_parse("circle_circle_intersects", nargs, args, kwnames, 6, spec, v);
    int64_t dx = v[0] - v[3], dy = v[1] - v[4], r = v[2] + v[5];
    return val_bool(dx * dx + dy * dy <= r * r);
}

static Value vectorio_rectangle_rectangle_intersects(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {REQ(r1x), REQ(r1y), REQ(r1w), REQ(r1h), REQ(r2x), REQ(r2y), REQ(r2w), REQ(r2h)};
    int32_t v[8];
    coords_parse("rectangle_rectangle_intersects", nargs, args, kwnames, 8, spec, v);
    return val_bool(v[0] < v[4] + v[6] && v[0] + v[2] > v[4] && v[1] < v[5] + v[7] && v[1] + v[3] > v[5]);
}

static BUILTIN_FN_KW(vectorio_circle_rectangle_intersects_obj, circle_rectangle_intersects, 0, FN_UNLIMITED,
                     vectorio_circle_rectangle_intersects);
static BUILTIN_FN_KW(vectorio_circle_circle_intersects_obj, circle_circle_intersects, 0, FN_UNLIMITED,
                     vectorio_circle_circle_intersects);
static BUILTIN_FN_KW(vectorio_rectangle_rectangle_intersects_obj, rectangle_rectangle_intersects, 0, FN_UNLIMITED,
                     vectorio_rectangle_rectangle_intersects);

static const AttrEntry vectorio_globals[] = {
    {NAME(__name__), NAME(vectorio)},
    {NAME(Circle), OBJ_VAL(&vectorio_circle_type)},
    {NAME(Polygon), OBJ_VAL(&vectorio_polygon_type)},
    {NAME(Rectangle), OBJ_VAL(&vectorio_rectangle_type)},
    {NAME(circle_circle_intersects), OBJ_VAL(&vectorio_circle_circle_intersects_obj)},
    {NAME(circle_rectangle_intersects), OBJ_VAL(&vectorio_circle_rectangle_intersects_obj)},
    {NAME(rectangle_rectangle_intersects), OBJ_VAL(&vectorio_rectangle_rectangle_intersects_obj)},
};

const ModuleDef module_vectorio = {
    .name = NAME(vectorio),
    .globals = vectorio_globals,
    .nglobals = sizeof(vectorio_globals) / sizeof(vectorio_globals[0]),
};
