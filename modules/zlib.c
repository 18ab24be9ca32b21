// The zlib module: decompress() for zlib, raw deflate and gzip streams
// (wbits as CPython: 0 and 8..15 zlib, -8..-15 raw, 16 + n gzip, 32 + n
// automatic), a complete inflater (stored, fixed and dynamic Huffman
// blocks) reporting zlib's own error texts through zlib.error ("Error -3
// while decompressing data: incorrect header check"); compress() producing
// zlib, raw or gzip streams that any inflater accepts (level 0: stored
// blocks; otherwise one fixed-Huffman block of greedy LZ77 matches found
// through a small hash table, so the bytes differ from zlib's own output);
// and the crc32 and adler32 checksums.
//
// The inflater decodes Huffman codes bit by bit from canonical code counts
// (as zlib's puff.c does): slower than zlib's table lookups, but it needs
// only a few hundred bytes of tables, which suits a microcontroller.
#include <string.h>
#include "gc.h"
#include "mods.h"
#include "module_table.h"
#include "obj_int.h"
#include "obj_str.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

static Value zlib_error;   // the zlib.error class (GC root once imported)

_Noreturn static void zerror_fmt(const char *fmt, ...) {
    Vstr v;
    vstr_init(&v, 64);
    va_list ap;
    va_start(ap, fmt);
    vstr_vprintf(&v, fmt, ap);
    va_end(ap);
    Value msg = vstr_to_str(&v);
    vm_raise_obj(obj_call(zlib_error, 1, &msg, VAL_NULL));
}

// Z_DATA_ERROR (-3) with zlib's message.
_Noreturn static void data_error(const char *what) {
    zerror_fmt("Error -3 while decompressing data: %s", what);
}

_Noreturn static void truncated(void) {
    zerror_fmt("Error -5 while decompressing data: incomplete or truncated stream");
}

// --- checksums --------------------------------------------------------------------------

static uint32_t crc32_update(uint32_t crc, const uint8_t *d, size_t n) {
    static const uint32_t nibble[16] = {
        0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
        0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
    };
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= d[i];
        crc = (crc >> 4) ^ nibble[crc & 15];
        crc = (crc >> 4) ^ nibble[crc & 15];
    }
    return ~crc;
}

static uint32_t adler32_update(uint32_t adler, const uint8_t *d, size_t n) {
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (n > 0) {
        size_t k = n < 5552 ? n : 5552;   // the most bytes before b can overflow
        n -= k;
        while (k-- > 0) {
            a += *d++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return b << 16 | a;
}

// --- inflate ------------------------------------------------------------------------------

// Decompression runs twice over the input: the first pass (out == NULL)
// only measures the output, so that the second can write straight into a
// bytes object of the exact size. This keeps the peak memory at the size
// of the result, which matters more than time on a small heap.
typedef struct {
    const uint8_t *p, *end;
    uint32_t bitbuf;
    int bitcnt;
    uint8_t *out;       // NULL while measuring
    size_t pos;         // bytes produced
} Inflate;

static int getbyte(Inflate *s) {
    if (s->p >= s->end) {
        truncated();
    }
    return *s->p++;
}

static uint32_t bits(Inflate *s, int need) {
    uint32_t v = s->bitbuf;
    while (s->bitcnt < need) {
        v |= (uint32_t)getbyte(s) << s->bitcnt;
        s->bitcnt += 8;
    }
    s->bitbuf = v >> need;
    s->bitcnt -= need;
    return v & ((1u << need) - 1);
}

#define MAXBITS 15

typedef struct {
    uint16_t count[MAXBITS + 1];   // codes of each length
    uint16_t symbol[288];          // symbols in canonical order
} Huffman;

// Builds a canonical code from code lengths. Returns 0 for a complete code,
// > 0 for an incomplete one, < 0 for an over-subscribed one.
static int huff_build(Huffman *h, const uint8_t *length, int n) {
    memset(h->count, 0, sizeof(h->count));
    for (int i = 0; i < n; i++) {
        h->count[length[i]]++;
    }
    if (h->count[0] == n) {
        return 0;   // no codes: decoding anything fails later
    }
    int left = 1;
    for (int len = 1; len <= MAXBITS; len++) {
        left <<= 1;
        left -= h->count[len];
        if (left < 0) {
            return left;
        }
    }
    uint16_t offs[MAXBITS + 1];
    offs[1] = 0;
    for (int len = 1; len < MAXBITS; len++) {
        offs[len + 1] = (uint16_t)(offs[len] + h->count[len]);
    }
    for (int i = 0; i < n; i++) {
        if (length[i] != 0) {
            h->symbol[offs[length[i]]++] = (uint16_t)i;
        }
    }
    return left;
}

// zlib's rule: a code must be complete, except a code of a single symbol
// of length one (for literal/length and distance codes).
static bool huff_ok(int r, const uint8_t *length, int n, bool codes) {
    if (r < 0) {
        return false;
    }
    if (r == 0) {
        return true;
    }
    int maxlen = 0;
    for (int i = 0; i < n; i++) {
        if (length[i] > maxlen) {
            maxlen = length[i];
        }
    }
    return !codes && maxlen == 1;
}

// Decodes one symbol; -1 if the bits match no code.
static int huff_decode(Inflate *s, const Huffman *h) {
    int code = 0, first = 0, index = 0;
    for (int len = 1; len <= MAXBITS; len++) {
        code |= (int)bits(s, 1);
        int count = h->count[len];
        if (code - count < first) {
            return h->symbol[index + (code - first)];
        }
        index += count;
        first += count;
        first <<= 1;
        code <<= 1;
    }
    return -1;
}

static const uint16_t LEN_BASE[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                      35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t LEN_EXTRA[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t DIST_BASE[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
                                       193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
                                       6145, 8193, 12289, 16385, 24577};
static const uint8_t DIST_EXTRA[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static void inflate_codes(Inflate *s, const Huffman *lencode, const Huffman *distcode) {
    for (;;) {
        int sym = huff_decode(s, lencode);
        if (sym < 0 || sym > 285) {
            data_error("invalid literal/length code");
        }
        if (sym < 256) {
            if (s->out != NULL) {
                s->out[s->pos] = (uint8_t)sym;
            }
            s->pos++;
            continue;
        }
        if (sym == 256) {
            return;
        }
        sym -= 257;
        size_t len = LEN_BASE[sym] + bits(s, LEN_EXTRA[sym]);
        int dsym = huff_decode(s, distcode);
        if (dsym < 0 || dsym > 29) {
            data_error("invalid distance code");
        }
        size_t dist = DIST_BASE[dsym] + bits(s, DIST_EXTRA[dsym]);
        if (dist > s->pos) {
            data_error("invalid distance too far back");
        }
        if (s->out != NULL) {
            // Byte by byte: the copy may overlap what it produces.
            uint8_t *o = s->out + s->pos;
            for (size_t i = 0; i < len; i++) {
                o[i] = o[(intptr_t)i - (intptr_t)dist];
            }
        }
        s->pos += len;
    }
}

static void inflate_stored(Inflate *s) {
    s->bitbuf = 0;
    s->bitcnt = 0;
    unsigned len = (unsigned)getbyte(s);
    len |= (unsigned)getbyte(s) << 8;
    unsigned nlen = (unsigned)getbyte(s);
    nlen |= (unsigned)getbyte(s) << 8;
    if (len != (~nlen & 0xffff)) {
        data_error("invalid stored block lengths");
    }
    if ((size_t)(s->end - s->p) < len) {
        truncated();
    }
    if (s->out != NULL) {
        memcpy(s->out + s->pos, s->p, len);
    }
    s->pos += len;
    s->p += len;
}

static void inflate_fixed(Inflate *s) {
    Huffman *lencode = gc_alloc(2 * sizeof(Huffman), true);
    Huffman *distcode = lencode + 1;
    uint8_t lengths[288];
    int i = 0;
    for (; i < 144; i++) {
        lengths[i] = 8;
    }
    for (; i < 256; i++) {
        lengths[i] = 9;
    }
    for (; i < 280; i++) {
        lengths[i] = 7;
    }
    for (; i < 288; i++) {
        lengths[i] = 8;
    }
    huff_build(lencode, lengths, 288);
    for (i = 0; i < 30; i++) {
        lengths[i] = 5;
    }
    huff_build(distcode, lengths, 30);
    inflate_codes(s, lencode, distcode);
    gc_free(lencode);
}

static void inflate_dynamic(Inflate *s) {
    static const uint8_t order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    int nlen = (int)bits(s, 5) + 257;
    int ndist = (int)bits(s, 5) + 1;
    int ncode = (int)bits(s, 4) + 4;
    if (nlen > 286 || ndist > 30) {
        data_error("too many length or distance symbols");
    }
    Huffman *lencode = gc_alloc(2 * sizeof(Huffman), true);
    Huffman *distcode = lencode + 1;
    uint8_t lengths[320];
    memset(lengths, 0, sizeof(lengths));
    for (int i = 0; i < ncode; i++) {
        lengths[order[i]] = (uint8_t)bits(s, 3);
    }
    int r = huff_build(lencode, lengths, 19);
    if (!huff_ok(r, lengths, 19, true)) {
        data_error("invalid code lengths set");
    }
    int index = 0;
    while (index < nlen + ndist) {
        int sym = huff_decode(s, lencode);
        if (sym < 0) {
            data_error("invalid code lengths set");
        }
        if (sym < 16) {
            lengths[index++] = (uint8_t)sym;
            continue;
        }
        uint8_t len = 0;
        int rep;
        if (sym == 16) {
            if (index == 0) {
                data_error("invalid bit length repeat");
            }
            len = lengths[index - 1];
            rep = 3 + (int)bits(s, 2);
        } else if (sym == 17) {
            rep = 3 + (int)bits(s, 3);
        } else {
            rep = 11 + (int)bits(s, 7);
        }
        if (index + rep > nlen + ndist) {
            data_error("invalid bit length repeat");
        }
        while (rep-- > 0) {
            lengths[index++] = len;
        }
    }
    if (lengths[256] == 0) {
        data_error("invalid code -- missing end-of-block");
    }
    r = huff_build(lencode, lengths, nlen);
    if (!huff_ok(r, lengths, nlen, false)) {
        data_error("invalid literal/lengths set");
    }
    r = huff_build(distcode, lengths + nlen, ndist);
    if (!huff_ok(r, lengths + nlen, ndist, false)) {
        data_error("invalid distances set");
    }
    inflate_codes(s, lencode, distcode);
    gc_free(lencode);
}

// Inflates deflate blocks up to the final one; the output grows s->out.
static void inflate_blocks(Inflate *s) {
    bool last;
    do {
        last = bits(s, 1) != 0;
        switch (bits(s, 2)) {
            case 0: inflate_stored(s); break;
            case 1: inflate_fixed(s); break;
            case 2: inflate_dynamic(s); break;
            default: data_error("invalid block type");
        }
    } while (!last);
    // The trailer starts at the next byte boundary.
    s->bitbuf = 0;
    s->bitcnt = 0;
}

static uint32_t read_be32(Inflate *s) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        v = v << 8 | (uint32_t)getbyte(s);
    }
    return v;
}

static uint32_t read_le32(Inflate *s) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        v |= (uint32_t)getbyte(s) << (8 * i);
    }
    return v;
}

static void skip_zstring(Inflate *s, uint32_t *crc) {
    int c;
    do {
        const uint8_t *p = s->p;
        c = getbyte(s);
        *crc = crc32_update(*crc, p, 1);
    } while (c != 0);
}

// The header, the blocks and (when writing) the trailer of a gzip member.
static void inflate_gzip(Inflate *s) {
    const uint8_t *start = s->p;
    uint8_t h[10];
    for (int i = 0; i < 10; i++) {
        h[i] = (uint8_t)getbyte(s);
        if (i == 1 && (h[0] != 0x1f || h[1] != 0x8b)) {
            data_error("incorrect header check");
        }
        if (i == 2 && h[2] != 8) {
            data_error("unknown compression method");
        }
        if (i == 3 && (h[3] & 0xe0) != 0) {
            data_error("unknown header flags set");
        }
    }
    uint8_t flags = h[3];
    uint32_t hcrc = crc32_update(0, h, 10);
    if (flags & 4) {   // FEXTRA
        const uint8_t *p = s->p;
        size_t xlen = (size_t)getbyte(s);
        xlen |= (size_t)getbyte(s) << 8;
        for (size_t i = 0; i < xlen; i++) {
            getbyte(s);
        }
        hcrc = crc32_update(hcrc, p, 2 + xlen);
    }
    if (flags & 8) {   // FNAME
        skip_zstring(s, &hcrc);
    }
    if (flags & 16) {  // FCOMMENT
        skip_zstring(s, &hcrc);
    }
    if (flags & 2) {   // FHCRC
        uint32_t want = (uint32_t)getbyte(s);
        want |= (uint32_t)getbyte(s) << 8;
        if (want != (crc32_update(0, start, (size_t)(s->p - 2 - start)) & 0xffff)) {
            data_error("header crc mismatch");
        }
    }
    inflate_blocks(s);
    if (s->out == NULL) {
        return;
    }
    uint32_t crc = read_le32(s);
    if (crc != crc32_update(0, s->out, s->pos)) {
        data_error("incorrect data check");
    }
    if (read_le32(s) != (uint32_t)s->pos) {
        data_error("incorrect length check");
    }
}

// `wbits`: 0 or 8..15 as zlib's windowBits (0: take the header's).
static void inflate_zlib(Inflate *s, int wbits) {
    int cmf = getbyte(s);
    int flg = getbyte(s);
    if (((cmf << 8) | flg) % 31 != 0) {
        data_error("incorrect header check");
    }
    if ((cmf & 15) != 8) {
        data_error("unknown compression method");
    }
    int len = (cmf >> 4) + 8;
    if (wbits == 0) {
        wbits = len;
    }
    if (len > 15 || len > wbits) {
        data_error("invalid window size");
    }
    if (flg & 0x20) {
        zerror_fmt("Error 2 while decompressing data");   // Z_NEED_DICT
    }
    inflate_blocks(s);
    if (s->out != NULL && read_be32(s) != adler32_update(1, s->out, s->pos)) {
        data_error("incorrect data check");
    }
}

// --- deflate ------------------------------------------------------------------------------------

// Like decompression, compression runs twice: first measuring (out ==
// NULL), then writing into a bytes object of the exact size.
typedef struct {
    uint8_t *out;       // NULL while measuring
    size_t pos;
    uint32_t bitbuf;
    int bitcnt;
} Deflate;

static void put_byte(Deflate *d, uint8_t c) {
    if (d->out != NULL) {
        d->out[d->pos] = c;
    }
    d->pos++;
}

static void put_raw(Deflate *d, const uint8_t *data, size_t n) {
    if (d->out != NULL && n > 0) {
        memcpy(d->out + d->pos, data, n);
    }
    d->pos += n;
}

static void put_bits(Deflate *d, uint32_t v, int n) {
    d->bitbuf |= v << d->bitcnt;
    d->bitcnt += n;
    while (d->bitcnt >= 8) {
        put_byte(d, (uint8_t)(d->bitbuf & 0xff));
        d->bitbuf >>= 8;
        d->bitcnt -= 8;
    }
}

static void flush_bits(Deflate *d) {
    if (d->bitcnt > 0) {
        put_byte(d, (uint8_t)(d->bitbuf & 0xff));
    }
    d->bitbuf = 0;
    d->bitcnt = 0;
}

// A Huffman code is sent most significant bit first.
static void put_code(Deflate *d, uint32_t code, int n) {
    uint32_t r = 0;
    for (int i = 0; i < n; i++) {
        r = (r << 1) | ((code >> i) & 1);
    }
    put_bits(d, r, n);
}

static void put_fixed_sym(Deflate *d, int sym) {
    if (sym < 144) {
        put_code(d, 0x30 + (uint32_t)sym, 8);
    } else if (sym < 256) {
        put_code(d, 0x190 + (uint32_t)(sym - 144), 9);
    } else if (sym < 280) {
        put_code(d, (uint32_t)(sym - 256), 7);
    } else {
        put_code(d, 0xc0 + (uint32_t)(sym - 280), 8);
    }
}

static void put_match(Deflate *d, size_t len, size_t dist) {
    int i = 28;
    while (LEN_BASE[i] > len) {
        i--;
    }
    put_fixed_sym(d, 257 + i);
    put_bits(d, (uint32_t)(len - LEN_BASE[i]), LEN_EXTRA[i]);
    int j = 29;
    while (DIST_BASE[j] > dist) {
        j--;
    }
    put_code(d, (uint32_t)j, 5);
    put_bits(d, (uint32_t)(dist - DIST_BASE[j]), DIST_EXTRA[j]);
}

#define HASH_BITS 10
#define MAX_DIST 32768
#define MAX_MATCH 258

static uint32_t hash3(const uint8_t *p) {
    return ((uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2]) * 2654435761u >> (32 - HASH_BITS);
}

// One final fixed-Huffman block of greedy LZ77 matches.
static void deflate_fixed(Deflate *d, const uint8_t *data, size_t n, size_t window) {
    put_bits(d, 1, 1);   // BFINAL
    put_bits(d, 1, 2);   // BTYPE 01
    uint32_t *head = gc_alloc(sizeof(uint32_t) << HASH_BITS, true);   // position + 1, 0: none
    size_t i = 0;
    while (i < n) {
        size_t best = 0, dist = 0;
        if (i + 3 <= n) {
            uint32_t h = hash3(data + i);
            size_t cand = head[h];
            head[h] = (uint32_t)(i + 1);
            if (cand > 0 && i - (cand - 1) <= window) {
                size_t c = cand - 1, max = n - i < MAX_MATCH ? n - i : MAX_MATCH, k = 0;
                while (k < max && data[c + k] == data[i + k]) {
                    k++;
                }
                if (k >= 3) {
                    best = k;
                    dist = i - c;
                }
            }
        }
        if (best == 0) {
            put_fixed_sym(d, data[i]);
            i++;
            continue;
        }
        put_match(d, best, dist);
        // Index the positions the match covers, so later data can refer to them.
        for (size_t k = 1; k < best && i + k + 3 <= n; k++) {
            head[hash3(data + i + k)] = (uint32_t)(i + k + 1);
        }
        i += best;
    }
    put_fixed_sym(d, 256);
    flush_bits(d);
    gc_free(head);
}

static void deflate_stored(Deflate *d, const uint8_t *data, size_t n) {
    do {
        size_t k = n < 65535 ? n : 65535;
        n -= k;
        put_bits(d, n == 0 ? 1 : 0, 1);
        put_bits(d, 0, 2);
        flush_bits(d);
        uint8_t hdr[4] = {(uint8_t)k, (uint8_t)(k >> 8), (uint8_t)~k, (uint8_t)(~k >> 8)};
        put_raw(d, hdr, 4);
        put_raw(d, data, k);
        data += k;
    } while (n > 0);
}

// --- the Python functions ---------------------------------------------------------------------

static void buffer_arg(Value v, const uint8_t **d, size_t *n) {
    if (val_is_str(v) || !obj_get_buffer(v, d, n)) {
        vm_raise(&exc_TypeError_type, "a bytes-like object is required, not '%T'", v);
    }
}

static intptr_t small_arg(Value v) {
    int64_t x;
    if (!int_to_i64(mods_to_int(v), &x) || x < INT32_MIN || x > INT32_MAX) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C int");
    }
    return (intptr_t)x;
}

static Value z_decompress(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(data), true, false, VAL_NULL},
        {NAME(wbits), false, false, VAL_NULL},
        {NAME(bufsize), false, false, VAL_NULL},
    };
    if (nargs == 0) {
        vm_raise(&exc_TypeError_type, "decompress() takes at least 1 positional argument (0 given)");
    }
    Value a[3];
    args_parse("decompress", nargs, args, kwnames, 3, spec, a);
    const uint8_t *d;
    size_t n;
    buffer_arg(a[0], &d, &n);
    intptr_t wbits = a[1] == VAL_NULL ? 15 : small_arg(a[1]);
    intptr_t bufsize = a[2] == VAL_NULL ? 16384 : int_as_intptr(mods_to_int(a[2]));
    if (bufsize < 0) {
        vm_raise(&exc_ValueError_type, "bufsize must be non-negative");
    }
    int kind;   // 0 zlib, 1 raw, 2 gzip, 3 automatic
    intptr_t w = wbits;
    if (wbits < 0) {
        kind = 1;
        w = -wbits;
    } else if (wbits >= 32) {
        kind = 3;
        w = wbits - 32;
    } else if (wbits >= 16) {
        kind = 2;
        w = wbits - 16;
    } else {
        kind = 0;
    }
    if (!(w == 0 && kind != 1) && !(w >= 8 && w <= 15)) {
        zerror_fmt("Error -2 while preparing to decompress data: inconsistent stream state");
    }
    if (kind == 3) {
        kind = n >= 2 && d[0] == 0x1f && d[1] == 0x8b ? 2 : 0;
    }
    Inflate s;
    BytesObj *b = NULL;
    for (int pass = 0; pass < 2; pass++) {
        s.p = d;
        s.end = d + n;
        s.bitbuf = 0;
        s.bitcnt = 0;
        if (pass == 1) {
            b = bytes_alloc(s.pos);
            s.out = b->data;
        } else {
            s.out = NULL;
        }
        s.pos = 0;
        switch (kind) {
            case 0: inflate_zlib(&s, (int)w); break;
            case 1: inflate_blocks(&s); break;
            default: inflate_gzip(&s); break;
        }
    }
    return OBJ_VAL(b);
}

static void put_be32(Deflate *z, uint32_t v) {
    uint8_t t[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    put_raw(z, t, 4);
}

static void put_le32(Deflate *z, uint32_t v) {
    uint8_t t[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    put_raw(z, t, 4);
}

static int flevel(intptr_t level);

// A whole stream: kind 0 zlib, 1 raw, 2 gzip; w the window bits (9..15).
static void deflate_stream(Deflate *z, int kind, intptr_t level, intptr_t w, const uint8_t *d,
                           size_t n) {
    if (kind == 0) {
        uint8_t cmf = (uint8_t)((w - 8) << 4 | 8);
        uint8_t flg = (uint8_t)(flevel(level) << 6);
        flg = (uint8_t)(flg + 31 - ((cmf << 8) | flg) % 31);
        put_byte(z, cmf);
        put_byte(z, flg);
    } else if (kind == 2) {
        uint8_t xfl = level == 9 ? 2 : level < 2 ? 4 : 0;
        uint8_t hdr[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3};
        put_raw(z, hdr, 10);
    }
    if (level == 0) {
        deflate_stored(z, d, n);
    } else {
        deflate_fixed(z, d, n, (size_t)1 << w);
    }
    // Checksums only when writing: the first pass needs just the length.
    if (kind == 0) {
        put_be32(z, z->out != NULL ? adler32_update(1, d, n) : 0);
    } else if (kind == 2) {
        put_le32(z, z->out != NULL ? crc32_update(0, d, n) : 0);
        put_le32(z, (uint32_t)n);
    }
}

static int flevel(intptr_t level) {
    if (level < 2) {
        return 0;
    }
    return level < 6 ? 1 : level == 6 ? 2 : 3;
}

static Value z_compress(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(data), true, false, VAL_NULL},
        {NAME(level), false, false, VAL_NULL},
        {NAME(wbits), false, false, VAL_NULL},
    };
    if (nargs == 0) {
        vm_raise(&exc_TypeError_type, "compress() takes at least 1 positional argument (0 given)");
    }
    if (nargs > 3) {
        vm_raise(&exc_TypeError_type, "compress() takes at most 3 arguments (%zu given)", nargs);
    }
    Value a[3];
    args_parse("compress", nargs, args, kwnames, 3, spec, a);
    const uint8_t *d;
    size_t n;
    buffer_arg(a[0], &d, &n);
    intptr_t level = a[1] == VAL_NULL ? -1 : small_arg(a[1]);
    intptr_t wbits = a[2] == VAL_NULL ? 15 : small_arg(a[2]);
    if (level == -1) {
        level = 6;
    }
    int kind = wbits < 0 ? 1 : wbits > 15 ? 2 : 0;
    intptr_t w = kind == 1 ? -wbits : kind == 2 ? wbits - 16 : wbits;
    if (level < 0 || level > 9 || w < 8 || w > 15 || (w == 8 && kind != 0)) {
        zerror_fmt("Bad compression level");
    }
    if (w == 8) {
        w = 9;
    }
    Deflate z;
    BytesObj *b = NULL;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            b = bytes_alloc(z.pos);
            z.out = b->data;
        } else {
            z.out = NULL;
        }
        z.pos = 0;
        z.bitbuf = 0;
        z.bitcnt = 0;
        deflate_stream(&z, kind, level, w, d, n);
    }
    return OBJ_VAL(b);
}

// --- checksums as functions ----------------------------------------------------------------

// The start value of crc32/adler32: any int, taken modulo 2**32.
static uint32_t start_value(size_t nargs, const Value *args, uint32_t dflt) {
    if (nargs < 2) {
        return dflt;
    }
    Value v = mods_to_int(args[1]);
    int64_t x;
    if (!int_to_i64(v, &x)) {
        int_to_i64(int_mod(v, int_from_u64((uint64_t)1 << 32)), &x);
    }
    return (uint32_t)x;   // two's complement: -1 becomes 0xffffffff
}

static Value z_crc32(size_t nargs, const Value *args) {
    const uint8_t *d;
    size_t n;
    buffer_arg(args[0], &d, &n);
    return int_from_u64(crc32_update(start_value(nargs, args, 0), d, n));
}

static Value z_adler32(size_t nargs, const Value *args) {
    const uint8_t *d;
    size_t n;
    buffer_arg(args[0], &d, &n);
    return int_from_u64(adler32_update(start_value(nargs, args, 1), d, n));
}

static BUILTIN_FN_KW(z_compress_obj, compress, 0, FN_UNLIMITED, z_compress);
static BUILTIN_FN_KW(z_decompress_obj, decompress, 0, FN_UNLIMITED, z_decompress);
static BUILTIN_FN(z_crc32_obj, crc32, 1, 2, z_crc32);
static BUILTIN_FN(z_adler32_obj, adler32, 1, 2, z_adler32);

static void zlib_module_init(Value module) {
    gc_add_root(&zlib_error, sizeof(zlib_error));   // again after a soft reload cleared the roots
    zlib_error = mods_new_exc_class("zlib", NAME(error), &exc_Exception_type);
    dict_set(mods_globals(module), NAME(error), zlib_error);
}

static const AttrEntry zlib_globals[] = {
    {NAME(DEFLATED), MODS_SMALL_INT(8)},
    {NAME(DEF_BUF_SIZE), MODS_SMALL_INT(16384)},
    {NAME(DEF_MEM_LEVEL), MODS_SMALL_INT(8)},
    {NAME(MAX_WBITS), MODS_SMALL_INT(15)},
    {NAME(Z_BEST_COMPRESSION), MODS_SMALL_INT(9)},
    {NAME(Z_BEST_SPEED), MODS_SMALL_INT(1)},
    {NAME(Z_DEFAULT_COMPRESSION), MODS_SMALL_INT(-1)},
    {NAME(Z_DEFAULT_STRATEGY), MODS_SMALL_INT(0)},
    {NAME(Z_FILTERED), MODS_SMALL_INT(1)},
    {NAME(Z_HUFFMAN_ONLY), MODS_SMALL_INT(2)},
    {NAME(Z_NO_COMPRESSION), MODS_SMALL_INT(0)},
    {NAME(__name__), NAME(zlib)},
    {NAME(adler32), OBJ_VAL(&z_adler32_obj)},
    {NAME(compress), OBJ_VAL(&z_compress_obj)},
    {NAME(crc32), OBJ_VAL(&z_crc32_obj)},
    {NAME(decompress), OBJ_VAL(&z_decompress_obj)},
};

const ModuleDef module_zlib = {
    .name = NAME(zlib),
    .globals = zlib_globals,
    .nglobals = sizeof(zlib_globals) / sizeof(zlib_globals[0]),
    .init = zlib_module_init,
};
