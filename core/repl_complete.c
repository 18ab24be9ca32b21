// Tab completion for the REPL (repl.h: repl_complete). The word before the
// cursor is a name or a dotted chain `a.b.pre`: a name completes from
// __main__'s globals, the builtins and the keywords; a chain is evaluated up
// to its last dot (global or builtin lookup, then getattr, as MicroPython
// does) and completes from dir() of the result. Names starting with '_' are
// offered only when the prefix starts with '_'. Anything that raises while
// evaluating means no completion.
#include <string.h>
#include "nlr.h"
#include "obj.h"
#include "builtins.h"
#include "repl.h"
#include "vm.h"

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
};

#define SLOT 16        // listing: each name takes whole 16-column slots
#define LINE_COLS 64   // ... on lines this wide

static bool ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           ((unsigned char)c & 0x80);
}

static bool wanted(Value name, const char *pre, size_t plen) {
    if (!val_is_str(name)) {
        return false;
    }
    const char *s = str_cstr(name);
    size_t n = str_len_bytes(name);
    if (n < plen || memcmp(s, pre, plen) != 0) {
        return false;
    }
    return s[0] != '_' || (plen > 0 && pre[0] == '_');
}

static void add_matches(Value out, Value names, const char *pre, size_t plen) {
    size_t n;
    Value *items;
    obj_get_array(names, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (wanted(items[i], pre, plen)) {
            list_append(out, items[i]);
        }
    }
}

static void add_dict_keys(Value out, Value d, const char *pre, size_t plen) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (wanted(k, pre, plen)) {
            list_append(out, k);
        }
    }
}

// The builtins module (its names are in ROM, not in a dict) and dir().
static Value builtins_module(void) { return dict_get(vm_sys_modules(), NAME(builtins)); }

static Value dir_of(Value obj) { return obj_call1(OBJ_VAL(&builtin_dir_obj), obj); }

// The object a dotted chain names (without its last part): `a.b` of `a.b.c`.
static Value resolve(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] != '.') {
        i++;
    }
    Value name = str_intern(s, i);
    Value obj = dict_get(repl_globals(), name);
    if (obj == VAL_NULL) {
        obj = obj_getattr_opt(builtins_module(), name);
    }
    while (obj != VAL_NULL && i < n) {
        size_t a = ++i;
        while (i < n && s[i] != '.') {
            i++;
        }
        obj = obj_getattr_opt(obj, str_intern(s + a, i - a));
    }
    return obj;
}

static size_t common_prefix(Value matches, size_t count) {
    Value *items;
    size_t n;
    obj_get_array(matches, &n, &items);
    const char *first = str_cstr(items[0]);
    size_t len = str_len_bytes(items[0]);
    for (size_t i = 1; i < count; i++) {
        const char *s = str_cstr(items[i]);
        size_t k = 0;
        while (k < len && k < str_len_bytes(items[i]) && s[k] == first[k]) {
            k++;
        }
        len = k;
    }
    while (len > 0 && ((unsigned char)first[len] & 0xC0) == 0x80) {
        len--;   // never cut a UTF-8 character
    }
    return len;
}

static void list_names(Vstr *out, Value matches, size_t count) {
    Value *items;
    size_t n;
    obj_get_array(matches, &n, &items);
    size_t col = 0;
    for (size_t i = 0; i < count; i++) {
        size_t len = str_len_bytes(items[i]);
        size_t at = col == 0 ? 0 : (col / SLOT + 1) * SLOT;   // the next slot, after a space at least
        if (col > 0 && at + len > LINE_COLS) {
            vstr_add_bytes(out, "\r\n", 2);
            col = 0;
        } else {
            while (col < at) {
                vstr_add_byte(out, ' ');
                col++;
            }
        }
        vstr_add_bytes(out, str_cstr(items[i]), len);
        col += len;
    }
    vstr_add_bytes(out, "\r\n", 2);
}

// The matches of `pre` after the chain word[0..dot) (dot 0: a plain name);
// may raise.
static size_t find(const char *word, size_t dot, const char *pre, size_t plen, Vstr *ext, Vstr *listing) {
    Value matches = list_new_empty();
    if (dot == 0) {
        add_dict_keys(matches, repl_globals(), pre, plen);
        add_matches(matches, dir_of(builtins_module()), pre, plen);
        for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
            size_t kl = strlen(keywords[i]);
            if (kl >= plen && memcmp(keywords[i], pre, plen) == 0) {
                list_append(matches, str_new(keywords[i], kl));
            }
        }
    } else {
        Value obj = resolve(word, dot - 1);
        if (obj != VAL_NULL) {
            add_matches(matches, dir_of(obj), pre, plen);
        }
    }
    list_sort(matches, VAL_NONE, false);
    // Drop duplicates (a global that shadows a builtin).
    Value *items;
    size_t n, k = 0;
    obj_get_array(matches, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (k == 0 || !obj_eq(items[k - 1], items[i])) {
            items[k++] = items[i];
        }
    }
    if (k > 0) {
        size_t common = common_prefix(matches, k);
        if (common > plen) {
            vstr_add_bytes(ext, str_cstr(items[0]) + plen, common - plen);
        } else if (k > 1) {
            list_names(listing, matches, k);
        }
    }
    return k;
}

typedef struct {
    const char *word, *pre;
    size_t dot, plen;
    Vstr *ext, *listing;
    size_t count;
} Request;

static void find_protected(Request *r) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        r->count = find(r->word, r->dot, r->pre, r->plen, r->ext, r->listing);
        nlr_pop();
    } else {
        r->count = 0;   // evaluating the chain raised: nothing to offer
        r->ext->len = 0;
    }
}

size_t repl_complete(const char *line, size_t len, Vstr *ext, Vstr *listing) {
    size_t a = len;
    while (a > 0 && (ident_char(line[a - 1]) || line[a - 1] == '.')) {
        a--;
    }
    const char *word = line + a;
    size_t wlen = len - a;
    if (wlen > 0 && (word[0] == '.' || (word[0] >= '0' && word[0] <= '9'))) {
        return 0;   // a number or a stray dot: nothing to complete
    }
    size_t dot = wlen;
    while (dot > 0 && word[dot - 1] != '.') {
        dot--;
    }
    Request r = {word, word + dot, dot, wlen - dot, ext, listing, 0};
    find_protected(&r);
    return r.count;
}
