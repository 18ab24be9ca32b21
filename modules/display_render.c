// Chunked drawing for busdisplay (see display_render.h). A display's
// rotation maps logical pixel (lx, ly) to panel pixel (px, py) as
// CircuitPython's display transform does (pw x ph: the panel's size):
//     0: (lx, ly)   90: (pw-1-ly, lx)   180: (pw-1-lx, ph-1-ly)   270: (ly, ph-1-lx)
// Chunks are cut in panel coordinates (whole bytes of the panel, whole
// pages for SH1107), composed in logical coordinates, and packed pixel by
// pixel into the panel's format, so every rotation and format takes the
// same path.
#include <string.h>
#include "display_render.h"
#include "display_bus.h"

#define MASK_WORDS ((DISP_CHUNK_PIXELS + 31) / 32)

static bool transposed(const DispPanel *p) { return p->rotation == 90 || p->rotation == 270; }
static int panel_width(const DispPanel *p) { return transposed(p) ? p->height : p->width; }
static int panel_height(const DispPanel *p) { return transposed(p) ? p->width : p->height; }

static void logical_to_panel(const DispPanel *p, int lx, int ly, int *px, int *py) {
    int pw = panel_width(p), ph = panel_height(p);
    switch (p->rotation) {
    case 90: *px = pw - 1 - ly; *py = lx; break;
    case 180: *px = pw - 1 - lx; *py = ph - 1 - ly; break;
    case 270: *px = ly; *py = ph - 1 - lx; break;
    default: *px = lx; *py = ly; break;
    }
}

static void panel_to_logical(const DispPanel *p, int px, int py, int *lx, int *ly) {
    int pw = panel_width(p), ph = panel_height(p);
    switch (p->rotation) {
    case 90: *lx = py; *ly = pw - 1 - px; break;
    case 180: *lx = pw - 1 - px; *ly = ph - 1 - py; break;
    case 270: *lx = ph - 1 - py; *ly = px; break;
    default: *lx = px; *ly = py; break;
    }
}

static int min_int(int a, int b) { return a < b ? a : b; }
static int max_int(int a, int b) { return a > b ? a : b; }

// The rectangle covering the images of a rectangle's corner pixels.
static void map_rect(const DispPanel *p, void (*map)(const DispPanel *, int, int, int *, int *), const DispArea *in,
                     DispArea *out) {
    int ax, ay, bx, by;
    map(p, in->x1, in->y1, &ax, &ay);
    map(p, in->x2 - 1, in->y2 - 1, &bx, &by);
    out->x1 = (int16_t)min_int(ax, bx);
    out->y1 = (int16_t)min_int(ay, by);
    out->x2 = (int16_t)(max_int(ax, bx) + 1);
    out->y2 = (int16_t)(max_int(ay, by) + 1);
}

// --- colours -------------------------------------------------------------------------

// CircuitPython's luma: (r*19 + g*182 + b*54) / 255.
static uint32_t luma(uint32_t rgb) {
    uint32_t r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
    return (r * 19 + g * 182 + b * 54) / 255;
}

// 0x00RRGGBB as the panel's pixel value.
static uint32_t convert(const DispColorspace *cs, uint32_t rgb) {
    switch (cs->depth) {
    case 16: {
        uint32_t v = disp_rgb565(rgb);
        return cs->reverse_bytes_in_word ? ((v >> 8) | (v << 8)) & 0xffff : v;
    }
    case 24:
    case 32:
        return rgb & 0xffffff;
    default:
        break;
    }
    if (cs->grayscale || cs->depth < 4) {
        // Colour panels of 1 or 2 bits have no format of their own: luma too.
        return luma(rgb) >> (8 - cs->depth);
    }
    if (cs->depth == 8) {   // RGB332
        return ((rgb >> 16) & 0xe0) | ((rgb >> 11) & 0x1c) | ((rgb >> 6) & 0x03);
    }
    // depth 4: one bit each of red, green, blue, and a dummy bit
    return ((rgb >> 20) & 0x8) | ((rgb >> 13) & 0x4) | ((rgb >> 6) & 0x2);
}

// Stores pixel number `offset` (row-major in a chunk `width` pixels wide)
// as CircuitPython lays it out in memory: 16 and 32 bits little-endian (a
// swapped RGB565 thus goes high byte first), 24 bits as the low three bytes
// of 0x00RRGGBB; below 8 bits packed into bytes along the row, or down the
// column in bands of 8/depth rows. Sub-byte `out` must start zeroed.
static void put_pixel(const DispColorspace *cs, uint8_t *out, size_t offset, int width, uint32_t rgb) {
    uint32_t v = convert(cs, rgb);
    switch (cs->depth) {
    case 24:
    case 32:
        for (size_t i = 0; i < cs->depth / 8u; i++) {
            out[cs->depth / 8u * offset + i] = (uint8_t)(v >> (8 * i));
        }
        return;
    case 16:
        out[2 * offset] = (uint8_t)v;
        out[2 * offset + 1] = (uint8_t)(v >> 8);
        return;
    case 8:
        out[offset] = (uint8_t)v;
        return;
    default:
        break;
    }
    size_t ppb = 8 / cs->depth;
    if (!cs->pixels_in_byte_share_row) {
        size_t row = offset / (size_t)width, col = offset % (size_t)width;
        offset = col * ppb + (row / ppb) * ppb * (size_t)width + row % ppb;
    }
    unsigned shift = (unsigned)(offset % ppb) * cs->depth;
    if (cs->reverse_pixels_in_byte) {
        shift = (unsigned)(ppb - 1) * cs->depth - shift;
    }
    out[offset / ppb] |= (uint8_t)(v << shift);
}

static size_t pixel_bytes(const DispColorspace *cs, size_t npixels) {
    return cs->depth >= 8 ? npixels * (cs->depth / 8) : npixels * cs->depth / 8;
}

// --- composing -----------------------------------------------------------------------

// The colours of logical area `a` (at most DISP_CHUNK_PIXELS), row by row:
// what the layers draw, black where none does.
static void compose(Value root, const DispArea *a, uint32_t *rgb, uint32_t *mask) {
    size_t n = (size_t)(a->x2 - a->x1) * (size_t)(a->y2 - a->y1);
    memset(rgb, 0, n * sizeof(rgb[0]));
    memset(mask, 0, MASK_WORDS * sizeof(mask[0]));
    if (root != VAL_NONE) {
        DispTransform t = {0, 0, 1};
        DispChunk chunk = {*a, rgb, mask};
        disp_layer_fill_area(root, &t, &chunk);
    }
}

static void render_chunk(const DispPanel *p, Value root, const DispArea *pc, DispChunkSink sink, void *ctx) {
    uint32_t rgb[DISP_CHUNK_PIXELS];
    uint32_t mask[MASK_WORDS];
    uint8_t out[DISP_SEND_MAX];
    DispArea lc;
    map_rect(p, panel_to_logical, pc, &lc);
    compose(root, &lc, rgb, mask);
    int pw = pc->x2 - pc->x1, lw = lc.x2 - lc.x1;
    size_t npixels = (size_t)pw * (size_t)(pc->y2 - pc->y1), len = pixel_bytes(&p->cs, npixels);
    memset(out, 0, len);
    size_t offset = 0;
    for (int py = pc->y1; py < pc->y2; py++) {
        for (int px = pc->x1; px < pc->x2; px++, offset++) {
            int lx, ly;
            panel_to_logical(p, px, py, &lx, &ly);
            put_pixel(&p->cs, out, offset, pw, rgb[(ly - lc.y1) * lw + (lx - lc.x1)]);
        }
    }
    sink(ctx, pc, out, len);
}

// Chunk sizes for a panel rectangle `w` pixels wide: whole bands of
// `align_y` rows (pixels packed down a column), whole bytes along a row,
// at most DISP_CHUNK_PIXELS pixels.
static void chunk_size(const DispPanel *p, int w, int align_x, int align_y, int *cols, int *rows) {
    int r = p->page_chunks ? 8 : DISP_CHUNK_PIXELS / w / align_y * align_y;
    if (r < align_y) {
        r = align_y;
    }
    int c = w;
    if (c * r > DISP_CHUNK_PIXELS) {
        c = DISP_CHUNK_PIXELS / r / align_x * align_x;
    }
    *cols = c;
    *rows = r;
}

void disp_render_area(const DispPanel *p, Value root, const DispArea *area, DispChunkSink sink, void *ctx) {
    DispArea screen = {0, 0, (int16_t)p->width, (int16_t)p->height}, clipped, pa;
    if (!disp_area_intersect(area, &screen, &clipped)) {
        return;
    }
    map_rect(p, logical_to_panel, &clipped, &pa);
    // Sub-byte pixels: widen to whole bytes, as the panel addresses bytes.
    int align_x = 1, align_y = 1;
    if (p->cs.depth < 8) {
        *(p->cs.pixels_in_byte_share_row ? &align_x : &align_y) = 8 / p->cs.depth;
    }
    pa.x1 = (int16_t)(pa.x1 - pa.x1 % align_x);
    pa.x2 = (int16_t)(pa.x2 + (align_x - pa.x2 % align_x) % align_x);
    pa.y1 = (int16_t)(pa.y1 - pa.y1 % align_y);
    pa.y2 = (int16_t)(pa.y2 + (align_y - pa.y2 % align_y) % align_y);
    int cols, rows;
    chunk_size(p, pa.x2 - pa.x1, align_x, align_y, &cols, &rows);
    for (int y = pa.y1; y < pa.y2; y += rows) {
        for (int x = pa.x1; x < pa.x2; x += cols) {
            DispArea pc = {(int16_t)x, (int16_t)y, (int16_t)min_int(x + cols, pa.x2), (int16_t)min_int(y + rows, pa.y2)};
            render_chunk(p, root, &pc, sink, ctx);
        }
    }
}

size_t disp_row_bytes(const DispPanel *p) { return pixel_bytes(&p->cs, p->width); }

void disp_render_row(const DispPanel *p, Value root, int y, uint8_t *out) {
    uint32_t rgb[DISP_CHUNK_PIXELS];
    uint32_t mask[MASK_WORDS];
    for (int x = 0; x < p->width; x += DISP_CHUNK_PIXELS) {
        DispArea a = {(int16_t)x, (int16_t)y, (int16_t)min_int(x + DISP_CHUNK_PIXELS, p->width), (int16_t)(y + 1)};
        compose(root, &a, rgb, mask);
        for (int i = 0; i < a.x2 - a.x1; i++) {
            put_pixel(&p->cs, out, (size_t)(x + i), p->width, rgb[i]);
        }
    }
}
