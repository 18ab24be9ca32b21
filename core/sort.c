// Stable sorting for list.sort() and sorted(): a compact timsort (natural
// runs, binary insertion up to a minimum run length, merges kept balanced
// by the classic run-stack invariants, with binary-search trimming before
// each merge but no galloping inside it). Sorted and reverse-sorted input
// costs O(n) comparisons, anything else O(n log n).
//
// Comparisons are `<` through obj_compare, with fast paths for small ints,
// exact strs and floats. A comparison may raise: the merge state records
// which part of the array is only in the temporary buffer, and the handler
// copies it back, so the arrays always hold a permutation of their input.
#include <string.h>
#include "gc.h"
#include "nlr.h"
#include "obj_cont.h"
#include "obj_float.h"
#include "vm_raise.h"

typedef struct {
    Value *k;           // sort keys
    Value *v;           // values moving with the keys, or NULL
    Value *tk, *tv;     // temporary buffers for merges
    // Pending fix-up if a comparison raises during a merge: fix_n items of
    // the temporary buffer starting at fix_src belong at k[fix_dst...].
    size_t fix_dst, fix_src, fix_n;
} Sort;

static bool lt(Value a, Value b) {
    if (val_is_small_int(a) && val_is_small_int(b)) {
        return val_small_int(a) < val_small_int(b);
    }
    if (val_is_obj(a) && val_is_obj(b)) {
        const Type *ta = VAL_OBJ(a)->type, *tb = VAL_OBJ(b)->type;
        if (ta == &str_type && tb == &str_type) {
            // UTF-8 byte order is code point order.
            StrObj *x = val_str(a), *y = val_str(b);
            size_t n = x->len < y->len ? x->len : y->len;
            int c = memcmp(x->data, y->data, n);
            return c < 0 || (c == 0 && x->len < y->len);
        }
        if (ta == &float_type && tb == &float_type) {
            return ((FloatObj *)VAL_OBJ(a))->value < ((FloatObj *)VAL_OBJ(b))->value;
        }
    }
    return obj_truthy(obj_compare(CMP_LT, a, b));
}

static void swap_range(Value *a, size_t lo, size_t hi) {
    for (; lo + 1 < hi; lo++, hi--) {
        Value t = a[lo];
        a[lo] = a[hi - 1];
        a[hi - 1] = t;
    }
}

static void reverse_both(Sort *s, size_t lo, size_t hi) {
    swap_range(s->k, lo, hi);
    if (s->v) {
        swap_range(s->v, lo, hi);
    }
}

// Sorts [lo, hi) given that [lo, start) is already sorted.
static void binary_insertion(Sort *s, size_t lo, size_t hi, size_t start) {
    for (size_t i = start; i < hi; i++) {
        Value pivot = s->k[i];
        size_t l = lo, r = i;
        while (l < r) {
            size_t mid = l + (r - l) / 2;
            if (lt(pivot, s->k[mid])) {
                r = mid;
            } else {
                l = mid + 1;
            }
        }
        if (l == i) {
            continue;
        }
        memmove(s->k + l + 1, s->k + l, (i - l) * sizeof(Value));
        s->k[l] = pivot;
        if (s->v) {
            Value pv = s->v[i];
            memmove(s->v + l + 1, s->v + l, (i - l) * sizeof(Value));
            s->v[l] = pv;
        }
    }
}

// Length of the run starting at lo; a strictly descending run is reversed.
static size_t count_run(Sort *s, size_t lo, size_t hi) {
    size_t i = lo + 1;
    if (i == hi) {
        return 1;
    }
    if (lt(s->k[i], s->k[lo])) {
        while (i + 1 < hi && lt(s->k[i + 1], s->k[i])) {
            i++;
        }
        reverse_both(s, lo, i + 1);
    } else {
        while (i + 1 < hi && !lt(s->k[i + 1], s->k[i])) {
            i++;
        }
    }
    return i + 1 - lo;
}

static size_t min_run(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// First index in a[lo, hi) whose item is > key (insert after equals).
static size_t upper_bound(const Value *a, size_t lo, size_t hi, Value key) {
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lt(key, a[mid])) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

// First index in a[lo, hi) whose item is >= key (insert before equals).
static size_t lower_bound(const Value *a, size_t lo, size_t hi, Value key) {
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lt(a[mid], key)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

static void copy_both(Sort *s, bool to_tmp, size_t dst, size_t src, size_t n) {
    if (to_tmp) {
        memcpy(s->tk + dst, s->k + src, n * sizeof(Value));
        if (s->v) {
            memcpy(s->tv + dst, s->v + src, n * sizeof(Value));
        }
    } else {
        memcpy(s->k + dst, s->tk + src, n * sizeof(Value));
        if (s->v) {
            memcpy(s->v + dst, s->tv + src, n * sizeof(Value));
        }
    }
}

static inline void move_one(Sort *s, size_t dst, size_t src) {
    s->k[dst] = s->k[src];
    if (s->v) {
        s->v[dst] = s->v[src];
    }
}

static inline void take_tmp(Sort *s, size_t dst, size_t src) {
    s->k[dst] = s->tk[src];
    if (s->v) {
        s->v[dst] = s->tv[src];
    }
}

// Merges [lo, mid) and [mid, hi) with the left run in the buffer.
static void merge_lo(Sort *s, size_t lo, size_t mid, size_t hi) {
    size_t na = mid - lo;
    copy_both(s, true, 0, lo, na);
    size_t i = 0, j = mid, d = lo;
    s->fix_dst = d;
    s->fix_src = 0;
    s->fix_n = na;
    while (i < na && j < hi) {
        if (lt(s->k[j], s->tk[i])) {
            move_one(s, d++, j++);
        } else {
            take_tmp(s, d++, i++);
        }
        s->fix_dst = d;
        s->fix_src = i;
        s->fix_n = na - i;
    }
    copy_both(s, false, d, i, na - i);
    s->fix_n = 0;
}

// Merges [lo, mid) and [mid, hi) with the right run in the buffer.
static void merge_hi(Sort *s, size_t lo, size_t mid, size_t hi) {
    size_t nb = hi - mid;
    copy_both(s, true, 0, mid, nb);
    // i: items of the left run still in place are [lo, i); j: buffer [0, j).
    size_t i = mid, j = nb, d = hi;
    s->fix_dst = i;
    s->fix_src = 0;
    s->fix_n = j;
    while (i > lo && j > 0) {
        if (lt(s->tk[j - 1], s->k[i - 1])) {
            move_one(s, --d, --i);
        } else {
            take_tmp(s, --d, --j);
        }
        s->fix_dst = i;
        s->fix_n = j;
    }
    copy_both(s, false, i, 0, j);
    s->fix_n = 0;
}

static void merge_at(Sort *s, size_t lo, size_t mid, size_t hi) {
    // Items of A already <= B[0] stay; items of B already >= A[-1] stay.
    lo = upper_bound(s->k, lo, mid, s->k[mid]);
    if (lo == mid) {
        return;
    }
    hi = lower_bound(s->k, mid, hi, s->k[mid - 1]);
    if (mid - lo <= hi - mid) {
        merge_lo(s, lo, mid, hi);
    } else {
        merge_hi(s, lo, mid, hi);
    }
}

#define MAX_RUNS 96

typedef struct {
    size_t base[MAX_RUNS], len[MAX_RUNS];
    size_t n;
} RunStack;

static void merge_top(Sort *s, RunStack *rs, size_t i) {
    size_t lo = rs->base[i], mid = lo + rs->len[i], hi = mid + rs->len[i + 1];
    merge_at(s, lo, mid, hi);
    rs->len[i] += rs->len[i + 1];
    if (i + 2 < rs->n) {
        rs->base[i + 1] = rs->base[i + 2];
        rs->len[i + 1] = rs->len[i + 2];
    }
    rs->n--;
}

static void merge_collapse(Sort *s, RunStack *rs) {
    while (rs->n > 1) {
        size_t n = rs->n - 2;
        size_t *L = rs->len;
        if ((n > 0 && L[n - 1] <= L[n] + L[n + 1]) || (n > 1 && L[n - 2] <= L[n - 1] + L[n])) {
            if (L[n - 1] < L[n + 1]) {
                n--;
            }
        } else if (L[n] > L[n + 1]) {
            break;
        }
        merge_top(s, rs, n);
    }
}

static void timsort(Sort *s, size_t n) {
    if (n < 2) {
        return;
    }
    size_t minrun = min_run(n);
    if (n > minrun) {
        size_t half = n / 2 + 1;
        s->tk = gc_alloc(half * sizeof(Value), false);
        if (s->v) {
            s->tv = gc_alloc(half * sizeof(Value), false);
        }
    }
    RunStack rs;
    rs.n = 0;
    for (size_t lo = 0; lo < n;) {
        size_t run = count_run(s, lo, n);
        if (run < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            binary_insertion(s, lo, lo + force, lo + run);
            run = force;
        }
        rs.base[rs.n] = lo;
        rs.len[rs.n] = run;
        rs.n++;
        merge_collapse(s, &rs);
        lo += run;
    }
    while (rs.n > 1) {
        size_t i = rs.n - 2;
        if (i > 0 && rs.len[i - 1] < rs.len[i + 1]) {
            i--;
        }
        merge_top(s, &rs, i);
    }
}

void sort_values(Value *items, Value *keys, size_t n, bool reverse) {
    Sort s;
    s.k = keys ? keys : items;
    s.v = keys ? items : NULL;
    s.tk = s.tv = NULL;
    s.fix_n = 0;
    if (reverse) {
        // Reverse, sort, reverse back: equal items keep their original order.
        reverse_both(&s, 0, n);
    }
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        timsort(&s, n);
        nlr_pop();
    } else {
        if (s.fix_n > 0) {
            copy_both(&s, false, s.fix_dst, s.fix_src, s.fix_n);
        }
        nlr_jump(nb.exc);
    }
    if (reverse) {
        reverse_both(&s, 0, n);
    }
}
