// The hashlib module: md5, sha1, sha224 and sha256 hash objects
// (update/digest/hexdigest/copy, name/digest_size/block_size), the
// constructors hashlib.md5() ... and hashlib.new(name, data), with
// CPython 3.11's argument errors. The algorithms are implemented here from
// their specifications (RFC 1321, FIPS 180-4); all four share the 64-byte
// block buffering and Merkle-Damgard padding, differing in the compression
// function, the initial state and the byte order of the length and digest.
#include <string.h>
#include "gc.h"
#include "modargs.h"
#include "mods.h"
#include "module_table.h"
#include "obj_str.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

enum { ALGO_MD5, ALGO_SHA1, ALGO_SHA224, ALGO_SHA256 };

typedef struct {
    const char *name;
    uint8_t digest_size;
    bool little;        // MD5: little-endian words
} AlgoInfo;

static const AlgoInfo ALGOS[] = {
    {"md5", 16, true},
    {"sha1", 20, false},
    {"sha224", 28, false},
    {"sha256", 32, false},
};

typedef struct {
    Obj base;           // &hash_type
    uint8_t algo;
    uint8_t buflen;     // bytes waiting in buf
    uint64_t total;     // bytes hashed so far
    uint32_t h[8];
    uint8_t buf[64];
} HashObj;

extern const Type hash_type;

static inline uint32_t rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static uint32_t load_be(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t load_le(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

// --- MD5 (RFC 1321) -------------------------------------------------------------------

static const uint32_t MD5_K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

static const uint8_t MD5_R[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static void md5_block(uint32_t *h, const uint8_t *p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++) {
        m[i] = load_le(p + 4 * i);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) & 15;
        } else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) & 15;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol(a + f + MD5_K[i] + m[g], MD5_R[i]);
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

// --- SHA-1 (FIPS 180-4 6.1) ---------------------------------------------------------------

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be(p + 4 * i);
    }
    for (int i = 16; i < 80; i++) {
        w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = rol(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rol(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

// --- SHA-256 / SHA-224 (FIPS 180-4 6.2, 6.3) ----------------------------------------------

static const uint32_t SHA256_K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be(p + 4 * i);
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t s1 = ror(e, 6) ^ ror(e, 11) ^ ror(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + s1 + ch + SHA256_K[i] + w[i];
        uint32_t s0 = ror(a, 2) ^ ror(a, 13) ^ ror(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = s0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

// --- the shared streaming layer ---------------------------------------------------------------

static void hash_init(HashObj *o, int algo) {
    static const uint32_t iv_md5[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    static const uint32_t iv_sha1[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    static const uint32_t iv_sha224[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                          0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    static const uint32_t iv_sha256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint32_t *const ivs[] = {iv_md5, iv_sha1, iv_sha224, iv_sha256};
    static const uint8_t nwords[] = {4, 5, 8, 8};
    o->algo = (uint8_t)algo;
    o->buflen = 0;
    o->total = 0;
    memset(o->h, 0, sizeof(o->h));
    memcpy(o->h, ivs[algo], nwords[algo] * sizeof(uint32_t));
}

static void hash_block(HashObj *o, const uint8_t *p) {
    switch (o->algo) {
        case ALGO_MD5: md5_block(o->h, p); break;
        case ALGO_SHA1: sha1_block(o->h, p); break;
        default: sha256_block(o->h, p); break;
    }
}

static void hash_update(HashObj *o, const uint8_t *d, size_t n) {
    o->total += n;
    if (o->buflen > 0) {
        size_t room = 64u - o->buflen;
        size_t k = room < n ? room : n;
        memcpy(o->buf + o->buflen, d, k);
        o->buflen = (uint8_t)(o->buflen + k);
        d += k;
        n -= k;
        if (o->buflen < 64) {
            return;
        }
        hash_block(o, o->buf);
        o->buflen = 0;
    }
    while (n >= 64) {
        hash_block(o, d);
        d += 64;
        n -= 64;
    }
    memcpy(o->buf, d, n);
    o->buflen = (uint8_t)n;
}

// The digest of the data so far; the object itself is left unchanged.
static void hash_final(const HashObj *src, uint8_t *out) {
    HashObj o = *src;
    bool little = ALGOS[o.algo].little;
    uint64_t bits = o.total * 8;
    uint8_t pad[72];
    size_t padlen = (o.buflen < 56 ? 56 : 120) - o.buflen;
    memset(pad, 0, sizeof(pad));
    pad[0] = 0x80;
    for (int i = 0; i < 8; i++) {
        pad[padlen + (size_t)i] = (uint8_t)(little ? bits >> (8 * i) : bits >> (56 - 8 * i));
    }
    hash_update(&o, pad, padlen + 8);
    for (size_t i = 0; i < ALGOS[o.algo].digest_size; i++) {
        uint32_t w = o.h[i / 4];
        out[i] = (uint8_t)(little ? w >> (8 * (i % 4)) : w >> (24 - 8 * (i % 4)));
    }
}

// --- the Python objects --------------------------------------------------------------------------

static void update_value(HashObj *o, Value data) {
    const uint8_t *d;
    size_t n;
    if (val_is_str(obj_native(data))) {
        vm_raise(&exc_TypeError_type, "Strings must be encoded before hashing");
    }
    if (!obj_get_buffer(data, &d, &n)) {
        vm_raise(&exc_TypeError_type, "object supporting the buffer API required");
    }
    hash_update(o, d, n);
}

static Value hash_new(int algo, Value data) {
    HashObj *o = (HashObj *)gc_alloc_obj(sizeof(HashObj), &hash_type);
    hash_init(o, algo);
    if (data != VAL_NULL) {
        update_value(o, data);
    }
    return OBJ_VAL(o);
}

static HashObj *hash_self(Value v) {
    if (!is_type(v, &hash_type)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a '_hashlib.HASH' object but received a '%T'", v);
    }
    return (HashObj *)VAL_OBJ(v);
}

static Value h_update(size_t nargs, const Value *args) {
    modargs_check("HASH.update", nargs - 1, 1, 1);
    update_value(hash_self(args[0]), args[1]);
    return VAL_NONE;
}

static Value h_digest(size_t nargs, const Value *args) {
    modargs_check("HASH.digest", nargs - 1, 0, 0);
    HashObj *o = hash_self(args[0]);
    uint8_t out[32];
    hash_final(o, out);
    return bytes_new(out, ALGOS[o->algo].digest_size);
}

static Value h_hexdigest(size_t nargs, const Value *args) {
    modargs_check("HASH.hexdigest", nargs - 1, 0, 0);
    HashObj *o = hash_self(args[0]);
    uint8_t out[32];
    char hex[65];
    hash_final(o, out);
    size_t n = ALGOS[o->algo].digest_size;
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    return str_new_len(hex, 2 * n, 2 * n);
}

static Value h_copy(size_t nargs, const Value *args) {
    modargs_check("HASH.copy", nargs - 1, 0, 0);
    HashObj *o = hash_self(args[0]);
    HashObj *c = (HashObj *)gc_alloc_obj(sizeof(HashObj), &hash_type);
    *c = *o;
    return OBJ_VAL(c);
}

static Value hash_getattr(Value self, Value name) {
    HashObj *o = (HashObj *)VAL_OBJ(self);
    if (name == NAME(name)) {
        return str_new_cstr(ALGOS[o->algo].name);
    }
    if (name == NAME(digest_size)) {
        return val_from_small_int(ALGOS[o->algo].digest_size);
    }
    if (name == NAME(block_size)) {
        return val_from_small_int(64);
    }
    return VAL_NULL;
}

static Value hash_repr(Value self) {
    HashObj *o = (HashObj *)VAL_OBJ(self);
    return str_printf("<%s _hashlib.HASH object @ %p>", ALGOS[o->algo].name, (void *)o);
}

static BUILTIN_FN(h_copy_obj, copy, 1, FN_UNLIMITED, h_copy);
static BUILTIN_FN(h_digest_obj, digest, 1, FN_UNLIMITED, h_digest);
static BUILTIN_FN(h_hexdigest_obj, hexdigest, 1, FN_UNLIMITED, h_hexdigest);
static BUILTIN_FN(h_update_obj, update, 1, FN_UNLIMITED, h_update);

static const AttrEntry hash_attrs[] = {
    {NAME(copy), OBJ_VAL(&h_copy_obj)},
    {NAME(digest), OBJ_VAL(&h_digest_obj)},
    {NAME(hexdigest), OBJ_VAL(&h_hexdigest_obj)},
    {NAME(update), OBJ_VAL(&h_update_obj)},
};

const Type hash_type = {
    .base = {&type_type},
    .name = NAME(tp_HASH),
    .base_type = &object_type,
    .repr = hash_repr,
    .getattr = hash_getattr,
    .attrs = hash_attrs,
    .nattrs = sizeof(hash_attrs) / sizeof(hash_attrs[0]),
};

// --- constructors --------------------------------------------------------------------------------

// hashlib.sha256(string=b'', *, usedforsecurity=True) and friends.
static Value construct(int algo, const char *fname, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(string), false, false, VAL_NULL},
        {NAME(usedforsecurity), false, true, VAL_NULL},
    };
    Value a[2];
    if (nargs > 1) {
        vm_raise(&exc_TypeError_type, "%s() takes at most 1 positional argument (%zu given)", fname,
                 nargs);
    }
    args_parse(fname, nargs, args, kwnames, 2, spec, a);
    return hash_new(algo, a[0]);
}

static Value f_md5(size_t nargs, const Value *args, Value kwnames) {
    return construct(ALGO_MD5, "openssl_md5", nargs, args, kwnames);
}
static Value f_sha1(size_t nargs, const Value *args, Value kwnames) {
    return construct(ALGO_SHA1, "openssl_sha1", nargs, args, kwnames);
}
static Value f_sha224(size_t nargs, const Value *args, Value kwnames) {
    return construct(ALGO_SHA224, "openssl_sha224", nargs, args, kwnames);
}
static Value f_sha256(size_t nargs, const Value *args, Value kwnames) {
    return construct(ALGO_SHA256, "openssl_sha256", nargs, args, kwnames);
}

// hashlib.new(name, data=b'', **kwargs): names are matched without case.
static Value f_new(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(name), true, false, VAL_NULL},
        {NAME(data), false, false, VAL_NULL},
        {NAME(usedforsecurity), false, true, VAL_NULL},
    };
    Value a[3];
    if (nargs == 0 && (kwnames == VAL_NULL || val_tuple(kwnames)->len == 0)) {
        vm_raise(&exc_TypeError_type, "__hash_new() missing 1 required positional argument: 'name'");
    }
    args_parse("__hash_new", nargs, args, kwnames, 3, spec, a);
    StrObj *s = str_get(a[0]);
    if (s == NULL) {
        vm_raise(&exc_TypeError_type, "name must be a string");
    }
    for (int i = 0; i < (int)(sizeof(ALGOS) / sizeof(ALGOS[0])); i++) {
        const char *n = ALGOS[i].name;
        size_t len = strlen(n);
        if (s->len != len) {
            continue;
        }
        size_t j = 0;
        while (j < len && (s->data[j] | 0x20) == n[j]) {
            j++;
        }
        if (j == len) {
            return hash_new(i, a[1]);
        }
    }
    vm_raise(&exc_ValueError_type, "unsupported hash type %s", s->data);
}

static BUILTIN_FN_KW(f_md5_obj, openssl_md5, 0, FN_UNLIMITED, f_md5);
static BUILTIN_FN_KW(f_sha1_obj, openssl_sha1, 0, FN_UNLIMITED, f_sha1);
static BUILTIN_FN_KW(f_sha224_obj, openssl_sha224, 0, FN_UNLIMITED, f_sha224);
static BUILTIN_FN_KW(f_sha256_obj, openssl_sha256, 0, FN_UNLIMITED, f_sha256);
static BUILTIN_FN_KW(f_new_obj, __hash_new, 0, FN_UNLIMITED, f_new);

static void hashlib_module_init(Value module) {
    Value names[4];
    for (size_t i = 0; i < 4; i++) {
        names[i] = str_new_cstr(ALGOS[i].name);
    }
    Value set = frozenset_new_from(tuple_new(4, names));
    dict_set(mods_globals(module), NAME(algorithms_guaranteed), set);
    dict_set(mods_globals(module), NAME(algorithms_available), set);
}

static const AttrEntry hashlib_globals[] = {
    {NAME(__name__), NAME(hashlib)},
    {NAME(md5), OBJ_VAL(&f_md5_obj)},
    {NAME(new), OBJ_VAL(&f_new_obj)},
    {NAME(sha1), OBJ_VAL(&f_sha1_obj)},
    {NAME(sha224), OBJ_VAL(&f_sha224_obj)},
    {NAME(sha256), OBJ_VAL(&f_sha256_obj)},
};

const ModuleDef module_hashlib = {
    .name = NAME(hashlib),
    .globals = hashlib_globals,
    .nglobals = sizeof(hashlib_globals) / sizeof(hashlib_globals[0]),
    .init = hashlib_module_init,
};
