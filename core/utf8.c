// UTF-8 walking and validation, and the compact Unicode tables behind the
// str classification and case-mapping methods (see utf8.h for what is exact
// and what is approximate). The exact tables were generated from CPython
// 3.11's unicodedata (runs of code points sharing one case delta); the
// coarse ones were written by hand. All tables are const (flash).
#include "utf8.h"

typedef struct {
    uint32_t lo, hi;
} Range;

// A run of `count` code points start, start+stride, ... whose mapping is
// cp + delta.
typedef struct {
    uint16_t start;
    uint8_t count;
    uint8_t stride;
    int32_t delta;
} CaseRun;

// Multi-code-point case mappings (SpecialCasing), kind as UTF8_CASE_*.
typedef struct {
    uint16_t cp;
    uint8_t kind;
    uint8_t n;
    uint16_t out[3];
} SpecialCase;

// --- UTF-8 ------------------------------------------------------------------

size_t utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t utf8_get_prev(const uint8_t *start, const uint8_t *end, size_t *n) {
    const uint8_t *p = end - 1;
    while (p > start && utf8_is_cont(*p)) {
        p--;
    }
    return utf8_get(p, n);
}

size_t utf8_count(const char *s, size_t len) {
    size_t n = 0;
    const uint8_t *p = (const uint8_t *)s;
    for (size_t i = 0; i < len; i++) {
        n += !utf8_is_cont(p[i]);
    }
    return n;
}

size_t utf8_offset(const char *s, size_t len, size_t idx) {
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    while (idx > 0 && i < len) {
        i++;
        while (i < len && utf8_is_cont(p[i])) {
            i++;
        }
        idx--;
    }
    return i;
}

size_t utf8_valid_prefix(const uint8_t *s, size_t len, size_t *err_end, const char **reason) {
    size_t i = 0;
    while (i < len) {
        uint8_t b = s[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint8_t lo = 0x80, hi = 0xBF;   // valid range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            if (b == 0xE0) {
                lo = 0xA0;
            } else if (b == 0xED) {
                hi = 0x9F;   // no surrogates
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            if (b == 0xF0) {
                lo = 0x90;
            } else if (b == 0xF4) {
                hi = 0x8F;
            }
        } else {
            *err_end = i + 1;
            *reason = "invalid start byte";
            return i;
        }
        size_t j = 1;
        for (; j <= need; j++) {
            if (i + j >= len) {
                *err_end = len;
                *reason = "unexpected end of data";
                return i;
            }
            uint8_t c = s[i + j];
            bool ok = j == 1 ? (c >= lo && c <= hi) : utf8_is_cont(c);
            if (!ok) {
                *err_end = i + j;
                *reason = "invalid continuation byte";
                return i;
            }
        }
        i += need + 1;
    }
    *err_end = len;
    *reason = "";
    return len;
}

// --- tables -------------------------------------------------------------------

static const CaseRun case_upper_runs[] = {
    {0xB5, 1, 1, 743}, {0xE0, 23, 1, -32}, {0xF8, 7, 1, -32}, {0xFF, 1, 1, 121},
    {0x101, 24, 2, -1}, {0x131, 1, 1, -232}, {0x133, 3, 2, -1}, {0x13A, 8, 2, -1},
    {0x14B, 23, 2, -1}, {0x17A, 3, 2, -1}, {0x17F, 1, 1, -300}, {0x180, 1, 1, 195},
    {0x183, 2, 2, -1}, {0x188, 1, 1, -1}, {0x18C, 1, 1, -1}, {0x192, 1, 1, -1},
    {0x195, 1, 1, 97}, {0x199, 1, 1, -1}, {0x19A, 1, 1, 163}, {0x19E, 1, 1, 130},
    {0x1A1, 3, 2, -1}, {0x1A8, 1, 1, -1}, {0x1AD, 1, 1, -1}, {0x1B0, 1, 1, -1},
    {0x1B4, 2, 2, -1}, {0x1B9, 1, 1, -1}, {0x1BD, 1, 1, -1}, {0x1BF, 1, 1, 56},
    {0x1C5, 1, 1, -1}, {0x1C6, 1, 1, -2}, {0x1C8, 1, 1, -1}, {0x1C9, 1, 1, -2},
    {0x1CB, 1, 1, -1}, {0x1CC, 1, 1, -2}, {0x1CE, 8, 2, -1}, {0x1DD, 1, 1, -79},
    {0x1DF, 9, 2, -1}, {0x1F2, 1, 1, -1}, {0x1F3, 1, 1, -2}, {0x1F5, 1, 1, -1},
    {0x1F9, 20, 2, -1}, {0x223, 9, 2, -1}, {0x23C, 1, 1, -1}, {0x23F, 2, 1, 10815},
    {0x242, 1, 1, -1}, {0x247, 5, 2, -1}, {0x250, 1, 1, 10783}, {0x251, 1, 1, 10780},
    {0x252, 1, 1, 10782}, {0x253, 1, 1, -210}, {0x254, 1, 1, -206}, {0x256, 2, 1, -205},
    {0x259, 1, 1, -202}, {0x25B, 1, 1, -203}, {0x25C, 1, 1, 42319}, {0x260, 1, 1, -205},
    {0x261, 1, 1, 42315}, {0x263, 1, 1, -207}, {0x265, 1, 1, 42280}, {0x266, 1, 1, 42308},
    {0x268, 1, 1, -209}, {0x269, 1, 1, -211}, {0x26A, 1, 1, 42308}, {0x26B, 1, 1, 10743},
    {0x26C, 1, 1, 42305}, {0x26F, 1, 1, -211}, {0x271, 1, 1, 10749}, {0x272, 1, 1, -213},
    {0x275, 1, 1, -214}, {0x27D, 1, 1, 10727}, {0x280, 1, 1, -218}, {0x282, 1, 1, 42307},
    {0x283, 1, 1, -218}, {0x287, 1, 1, 42282}, {0x288, 1, 1, -218}, {0x289, 1, 1, -69},
    {0x28A, 2, 1, -217}, {0x28C, 1, 1, -71}, {0x292, 1, 1, -219}, {0x29D, 1, 1, 42261},
    {0x29E, 1, 1, 42258}, {0x345, 1, 1, 84}, {0x371, 2, 2, -1}, {0x377, 1, 1, -1},
    {0x37B, 3, 1, 130}, {0x3AC, 1, 1, -38}, {0x3AD, 3, 1, -37}, {0x3B1, 17, 1, -32},
    {0x3C2, 1, 1, -31}, {0x3C3, 9, 1, -32}, {0x3CC, 1, 1, -64}, {0x3CD, 2, 1, -63},
    {0x3D0, 1, 1, -62}, {0x3D1, 1, 1, -57}, {0x3D5, 1, 1, -47}, {0x3D6, 1, 1, -54},
    {0x3D7, 1, 1, -8}, {0x3D9, 12, 2, -1}, {0x3F0, 1, 1, -86}, {0x3F1, 1, 1, -80},
    {0x3F2, 1, 1, 7}, {0x3F3, 1, 1, -116}, {0x3F5, 1, 1, -96}, {0x3F8, 1, 1, -1},
    {0x3FB, 1, 1, -1}, {0x430, 32, 1, -32}, {0x450, 16, 1, -80}, {0x461, 17, 2, -1},
    {0x48B, 27, 2, -1}, {0x4C2, 7, 2, -1}, {0x4CF, 1, 1, -15}, {0x4D1, 48, 2, -1},
    {0x561, 38, 1, -48}, {0x1E01, 75, 2, -1}, {0x1E9B, 1, 1, -59}, {0x1EA1, 48, 2, -1},
    // outside the exact range: Roman numerals, circled letters, Glagolitic, fullwidth
    {0x2170, 16, 1, -16}, {0x24D0, 26, 1, -26}, {0x2C30, 48, 1, -48}, {0xFF41, 26, 1, -32},
};

static const CaseRun case_lower_runs[] = {
    {0xC0, 23, 1, 32}, {0xD8, 7, 1, 32}, {0x100, 24, 2, 1}, {0x132, 3, 2, 1}, {0x139, 8, 2, 1},
    {0x14A, 23, 2, 1}, {0x178, 1, 1, -121}, {0x179, 3, 2, 1}, {0x181, 1, 1, 210},
    {0x182, 2, 2, 1}, {0x186, 1, 1, 206}, {0x187, 1, 1, 1}, {0x189, 2, 1, 205},
    {0x18B, 1, 1, 1}, {0x18E, 1, 1, 79}, {0x18F, 1, 1, 202}, {0x190, 1, 1, 203},
    {0x191, 1, 1, 1}, {0x193, 1, 1, 205}, {0x194, 1, 1, 207}, {0x196, 1, 1, 211},
    {0x197, 1, 1, 209}, {0x198, 1, 1, 1}, {0x19C, 1, 1, 211}, {0x19D, 1, 1, 213},
    {0x19F, 1, 1, 214}, {0x1A0, 3, 2, 1}, {0x1A6, 1, 1, 218}, {0x1A7, 1, 1, 1},
    {0x1A9, 1, 1, 218}, {0x1AC, 1, 1, 1}, {0x1AE, 1, 1, 218}, {0x1AF, 1, 1, 1},
    {0x1B1, 2, 1, 217}, {0x1B3, 2, 2, 1}, {0x1B7, 1, 1, 219}, {0x1B8, 1, 1, 1},
    {0x1BC, 1, 1, 1}, {0x1C4, 1, 1, 2}, {0x1C5, 1, 1, 1}, {0x1C7, 1, 1, 2}, {0x1C8, 1, 1, 1},
    {0x1CA, 1, 1, 2}, {0x1CB, 9, 2, 1}, {0x1DE, 9, 2, 1}, {0x1F1, 1, 1, 2}, {0x1F2, 2, 2, 1},
    {0x1F6, 1, 1, -97}, {0x1F7, 1, 1, -56}, {0x1F8, 20, 2, 1}, {0x220, 1, 1, -130},
    {0x222, 9, 2, 1}, {0x23A, 1, 1, 10795}, {0x23B, 1, 1, 1}, {0x23D, 1, 1, -163},
    {0x23E, 1, 1, 10792}, {0x241, 1, 1, 1}, {0x243, 1, 1, -195}, {0x244, 1, 1, 69},
    {0x245, 1, 1, 71}, {0x246, 5, 2, 1}, {0x370, 2, 2, 1}, {0x376, 1, 1, 1}, {0x37F, 1, 1, 116},
    {0x386, 1, 1, 38}, {0x388, 3, 1, 37}, {0x38C, 1, 1, 64}, {0x38E, 2, 1, 63},
    {0x391, 17, 1, 32}, {0x3A3, 9, 1, 32}, {0x3CF, 1, 1, 8}, {0x3D8, 12, 2, 1},
    {0x3F4, 1, 1, -60}, {0x3F7, 1, 1, 1}, {0x3F9, 1, 1, -7}, {0x3FA, 1, 1, 1},
    {0x3FD, 3, 1, -130}, {0x400, 16, 1, 80}, {0x410, 32, 1, 32}, {0x460, 17, 2, 1},
    {0x48A, 27, 2, 1}, {0x4C0, 1, 1, 15}, {0x4C1, 7, 2, 1}, {0x4D0, 48, 2, 1},
    {0x531, 38, 1, 48}, {0x1E00, 75, 2, 1}, {0x1E9E, 1, 1, -7615}, {0x1EA0, 48, 2, 1},
    {0x2160, 16, 1, 16}, {0x24B6, 26, 1, 26}, {0x2C00, 48, 1, 48}, {0xFF21, 26, 1, 32},
};

static const SpecialCase special_cases[] = {
    {0xDF, UTF8_CASE_UPPER, 2, {0x53, 0x53, 0}},
    {0xDF, UTF8_CASE_FOLD, 2, {0x73, 0x73, 0}},
    {0xDF, UTF8_CASE_TITLE, 2, {0x53, 0x73, 0}},
    {0x130, UTF8_CASE_LOWER, 2, {0x69, 0x307, 0}},
    {0x130, UTF8_CASE_FOLD, 2, {0x69, 0x307, 0}},
    {0x149, UTF8_CASE_UPPER, 2, {0x2BC, 0x4E, 0}},
    {0x149, UTF8_CASE_FOLD, 2, {0x2BC, 0x6E, 0}},
    {0x149, UTF8_CASE_TITLE, 2, {0x2BC, 0x4E, 0}},
    {0x1F0, UTF8_CASE_UPPER, 2, {0x4A, 0x30C, 0}},
    {0x1F0, UTF8_CASE_FOLD, 2, {0x6A, 0x30C, 0}},
    {0x1F0, UTF8_CASE_TITLE, 2, {0x4A, 0x30C, 0}},
    {0x390, UTF8_CASE_UPPER, 3, {0x399, 0x308, 0x301}},
    {0x390, UTF8_CASE_FOLD, 3, {0x3B9, 0x308, 0x301}},
    {0x390, UTF8_CASE_TITLE, 3, {0x399, 0x308, 0x301}},
    {0x3B0, UTF8_CASE_UPPER, 3, {0x3A5, 0x308, 0x301}},
    {0x3B0, UTF8_CASE_FOLD, 3, {0x3C5, 0x308, 0x301}},
    {0x3B0, UTF8_CASE_TITLE, 3, {0x3A5, 0x308, 0x301}},
    {0x587, UTF8_CASE_UPPER, 2, {0x535, 0x552, 0}},
    {0x587, UTF8_CASE_FOLD, 2, {0x565, 0x582, 0}},
    {0x587, UTF8_CASE_TITLE, 2, {0x535, 0x582, 0}},
    {0x1E96, UTF8_CASE_UPPER, 2, {0x48, 0x331, 0}},
    {0x1E96, UTF8_CASE_FOLD, 2, {0x68, 0x331, 0}},
    {0x1E96, UTF8_CASE_TITLE, 2, {0x48, 0x331, 0}},
    {0x1E97, UTF8_CASE_UPPER, 2, {0x54, 0x308, 0}},
    {0x1E97, UTF8_CASE_FOLD, 2, {0x74, 0x308, 0}},
    {0x1E97, UTF8_CASE_TITLE, 2, {0x54, 0x308, 0}},
    {0x1E98, UTF8_CASE_UPPER, 2, {0x57, 0x30A, 0}},
    {0x1E98, UTF8_CASE_FOLD, 2, {0x77, 0x30A, 0}},
    {0x1E98, UTF8_CASE_TITLE, 2, {0x57, 0x30A, 0}},
    {0x1E99, UTF8_CASE_UPPER, 2, {0x59, 0x30A, 0}},
    {0x1E99, UTF8_CASE_FOLD, 2, {0x79, 0x30A, 0}},
    {0x1E99, UTF8_CASE_TITLE, 2, {0x59, 0x30A, 0}},
    {0x1E9A, UTF8_CASE_UPPER, 2, {0x41, 0x2BE, 0}},
    {0x1E9A, UTF8_CASE_FOLD, 2, {0x61, 0x2BE, 0}},
    {0x1E9A, UTF8_CASE_TITLE, 2, {0x41, 0x2BE, 0}},
    {0x1E9E, UTF8_CASE_FOLD, 2, {0x73, 0x73, 0}},
    // Latin ligatures (U+FB00..U+FB06).
    {0xFB00, UTF8_CASE_UPPER, 2, {0x46, 0x46, 0}},
    {0xFB00, UTF8_CASE_FOLD, 2, {0x66, 0x66, 0}},
    {0xFB00, UTF8_CASE_TITLE, 2, {0x46, 0x66, 0}},
    {0xFB01, UTF8_CASE_UPPER, 2, {0x46, 0x49, 0}},
    {0xFB01, UTF8_CASE_FOLD, 2, {0x66, 0x69, 0}},
    {0xFB01, UTF8_CASE_TITLE, 2, {0x46, 0x69, 0}},
    {0xFB02, UTF8_CASE_UPPER, 2, {0x46, 0x4C, 0}},
    {0xFB02, UTF8_CASE_FOLD, 2, {0x66, 0x6C, 0}},
    {0xFB02, UTF8_CASE_TITLE, 2, {0x46, 0x6C, 0}},
    {0xFB03, UTF8_CASE_UPPER, 3, {0x46, 0x46, 0x49}},
    {0xFB03, UTF8_CASE_FOLD, 3, {0x66, 0x66, 0x69}},
    {0xFB03, UTF8_CASE_TITLE, 3, {0x46, 0x66, 0x69}},
    {0xFB04, UTF8_CASE_UPPER, 3, {0x46, 0x46, 0x4C}},
    {0xFB04, UTF8_CASE_FOLD, 3, {0x66, 0x66, 0x6C}},
    {0xFB04, UTF8_CASE_TITLE, 3, {0x46, 0x66, 0x6C}},
    {0xFB05, UTF8_CASE_UPPER, 2, {0x53, 0x54, 0}},
    {0xFB05, UTF8_CASE_FOLD, 2, {0x73, 0x74, 0}},
    {0xFB05, UTF8_CASE_TITLE, 2, {0x53, 0x74, 0}},
    {0xFB06, UTF8_CASE_UPPER, 2, {0x53, 0x54, 0}},
    {0xFB06, UTF8_CASE_FOLD, 2, {0x73, 0x74, 0}},
    {0xFB06, UTF8_CASE_TITLE, 2, {0x53, 0x74, 0}},
};

// casefold() results that differ from lower() but are one code point.
static const uint16_t fold_single[][2] = {
    {0xB5, 0x3BC}, {0x17F, 0x73}, {0x345, 0x3B9}, {0x3C2, 0x3C3}, {0x3D0, 0x3B2},
    {0x3D1, 0x3B8}, {0x3D5, 0x3C6}, {0x3D6, 0x3C0}, {0x3F0, 0x3BA}, {0x3F1, 0x3C1},
    {0x3F5, 0x3B5}, {0x1E9B, 0x1E61},
};

// Lowercase letters with no uppercase mapping (str.islower is true).
static const Range lower_only[] = {
    {0xAA, 0xAA}, {0xBA, 0xBA}, {0x138, 0x138}, {0x18D, 0x18D}, {0x19B, 0x19B}, {0x1AA, 0x1AB},
    {0x1BA, 0x1BA}, {0x1BE, 0x1BE}, {0x221, 0x221}, {0x234, 0x239}, {0x255, 0x255},
    {0x258, 0x258}, {0x25A, 0x25A}, {0x25D, 0x25F}, {0x262, 0x262}, {0x264, 0x264},
    {0x267, 0x267}, {0x26D, 0x26E}, {0x270, 0x270}, {0x273, 0x274}, {0x276, 0x27C},
    {0x27E, 0x27F}, {0x281, 0x281}, {0x284, 0x286}, {0x28D, 0x291}, {0x293, 0x293},
    {0x295, 0x29C}, {0x29F, 0x2B8}, {0x2C0, 0x2C1}, {0x2E0, 0x2E4}, {0x37A, 0x37A},
    {0x3FC, 0x3FC}, {0x560, 0x560}, {0x588, 0x588}, {0x1E9C, 0x1E9D}, {0x1E9F, 0x1E9F},
};

static const Range alpha_low[] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x2C1},
    {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC}, {0x2EE, 0x2EE}, {0x370, 0x374},
    {0x376, 0x377}, {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A},
    {0x38C, 0x38C}, {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x52F},
    {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588},
};

// Letters above U+058F: the large scripts only (coarse).
static const Range alpha_high[] = {
    {0x5D0, 0x5EA}, {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F}, {0x671, 0x6D3},
    {0x6D5, 0x6D5}, {0x904, 0x939}, {0x93D, 0x93D}, {0x950, 0x950}, {0x958, 0x961},
    {0x985, 0x9B9}, {0xE01, 0xE30}, {0xE32, 0xE33}, {0xE40, 0xE46}, {0x10A0, 0x10C5},
    {0x10D0, 0x10FA}, {0x10FC, 0x1248}, {0x13A0, 0x13F5}, {0x1E00, 0x1F15}, {0x1F18, 0x1F1D},
    {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57}, {0x1F59, 0x1F7D}, {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FBC}, {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2C00, 0x2CE4},
    {0x2D00, 0x2D25}, {0x3005, 0x3006}, {0x3031, 0x3035}, {0x3041, 0x3096}, {0x309D, 0x309F},
    {0x30A1, 0x30FA}, {0x30FC, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x31A0, 0x31BF},
    {0x31F0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA48C}, {0xAC00, 0xD7A3},
    {0xF900, 0xFA6D}, {0xFB00, 0xFB06}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE},
    {0x10400, 0x1049D}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D},
    {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};

static const Range nonprint_low[] = {
    {0x80, 0xA0}, {0xAD, 0xAD}, {0x378, 0x379}, {0x380, 0x383}, {0x38B, 0x38B}, {0x38D, 0x38D},
    {0x3A2, 0x3A2}, {0x530, 0x530}, {0x557, 0x558}, {0x58B, 0x58C},
};

// Not printable above U+058F (format characters, separators, surrogates,
// private use, noncharacters and the unassigned planes; coarse).
static const Range nonprint_high[] = {
    {0x590, 0x590}, {0x5C8, 0x5CF}, {0x5EB, 0x5EE}, {0x5F5, 0x605}, {0x61C, 0x61C},
    {0x6DD, 0x6DD}, {0x70E, 0x70F}, {0x890, 0x891}, {0x8E2, 0x8E2}, {0x1680, 0x1680},
    {0x180E, 0x180E}, {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F}, {0x2072, 0x2073},
    {0x208F, 0x208F}, {0x3000, 0x3000}, {0xD800, 0xF8FF}, {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB},
    {0xFFFE, 0xFFFF}, {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x13438},
    {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0x2FA1E, 0x2FFFF}, {0x3134B, 0xE00FF},
    {0xE01F0, 0x10FFFF},
};

// First code point of each run of ten decimal digits (category Nd).
static const uint32_t decimal_starts[] = {
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6,
    0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
    0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0,
    0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50,
    0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

// Digits that are not decimal (superscripts, circled digits, ...).
static const Range digit_other[] = {
    {0xB2, 0xB3}, {0xB9, 0xB9}, {0x1369, 0x1371}, {0x19DA, 0x19DA}, {0x2070, 0x2070},
    {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490},
    {0x24EA, 0x24EA}, {0x24F5, 0x24FD}, {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788},
    {0x278A, 0x2792}, {0x10A40, 0x10A43}, {0x10E60, 0x10E68}, {0x11052, 0x1105A},
    {0x1F100, 0x1F10A},
};

// Numeric characters that are not digits (fractions, Roman numerals, CJK
// numerals; coarse).
static const Range numeric_other[] = {
    {0xBC, 0xBE}, {0x9F4, 0x9F9}, {0xBF0, 0xBF2}, {0x16EE, 0x16F0}, {0x2150, 0x2182},
    {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487}, {0x2491, 0x249B}, {0x24EB, 0x24F4},
    {0x24FE, 0x24FE}, {0x277F, 0x277F}, {0x2789, 0x2789}, {0x2793, 0x2793}, {0x2CFD, 0x2CFD},
    {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A}, {0x3192, 0x3195}, {0x3220, 0x3229},
    {0x3248, 0x324F}, {0x3251, 0x325F}, {0x3280, 0x3289}, {0x32B1, 0x32BF}, {0x4E00, 0x4E00},
    {0x4E03, 0x4E03}, {0x4E07, 0x4E07}, {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D}, {0x4E8C, 0x4E8C},
    {0x4E94, 0x4E94}, {0x516B, 0x516B}, {0x516D, 0x516D}, {0x5341, 0x5341}, {0x5343, 0x5343},
    {0x56DB, 0x56DB}, {0x767E, 0x767E}, {0x96F6, 0x96F6},
};

// Combining marks and connector punctuation allowed inside identifiers.
static const Range id_continue_extra[] = {
    {0xB7, 0xB7}, {0x300, 0x36F}, {0x387, 0x387}, {0x483, 0x487}, {0x591, 0x5BD},
    {0x5BF, 0x5BF}, {0x5C1, 0x5C2}, {0x5C4, 0x5C5}, {0x5C7, 0x5C7}, {0x610, 0x61A},
    {0x64B, 0x65F}, {0x670, 0x670}, {0x900, 0x903}, {0x93A, 0x93C}, {0x93E, 0x94F},
    {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x203F, 0x2040}, {0x2054, 0x2054}, {0x20D0, 0x20F0},
    {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFE33, 0xFE34}, {0xFE4D, 0xFE4F},
    {0xFF3F, 0xFF3F},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool in_ranges(const Range *r, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid].lo) {
            hi = mid;
        } else if (cp > r[mid].hi) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

// The delta of the run covering cp, or 0.
static int32_t run_delta(const CaseRun *runs, size_t n, uint32_t cp) {
    if (cp > 0xFFFF) {
        return 0;
    }
    size_t lo = 0, hi = n;
    while (lo < hi) {   // last run with start <= cp
        size_t mid = (lo + hi) / 2;
        if (runs[mid].start <= cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return 0;
    }
    const CaseRun *r = &runs[lo - 1];
    uint32_t off = cp - r->start;
    if (off % r->stride == 0 && off / r->stride < r->count) {
        return r->delta;
    }
    return 0;
}

static const SpecialCase *find_special(uint32_t cp, int kind) {
    for (size_t i = 0; i < COUNT(special_cases); i++) {
        if (special_cases[i].cp == cp && special_cases[i].kind == kind) {
            return &special_cases[i];
        }
    }
    return NULL;
}

static bool has_special(uint32_t cp) {
    return cp == 0xDF || cp == 0x130 || cp == 0x149 || cp == 0x1F0 || cp == 0x390 ||
           cp == 0x3B0 || cp == 0x587 || (cp >= 0x1E96 && cp <= 0x1E9A) ||
           (cp >= 0xFB00 && cp <= 0xFB06);
}

// --- classification -----------------------------------------------------------

bool utf8_isspace(uint32_t cp) {
    if (cp < 0x80) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
    }
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool utf8_islinebreak(uint32_t cp) {
    return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 ||
           cp == 0x2028 || cp == 0x2029;
}

bool utf8_isalpha(uint32_t cp) {
    if (cp < 0x80) {
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }
    if (cp < 0x590) {
        return in_ranges(alpha_low, COUNT(alpha_low), cp);
    }
    return in_ranges(alpha_high, COUNT(alpha_high), cp);
}

int utf8_decimal_value(uint32_t cp) {
    if (cp < 0x80) {
        return (cp >= '0' && cp <= '9') ? (int)(cp - '0') : -1;
    }
    size_t lo = 0, hi = COUNT(decimal_starts);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (decimal_starts[mid] <= cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo > 0 && cp - decimal_starts[lo - 1] < 10) {
        return (int)(cp - decimal_starts[lo - 1]);
    }
    return -1;
}

bool utf8_isdecimal(uint32_t cp) { return utf8_decimal_value(cp) >= 0; }

bool utf8_isdigit(uint32_t cp) {
    return utf8_isdecimal(cp) || (cp >= 0x80 && in_ranges(digit_other, COUNT(digit_other), cp));
}

bool utf8_isnumeric(uint32_t cp) {
    return utf8_isdigit(cp) || (cp >= 0x80 && in_ranges(numeric_other, COUNT(numeric_other), cp));
}

bool utf8_isalnum(uint32_t cp) { return utf8_isalpha(cp) || utf8_isnumeric(cp); }

bool utf8_istitle(uint32_t cp) { return cp == 0x1C5 || cp == 0x1C8 || cp == 0x1CB || cp == 0x1F2; }

bool utf8_isupper(uint32_t cp) {
    if (cp < 0x80) {
        return cp >= 'A' && cp <= 'Z';
    }
    if (utf8_istitle(cp)) {
        return false;
    }
    return run_delta(case_lower_runs, COUNT(case_lower_runs), cp) != 0 || cp == 0x130 ||
           (cp >= 0x3D2 && cp <= 0x3D4);
}

bool utf8_islower(uint32_t cp) {
    if (cp < 0x80) {
        return cp >= 'a' && cp <= 'z';
    }
    if (utf8_istitle(cp)) {
        return false;
    }
    return run_delta(case_upper_runs, COUNT(case_upper_runs), cp) != 0 ||
           (has_special(cp) && cp != 0x130) || in_ranges(lower_only, COUNT(lower_only), cp);
}

bool utf8_iscased(uint32_t cp) { return utf8_isupper(cp) || utf8_islower(cp) || utf8_istitle(cp); }

bool utf8_isprintable(uint32_t cp) {
    if (cp < 0x80) {
        return cp >= 0x20 && cp < 0x7F;
    }
    if (cp < 0x590) {
        return !in_ranges(nonprint_low, COUNT(nonprint_low), cp);
    }
    return !in_ranges(nonprint_high, COUNT(nonprint_high), cp);
}

bool utf8_isidstart(uint32_t cp) {
    return cp == '_' || utf8_isalpha(cp) || (cp >= 0x2160 && cp <= 0x2188) || cp == 0x3007 ||
           (cp >= 0x3021 && cp <= 0x3029);
}

bool utf8_isidcontinue(uint32_t cp) {
    return utf8_isidstart(cp) || utf8_isdecimal(cp) ||
           in_ranges(id_continue_extra, COUNT(id_continue_extra), cp);
}

// --- case mapping -----------------------------------------------------------

uint32_t utf8_toupper(uint32_t cp) {
    if (cp < 0x80) {
        return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    }
    return (uint32_t)((int32_t)cp + run_delta(case_upper_runs, COUNT(case_upper_runs), cp));
}

uint32_t utf8_tolower(uint32_t cp) {
    if (cp < 0x80) {
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    }
    return (uint32_t)((int32_t)cp + run_delta(case_lower_runs, COUNT(case_lower_runs), cp));
}

size_t utf8_case_map(uint32_t cp, int kind, uint32_t out[3]) {
    if (cp < 0x80) {
        out[0] = kind == UTF8_CASE_UPPER || kind == UTF8_CASE_TITLE ? utf8_toupper(cp)
                                                                    : utf8_tolower(cp);
        return 1;
    }
    if (has_special(cp) || cp == 0x1E9E) {
        const SpecialCase *sc = find_special(cp, kind);
        if (sc != NULL) {
            for (size_t i = 0; i < sc->n; i++) {
                out[i] = sc->out[i];
            }
            return sc->n;
        }
    }
    switch (kind) {
        case UTF8_CASE_UPPER:
            out[0] = utf8_toupper(cp);
            break;
        case UTF8_CASE_LOWER:
            out[0] = utf8_tolower(cp);
            break;
        case UTF8_CASE_TITLE:
            // The digraphs DŽ Lj Nj Dz have a distinct titlecase form.
            if (cp >= 0x1C4 && cp <= 0x1CC) {
                out[0] = 0x1C5 + (cp - 0x1C4) / 3 * 3;
            } else if (cp >= 0x1F1 && cp <= 0x1F3) {
                out[0] = 0x1F2;
            } else {
                out[0] = utf8_toupper(cp);
            }
            break;
        default:
            for (size_t i = 0; i < COUNT(fold_single); i++) {
                if (fold_single[i][0] == cp) {
                    out[0] = fold_single[i][1];
                    return 1;
                }
            }
            out[0] = utf8_tolower(cp);
            break;
    }
    return 1;
}
