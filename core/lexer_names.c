// Names for the \N{...} string escape: a selection of Unicode character
// names (ASCII and Latin-1 punctuation and letters, Greek, common symbols,
// arrows, box drawing and emoji), matched case-insensitively as CPython
// does. ASCII letters, digits and Greek letters are generated from their
// regular names rather than stored. The table costs about 9 KB of flash;
// a board may build without it (COPPER_UNICODE_NAMES 0): \N{...} then
// raises SyntaxError "unknown Unicode character name".
#include "lexer.h"
#include <string.h>

#ifndef COPPER_UNICODE_NAMES
#define COPPER_UNICODE_NAMES 1
#endif

#if COPPER_UNICODE_NAMES

// Names, each followed by a NUL, in the order of unicode_cps.
static const char unicode_names[] =
    "SPACE\0"
    "EXCLAMATION MARK\0"
    "QUOTATION MARK\0"
    "NUMBER SIGN\0"
    "DOLLAR SIGN\0"
    "PERCENT SIGN\0"
    "AMPERSAND\0"
    "APOSTROPHE\0"
    "LEFT PARENTHESIS\0"
    "RIGHT PARENTHESIS\0"
    "ASTERISK\0"
    "PLUS SIGN\0"
    "COMMA\0"
    "HYPHEN-MINUS\0"
    "FULL STOP\0"
    "SOLIDUS\0"
    "COLON\0"
    "SEMICOLON\0"
    "LESS-THAN SIGN\0"
    "EQUALS SIGN\0"
    "GREATER-THAN SIGN\0"
    "QUESTION MARK\0"
    "COMMERCIAL AT\0"
    "LEFT SQUARE BRACKET\0"
    "REVERSE SOLIDUS\0"
    "RIGHT SQUARE BRACKET\0"
    "CIRCUMFLEX ACCENT\0"
    "LOW LINE\0"
    "GRAVE ACCENT\0"
    "LEFT CURLY BRACKET\0"
    "VERTICAL LINE\0"
    "RIGHT CURLY BRACKET\0"
    "TILDE\0"
    "NO-BREAK SPACE\0"
    "INVERTED EXCLAMATION MARK\0"
    "CENT SIGN\0"
    "POUND SIGN\0"
    "CURRENCY SIGN\0"
    "YEN SIGN\0"
    "BROKEN BAR\0"
    "SECTION SIGN\0"
    "DIAERESIS\0"
    "COPYRIGHT SIGN\0"
    "FEMININE ORDINAL INDICATOR\0"
    "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK\0"
    "NOT SIGN\0"
    "SOFT HYPHEN\0"
    "REGISTERED SIGN\0"
    "MACRON\0"
    "DEGREE SIGN\0"
    "PLUS-MINUS SIGN\0"
    "SUPERSCRIPT TWO\0"
    "SUPERSCRIPT THREE\0"
    "ACUTE ACCENT\0"
    "MICRO SIGN\0"
    "PILCROW SIGN\0"
    "MIDDLE DOT\0"
    "CEDILLA\0"
    "SUPERSCRIPT ONE\0"
    "MASCULINE ORDINAL INDICATOR\0"
    "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK\0"
    "VULGAR FRACTION ONE QUARTER\0"
    "VULGAR FRACTION ONE HALF\0"
    "VULGAR FRACTION THREE QUARTERS\0"
    "INVERTED QUESTION MARK\0"
    "LATIN CAPITAL LETTER A WITH GRAVE\0"
    "LATIN CAPITAL LETTER A WITH ACUTE\0"
    "LATIN CAPITAL LETTER A WITH CIRCUMFLEX\0"
    "LATIN CAPITAL LETTER A WITH TILDE\0"
    "LATIN CAPITAL LETTER A WITH DIAERESIS\0"
    "LATIN CAPITAL LETTER A WITH RING ABOVE\0"
    "LATIN CAPITAL LETTER AE\0"
    "LATIN CAPITAL LETTER C WITH CEDILLA\0"
    "LATIN CAPITAL LETTER E WITH GRAVE\0"
    "LATIN CAPITAL LETTER E WITH ACUTE\0"
    "LATIN CAPITAL LETTER E WITH CIRCUMFLEX\0"
    "LATIN CAPITAL LETTER E WITH DIAERESIS\0"
    "LATIN CAPITAL LETTER I WITH GRAVE\0"
    "LATIN CAPITAL LETTER I WITH ACUTE\0"
    "LATIN CAPITAL LETTER I WITH CIRCUMFLEX\0"
    "LATIN CAPITAL LETTER I WITH DIAERESIS\0"
    "LATIN CAPITAL LETTER ETH\0"
    "LATIN CAPITAL LETTER N WITH TILDE\0"
    "LATIN CAPITAL LETTER O WITH GRAVE\0"
    "LATIN CAPITAL LETTER O WITH ACUTE\0"
    "LATIN CAPITAL LETTER O WITH CIRCUMFLEX\0"
    "LATIN CAPITAL LETTER O WITH TILDE\0"
    "LATIN CAPITAL LETTER O WITH DIAERESIS\0"
    "MULTIPLICATION SIGN\0"
    "LATIN CAPITAL LETTER O WITH STROKE\0"
    "LATIN CAPITAL LETTER U WITH GRAVE\0"
    "LATIN CAPITAL LETTER U WITH ACUTE\0"
    "LATIN CAPITAL LETTER U WITH CIRCUMFLEX\0"
    "LATIN CAPITAL LETTER U WITH DIAERESIS\0"
    "LATIN CAPITAL LETTER Y WITH ACUTE\0"
    "LATIN CAPITAL LETTER THORN\0"
    "LATIN SMALL LETTER SHARP S\0"
    "LATIN SMALL LETTER A WITH GRAVE\0"
    "LATIN SMALL LETTER A WITH ACUTE\0"
    "LATIN SMALL LETTER A WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER A WITH TILDE\0"
    "LATIN SMALL LETTER A WITH DIAERESIS\0"
    "LATIN SMALL LETTER A WITH RING ABOVE\0"
    "LATIN SMALL LETTER AE\0"
    "LATIN SMALL LETTER C WITH CEDILLA\0"
    "LATIN SMALL LETTER E WITH GRAVE\0"
    "LATIN SMALL LETTER E WITH ACUTE\0"
    "LATIN SMALL LETTER E WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER E WITH DIAERESIS\0"
    "LATIN SMALL LETTER I WITH GRAVE\0"
    "LATIN SMALL LETTER I WITH ACUTE\0"
    "LATIN SMALL LETTER I WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER I WITH DIAERESIS\0"
    "LATIN SMALL LETTER ETH\0"
    "LATIN SMALL LETTER N WITH TILDE\0"
    "LATIN SMALL LETTER O WITH GRAVE\0"
    "LATIN SMALL LETTER O WITH ACUTE\0"
    "LATIN SMALL LETTER O WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER O WITH TILDE\0"
    "LATIN SMALL LETTER O WITH DIAERESIS\0"
    "DIVISION SIGN\0"
    "LATIN SMALL LETTER O WITH STROKE\0"
    "LATIN SMALL LETTER U WITH GRAVE\0"
    "LATIN SMALL LETTER U WITH ACUTE\0"
    "LATIN SMALL LETTER U WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER U WITH DIAERESIS\0"
    "LATIN SMALL LETTER Y WITH ACUTE\0"
    "LATIN SMALL LETTER THORN\0"
    "LATIN SMALL LETTER Y WITH DIAERESIS\0"
    "EN DASH\0"
    "EM DASH\0"
    "LEFT SINGLE QUOTATION MARK\0"
    "RIGHT SINGLE QUOTATION MARK\0"
    "LEFT DOUBLE QUOTATION MARK\0"
    "RIGHT DOUBLE QUOTATION MARK\0"
    "DAGGER\0"
    "DOUBLE DAGGER\0"
    "BULLET\0"
    "HORIZONTAL ELLIPSIS\0"
    "PER MILLE SIGN\0"
    "PRIME\0"
    "DOUBLE PRIME\0"
    "EURO SIGN\0"
    "DEGREE CELSIUS\0"
    "DEGREE FAHRENHEIT\0"
    "NUMERO SIGN\0"
    "TRADE MARK SIGN\0"
    "OHM SIGN\0"
    "LEFTWARDS ARROW\0"
    "UPWARDS ARROW\0"
    "RIGHTWARDS ARROW\0"
    "DOWNWARDS ARROW\0"
    "LEFT RIGHT ARROW\0"
    "UP DOWN ARROW\0"
    "LEFTWARDS DOUBLE ARROW\0"
    "RIGHTWARDS DOUBLE ARROW\0"
    "LEFT RIGHT DOUBLE ARROW\0"
    "FOR ALL\0"
    "PARTIAL DIFFERENTIAL\0"
    "THERE EXISTS\0"
    "EMPTY SET\0"
    "INCREMENT\0"
    "NABLA\0"
    "ELEMENT OF\0"
    "NOT AN ELEMENT OF\0"
    "N-ARY PRODUCT\0"
    "N-ARY SUMMATION\0"
    "MINUS SIGN\0"
    "MINUS-OR-PLUS SIGN\0"
    "SQUARE ROOT\0"
    "PROPORTIONAL TO\0"
    "INFINITY\0"
    "LOGICAL AND\0"
    "LOGICAL OR\0"
    "INTERSECTION\0"
    "UNION\0"
    "INTEGRAL\0"
    "THEREFORE\0"
    "ALMOST EQUAL TO\0"
    "NOT EQUAL TO\0"
    "IDENTICAL TO\0"
    "LESS-THAN OR EQUAL TO\0"
    "GREATER-THAN OR EQUAL TO\0"
    "SUBSET OF\0"
    "SUPERSET OF\0"
    "DOT OPERATOR\0"
    "DIAMETER SIGN\0"
    "HOUSE\0"
    "PLACE OF INTEREST SIGN\0"
    "RETURN SYMBOL\0"
    "ALARM CLOCK\0"
    "HOURGLASS WITH FLOWING SAND\0"
    "CIRCLED DIGIT ONE\0"
    "CIRCLED DIGIT TWO\0"
    "CIRCLED DIGIT THREE\0"
    "BOX DRAWINGS LIGHT HORIZONTAL\0"
    "BOX DRAWINGS LIGHT VERTICAL\0"
    "BOX DRAWINGS LIGHT DOWN AND RIGHT\0"
    "BOX DRAWINGS LIGHT DOWN AND LEFT\0"
    "BOX DRAWINGS LIGHT UP AND RIGHT\0"
    "BOX DRAWINGS LIGHT UP AND LEFT\0"
    "BOX DRAWINGS LIGHT VERTICAL AND RIGHT\0"
    "BOX DRAWINGS LIGHT VERTICAL AND LEFT\0"
    "BOX DRAWINGS LIGHT DOWN AND HORIZONTAL\0"
    "BOX DRAWINGS LIGHT UP AND HORIZONTAL\0"
    "BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL\0"
    "BOX DRAWINGS DOUBLE HORIZONTAL\0"
    "BOX DRAWINGS DOUBLE VERTICAL\0"
    "BOX DRAWINGS DOUBLE DOWN AND RIGHT\0"
    "BOX DRAWINGS DOUBLE DOWN AND LEFT\0"
    "BOX DRAWINGS DOUBLE UP AND RIGHT\0"
    "BOX DRAWINGS DOUBLE UP AND LEFT\0"
    "UPPER HALF BLOCK\0"
    "LOWER HALF BLOCK\0"
    "FULL BLOCK\0"
    "LEFT HALF BLOCK\0"
    "RIGHT HALF BLOCK\0"
    "LIGHT SHADE\0"
    "MEDIUM SHADE\0"
    "DARK SHADE\0"
    "BLACK SQUARE\0"
    "WHITE SQUARE\0"
    "BLACK SMALL SQUARE\0"
    "WHITE SMALL SQUARE\0"
    "BLACK UP-POINTING TRIANGLE\0"
    "WHITE UP-POINTING TRIANGLE\0"
    "BLACK RIGHT-POINTING TRIANGLE\0"
    "WHITE RIGHT-POINTING TRIANGLE\0"
    "BLACK RIGHT-POINTING POINTER\0"
    "BLACK DOWN-POINTING TRIANGLE\0"
    "WHITE DOWN-POINTING TRIANGLE\0"
    "BLACK LEFT-POINTING TRIANGLE\0"
    "WHITE LEFT-POINTING TRIANGLE\0"
    "BLACK DIAMOND\0"
    "WHITE DIAMOND\0"
    "WHITE CIRCLE\0"
    "BLACK CIRCLE\0"
    "WHITE BULLET\0"
    "BLACK SUN WITH RAYS\0"
    "CLOUD\0"
    "UMBRELLA\0"
    "SNOWMAN\0"
    "COMET\0"
    "BLACK STAR\0"
    "WHITE STAR\0"
    "BLACK TELEPHONE\0"
    "BALLOT BOX\0"
    "BALLOT BOX WITH CHECK\0"
    "BALLOT BOX WITH X\0"
    "UMBRELLA WITH RAIN DROPS\0"
    "HOT BEVERAGE\0"
    "WHITE UP POINTING INDEX\0"
    "SKULL AND CROSSBONES\0"
    "RADIOACTIVE SIGN\0"
    "BIOHAZARD SIGN\0"
    "PEACE SYMBOL\0"
    "YIN YANG\0"
    "WHITE SMILING FACE\0"
    "BLACK SMILING FACE\0"
    "WHITE SUN WITH RAYS\0"
    "FEMALE SIGN\0"
    "MALE SIGN\0"
    "BLACK SPADE SUIT\0"
    "WHITE HEART SUIT\0"
    "BLACK CLUB SUIT\0"
    "WHITE SPADE SUIT\0"
    "BLACK HEART SUIT\0"
    "BLACK DIAMOND SUIT\0"
    "WHITE CLUB SUIT\0"
    "QUARTER NOTE\0"
    "EIGHTH NOTE\0"
    "BEAMED EIGHTH NOTES\0"
    "BEAMED SIXTEENTH NOTES\0"
    "MUSIC FLAT SIGN\0"
    "MUSIC SHARP SIGN\0"
    "BLACK UNIVERSAL RECYCLING SYMBOL\0"
    "WARNING SIGN\0"
    "HIGH VOLTAGE SIGN\0"
    "MEDIUM WHITE CIRCLE\0"
    "MEDIUM BLACK CIRCLE\0"
    "SOCCER BALL\0"
    "SNOWMAN WITHOUT SNOW\0"
    "NO ENTRY\0"
    "SAILBOAT\0"
    "WHITE HEAVY CHECK MARK\0"
    "AIRPLANE\0"
    "ENVELOPE\0"
    "RAISED HAND\0"
    "VICTORY HAND\0"
    "PENCIL\0"
    "CHECK MARK\0"
    "HEAVY CHECK MARK\0"
    "MULTIPLICATION X\0"
    "HEAVY MULTIPLICATION X\0"
    "BALLOT X\0"
    "HEAVY BALLOT X\0"
    "SPARKLES\0"
    "EIGHT SPOKED ASTERISK\0"
    "EIGHT POINTED BLACK STAR\0"
    "SNOWFLAKE\0"
    "CROSS MARK\0"
    "BLACK QUESTION MARK ORNAMENT\0"
    "HEAVY EXCLAMATION MARK SYMBOL\0"
    "HEAVY BLACK HEART\0"
    "BLACK RIGHTWARDS ARROW\0"
    "LEFTWARDS BLACK ARROW\0"
    "UPWARDS BLACK ARROW\0"
    "DOWNWARDS BLACK ARROW\0"
    "WHITE MEDIUM STAR\0"
    "HEAVY LARGE CIRCLE\0"
    "RAINBOW\0"
    "SUN WITH FACE\0"
    "THERMOMETER\0"
    "EVERGREEN TREE\0"
    "RED APPLE\0"
    "WRAPPED PRESENT\0"
    "CHRISTMAS TREE\0"
    "PARTY POPPER\0"
    "MUSICAL NOTE\0"
    "MULTIPLE MUSICAL NOTES\0"
    "CHEQUERED FLAG\0"
    "HOUSE BUILDING\0"
    "SNAKE\0"
    "BUG\0"
    "CAT FACE\0"
    "DOG FACE\0"
    "WAVING HAND SIGN\0"
    "THUMBS UP SIGN\0"
    "THUMBS DOWN SIGN\0"
    "CLAPPING HANDS SIGN\0"
    "EYES\0"
    "SKULL\0"
    "ELECTRIC LIGHT BULB\0"
    "COLLISION SYMBOL\0"
    "DROPLET\0"
    "HUNDRED POINTS SYMBOL\0"
    "PERSONAL COMPUTER\0"
    "FLOPPY DISK\0"
    "PUSHPIN\0"
    "SATELLITE ANTENNA\0"
    "ANTENNA WITH BARS\0"
    "BATTERY\0"
    "ELECTRIC PLUG\0"
    "LOCK\0"
    "OPEN LOCK\0"
    "BELL\0"
    "FIRE\0"
    "WRENCH\0"
    "HAMMER\0"
    "LARGE RED CIRCLE\0"
    "LARGE BLUE CIRCLE\0"
    "GRINNING FACE\0"
    "GRINNING FACE WITH SMILING EYES\0"
    "FACE WITH TEARS OF JOY\0"
    "SMILING FACE WITH OPEN MOUTH\0"
    "SMILING FACE WITH OPEN MOUTH AND SMILING EYES\0"
    "WINKING FACE\0"
    "SMILING FACE WITH SMILING EYES\0"
    "SMILING FACE WITH HEART-SHAPED EYES\0"
    "SMILING FACE WITH SUNGLASSES\0"
    "NEUTRAL FACE\0"
    "CRYING FACE\0"
    "FACE WITH OPEN MOUTH\0"
    "SLIGHTLY SMILING FACE\0"
    "ROCKET\0"
    "POLICE CARS REVOLVING LIGHT\0"
    "ROBOT FACE\0"
    "LARGE GREEN CIRCLE\0"
    "LARGE YELLOW CIRCLE\0"
    "LARGE RED SQUARE\0";

static const uint32_t unicode_cps[] = {
    0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29,
    0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3C, 0x3D,
    0x3E, 0x3F, 0x40, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F, 0x60, 0x7B,
    0x7C, 0x7D, 0x7E, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6,
    0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF, 0xB0,
    0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA,
    0xBB, 0xBC, 0xBD, 0xBE, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xC4,
    0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE,
    0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8,
    0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xE0, 0xE1, 0xE2,
    0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC,
    0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6,
    0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xFF, 0x2013,
    0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030,
    0x2032, 0x2033, 0x20AC, 0x2103, 0x2109, 0x2116, 0x2122, 0x2126, 0x2190, 0x2191,
    0x2192, 0x2193, 0x2194, 0x2195, 0x21D0, 0x21D2, 0x21D4, 0x2200, 0x2202, 0x2203,
    0x2205, 0x2206, 0x2207, 0x2208, 0x2209, 0x220F, 0x2211, 0x2212, 0x2213, 0x221A,
    0x221D, 0x221E, 0x2227, 0x2228, 0x2229, 0x222A, 0x222B, 0x2234, 0x2248, 0x2260,
    0x2261, 0x2264, 0x2265, 0x2282, 0x2283, 0x22C5, 0x2300, 0x2302, 0x2318, 0x23CE,
    0x23F0, 0x23F3, 0x2460, 0x2461, 0x2462, 0x2500, 0x2502, 0x250C, 0x2510, 0x2514,
    0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2550, 0x2551, 0x2554, 0x2557,
    0x255A, 0x255D, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593,
    0x25A0, 0x25A1, 0x25AA, 0x25AB, 0x25B2, 0x25B3, 0x25B6, 0x25B7, 0x25BA, 0x25BC,
    0x25BD, 0x25C0, 0x25C1, 0x25C6, 0x25C7, 0x25CB, 0x25CF, 0x25E6, 0x2600, 0x2601,
    0x2602, 0x2603, 0x2604, 0x2605, 0x2606, 0x260E, 0x2610, 0x2611, 0x2612, 0x2614,
    0x2615, 0x261D, 0x2620, 0x2622, 0x2623, 0x262E, 0x262F, 0x263A, 0x263B, 0x263C,
    0x2640, 0x2642, 0x2660, 0x2661, 0x2663, 0x2664, 0x2665, 0x2666, 0x2667, 0x2669,
    0x266A, 0x266B, 0x266C, 0x266D, 0x266F, 0x267B, 0x26A0, 0x26A1, 0x26AA, 0x26AB,
    0x26BD, 0x26C4, 0x26D4, 0x26F5, 0x2705, 0x2708, 0x2709, 0x270B, 0x270C, 0x270F,
    0x2713, 0x2714, 0x2715, 0x2716, 0x2717, 0x2718, 0x2728, 0x2733, 0x2734, 0x2744,
    0x274C, 0x2753, 0x2757, 0x2764, 0x27A1, 0x2B05, 0x2B06, 0x2B07, 0x2B50, 0x2B55,
    0x1F308, 0x1F31E, 0x1F321, 0x1F332, 0x1F34E, 0x1F381, 0x1F384, 0x1F389, 0x1F3B5, 0x1F3B6,
    0x1F3C1, 0x1F3E0, 0x1F40D, 0x1F41B, 0x1F431, 0x1F436, 0x1F44B, 0x1F44D, 0x1F44E, 0x1F44F,
    0x1F440, 0x1F480, 0x1F4A1, 0x1F4A5, 0x1F4A7, 0x1F4AF, 0x1F4BB, 0x1F4BE, 0x1F4CC, 0x1F4E1,
    0x1F4F6, 0x1F50B, 0x1F50C, 0x1F512, 0x1F513, 0x1F514, 0x1F525, 0x1F527, 0x1F528, 0x1F534,
    0x1F535, 0x1F600, 0x1F601, 0x1F602, 0x1F603, 0x1F604, 0x1F609, 0x1F60A, 0x1F60D, 0x1F60E,
    0x1F610, 0x1F622, 0x1F62E, 0x1F642, 0x1F680, 0x1F6A8, 0x1F916, 0x1F7E2, 0x1F7E1, 0x1F7E5,
};

static const char *const greek_letters[] = {
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA", "MU",
    "NU", "XI", "OMICRON", "PI", "RHO", "FINAL SIGMA", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI", "OMEGA",
};

static const char *const digit_names[] = {
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
};

static char upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }

// name[0..len) equals the NUL-terminated `s`, ignoring case.
static bool same(const char *name, size_t len, const char *s) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] == 0 || upper(name[i]) != s[i]) {
            return false;
        }
    }
    return s[len] == 0;
}

// Matches "<prefix><word>" for one of `words`; returns its index or -1.
static int match_words(const char *name, size_t len, const char *prefix, const char *const *words, int n) {
    size_t pl = strlen(prefix);
    if (len <= pl) {
        return -1;
    }
    for (size_t i = 0; i < pl; i++) {
        if (upper(name[i]) != prefix[i]) {
            return -1;
        }
    }
    for (int k = 0; k < n; k++) {
        if (same(name + pl, len - pl, words[k])) {
            return k;
        }
    }
    return -1;
}

bool lex_unicode_lookup(const char *name, size_t len, uint32_t *cp) {
    if (len == 0) {
        return false;
    }
    int k;
    if ((k = match_words(name, len, "GREEK CAPITAL LETTER ", greek_letters, 25)) >= 0 && k != 17) {
        *cp = 0x391 + (uint32_t)k;   // U+03A2, where FINAL SIGMA would be, is unassigned
        return true;
    }
    if ((k = match_words(name, len, "GREEK SMALL LETTER ", greek_letters, 25)) >= 0) {
        *cp = 0x3B1 + (uint32_t)k;
        return true;
    }
    if ((k = match_words(name, len, "DIGIT ", digit_names, 10)) >= 0) {
        *cp = '0' + (uint32_t)k;
        return true;
    }
    static const char *const cap = "LATIN CAPITAL LETTER ", *const small = "LATIN SMALL LETTER ";
    size_t cl = strlen(cap), sl = strlen(small);
    char last = upper(name[len - 1]);
    if (len == cl + 1 && last >= 'A' && last <= 'Z') {
        size_t i = 0;
        while (i < cl && upper(name[i]) == cap[i]) {
            i++;
        }
        if (i == cl) {
            *cp = (uint32_t)last;
            return true;
        }
    }
    if (len == sl + 1 && last >= 'A' && last <= 'Z') {
        size_t i = 0;
        while (i < sl && upper(name[i]) == small[i]) {
            i++;
        }
        if (i == sl) {
            *cp = (uint32_t)(last + 32);
            return true;
        }
    }
    // CJK UNIFIED IDEOGRAPH-XXXX[X]: upper case only, 4 or 5 hex digits, within the Unicode 14 ranges (as CPython).
    static const char *const cjk = "CJK UNIFIED IDEOGRAPH-";
    size_t jl = strlen(cjk);
    if (len == jl + 4 || len == jl + 5) {
        size_t i = 0;
        while (i < jl && name[i] == cjk[i]) {
            i++;
        }
        uint32_t v = 0;
        for (; i == jl || (i > jl && i < len); i++) {
            char ch = name[i];
            if (ch >= '0' && ch <= '9') {
                v = v * 16 + (uint32_t)(ch - '0');
            } else if (ch >= 'A' && ch <= 'F') {
                v = v * 16 + (uint32_t)(ch - 'A' + 10);
            } else {
                break;
            }
        }
        static const uint32_t ranges[][2] = {
            {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
            {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
        };
        if (i == len) {
            for (size_t r = 0; r < sizeof(ranges) / sizeof(ranges[0]); r++) {
                if (v >= ranges[r][0] && v <= ranges[r][1]) {
                    *cp = v;
                    return true;
                }
            }
        }
    }
    const char *s = unicode_names;
    for (size_t i = 0; i < sizeof(unicode_cps) / sizeof(unicode_cps[0]); i++) {
        if (same(name, len, s)) {
            *cp = unicode_cps[i];
            return true;
        }
        s += strlen(s) + 1;
    }
    return false;
}

#else

bool lex_unicode_lookup(const char *name, size_t len, uint32_t *cp) {
    (void)name;
    (void)len;
    (void)cp;
    return false;
}

#endif
