// Mark-sweep collector over the port's heap (see gc.h for the layout).
// Marking uses a fixed-size explicit stack; when it overflows, the
// collector notes it and rescans the heap for marked blocks whose children
// may be unmarked, so marking never recurses and never needs more memory.
#include "gc.h"
#include <setjmp.h>
#include <string.h>
#include "obj.h"
#include "vm_raise.h"
#include "hal.h"

// The conservative scan reads whole stack frames, including bytes the
// address sanitizer considers out of bounds; that is by design.
#if defined(__GNUC__)
#define NO_SANITIZE_ADDRESS __attribute__((no_sanitize_address))
#else
#define NO_SANITIZE_ADDRESS
#endif

enum { AT_FREE = 0, AT_HEAD = 1, AT_TAIL = 2, AT_MARK = 3 };

#define MARK_STACK_SIZE 64
#define MAX_ROOTS 16   // the core and the modules register 11

static struct {
    uint8_t *atb;          // 2 bits per block
    uint8_t *ntb;          // 1 bit per block: no-scan
    uint8_t *pool;         // first block
    size_t nblocks;
    size_t free_hint;      // lowest block index that may be free
    size_t next_fit;       // where multi-block searches resume (next fit)
    void *stack_top;
    int locked;
    bool enabled;
    bool overflow;
    size_t mark_sp;
    size_t mark_stack[MARK_STACK_SIZE];
    size_t nroots;
    struct { void *start; size_t bytes; } roots[MAX_ROOTS];
    size_t alloc_since_collect;
    size_t collect_threshold;
} heap;

static inline unsigned at_get(size_t b) { return (heap.atb[b >> 2] >> ((b & 3) * 2)) & 3; }
static inline void at_set(size_t b, unsigned v) {
    uint8_t *p = &heap.atb[b >> 2];
    unsigned sh = (b & 3) * 2;
    *p = (uint8_t)((*p & ~(3u << sh)) | (v << sh));
}
static inline bool nt_get(size_t b) { return (heap.ntb[b >> 3] >> (b & 7)) & 1; }
static inline void nt_set(size_t b, bool v) {
    if (v) {
        heap.ntb[b >> 3] |= (uint8_t)(1u << (b & 7));
    } else {
        heap.ntb[b >> 3] &= (uint8_t)~(1u << (b & 7));
    }
}

void gc_init(void *mem, size_t size) {
    uintptr_t start = ((uintptr_t)mem + GC_BLOCK_BYTES - 1) & ~(uintptr_t)(GC_BLOCK_BYTES - 1);
    uintptr_t end = ((uintptr_t)mem + size) & ~(uintptr_t)(GC_BLOCK_BYTES - 1);
    size_t total = end > start ? end - start : 0;
    // Each block costs 16 bytes of pool + 3 bits of tables.
    size_t nblocks = (total * 8) / (GC_BLOCK_BYTES * 8 + 3);
    size_t atb_bytes = (nblocks + 3) / 4, ntb_bytes = (nblocks + 7) / 8;
    size_t table_bytes = (atb_bytes + ntb_bytes + GC_BLOCK_BYTES - 1) & ~(size_t)(GC_BLOCK_BYTES - 1);
    while (nblocks > 0 && table_bytes + nblocks * GC_BLOCK_BYTES > total) {
        nblocks--;
    }
    memset(&heap, 0, sizeof(heap));
    heap.atb = (uint8_t *)start;
    heap.ntb = heap.atb + atb_bytes;
    heap.pool = (uint8_t *)start + table_bytes;
    heap.nblocks = nblocks;
    memset(heap.atb, 0, table_bytes);
    heap.enabled = true;
    heap.collect_threshold = nblocks / 2 + 64;
}

void gc_set_stack_top(void *top) { heap.stack_top = top; }

void gc_add_root(void *start, size_t bytes) {
    for (size_t i = 0; i < heap.nroots; i++) {
        if (heap.roots[i].start == start) {
            heap.roots[i].bytes = bytes;   // registered already (a module initialised again)
            return;
        }
    }
    if (heap.nroots == MAX_ROOTS) {
        // An unscanned root would let its objects be freed while in use.
        hal_fatal("gc: too many roots (MAX_ROOTS)");
    }
    heap.roots[heap.nroots].start = start;
    heap.roots[heap.nroots].bytes = bytes;
    heap.nroots++;
}

bool gc_is_heap_ptr(const void *p) {
    return (const uint8_t *)p >= heap.pool && (const uint8_t *)p < heap.pool + heap.nblocks * GC_BLOCK_BYTES;
}

void gc_enable(bool on) { heap.enabled = on; }
bool gc_is_enabled(void) { return heap.enabled; }
void gc_lock(void) { heap.locked++; }
void gc_unlock(void) { heap.locked--; }

// --- marking -------------------------------------------------------------

// Returns the head block of the allocation containing p, or SIZE_MAX.
static size_t head_of(uintptr_t p) {
    if (p < (uintptr_t)heap.pool || p >= (uintptr_t)(heap.pool + heap.nblocks * GC_BLOCK_BYTES)) {
        return SIZE_MAX;
    }
    size_t b = (p - (uintptr_t)heap.pool) / GC_BLOCK_BYTES;
    unsigned a = at_get(b);
    if (a == AT_FREE) {
        return SIZE_MAX;
    }
    while (a == AT_TAIL) {
        b--;
        a = at_get(b);
    }
    return b;
}

static void mark_push(size_t b) {
    if (heap.mark_sp < MARK_STACK_SIZE) {
        heap.mark_stack[heap.mark_sp++] = b;
    } else {
        heap.overflow = true;
    }
}

static void mark_word(uintptr_t w) {
    size_t b = head_of(w);
    if (b != SIZE_MAX && at_get(b) == AT_HEAD) {
        at_set(b, AT_MARK);
        if (!nt_get(b)) {
            mark_push(b);
        }
    }
}

NO_SANITIZE_ADDRESS static void scan_range(const void *start, size_t bytes) {
    const uintptr_t *p = (const uintptr_t *)(((uintptr_t)start + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1));
    const uintptr_t *end = (const uintptr_t *)((uintptr_t)start + bytes);
    for (; p < end; p++) {
        mark_word(*p);
    }
}

static size_t block_count(size_t b) {
    size_t n = 1;
    while (b + n < heap.nblocks && at_get(b + n) == AT_TAIL) {
        n++;
    }
    return n;
}

static void drain(void) {
    while (heap.mark_sp > 0) {
        size_t b = heap.mark_stack[--heap.mark_sp];
        scan_range(heap.pool + b * GC_BLOCK_BYTES, block_count(b) * GC_BLOCK_BYTES);
    }
}

static void mark_roots_and_drain(void) {
    for (size_t i = 0; i < heap.nroots; i++) {
        scan_range(heap.roots[i].start, heap.roots[i].bytes);
        drain();
    }
    // The C stack, with callee-saved registers spilled into a jmp_buf on it.
    jmp_buf regs;
    setjmp(regs);
    volatile uintptr_t here = 0;
    uintptr_t lo = (uintptr_t)&here, hi = (uintptr_t)heap.stack_top;
    if (hi == 0) {
        hi = lo;
    }
    if (lo > hi) {
        uintptr_t t = lo;
        lo = hi;
        hi = t;
    }
    scan_range(&regs, sizeof(regs));
    drain();
    scan_range((const void *)lo, hi - lo);
    drain();
    // Overflowed marks: rescan marked blocks until nothing new is marked.
    while (heap.overflow) {
        heap.overflow = false;
        for (size_t b = 0; b < heap.nblocks; b++) {
            if (at_get(b) == AT_MARK && !nt_get(b)) {
                scan_range(heap.pool + b * GC_BLOCK_BYTES, block_count(b) * GC_BLOCK_BYTES);
                drain();
            }
        }
    }
}

// Entry fields of a table word: lo = bit 0 of each 2-bit entry, hi = bit 1,
// both shifted down to bit 0 (FREE 00, HEAD 01, TAIL 10, MARK 11).
#define AT_LO_MASK ((uint64_t)0x5555555555555555u)

// Sweeps the entries of blocks [from, to) one at a time; `freeing` says
// whether the allocation running into `from` is being freed. Returns the
// same state at `to`.
static bool sweep_entries(size_t from, size_t to, bool freeing) {
    for (size_t b = from; b < to; b++) {
        switch (at_get(b)) {
            case AT_HEAD:
                freeing = true;
                at_set(b, AT_FREE);
                break;
            case AT_TAIL:
                if (freeing) {
                    at_set(b, AT_FREE);
                }
                break;
            case AT_MARK:
                freeing = false;
                at_set(b, AT_HEAD);
                break;
            default:
                freeing = false;
                break;
        }
    }
    return freeing;
}

// Sweeps one table word (32 entries) without branches. With one bit per
// entry at each entry's low bit: M marked heads, H unmarked heads, T tails.
// A tail is freed when the head of its run is unmarked. Adding 1 at the
// entry after every unmarked head, onto a word where only tails have both
// bits set, carries through exactly the tails of that head's run and
// clears them, so the low bits of Z still set at tail entries are the kept
// tails. The carry stops at the first non-tail entry, whose bits were 00,
// so runs do not disturb one another. `cin` continues a run freed in the
// previous word; *freeing says whether this word ends inside a freed run.
static uint64_t sweep_word(uint64_t x, bool *freeing) {
    uint64_t lo = x & AT_LO_MASK, hi = (x >> 1) & AT_LO_MASK;
    uint64_t m = lo & hi, h = lo & ~hi, t = hi & ~lo;
    uint64_t z = (t | (t << 1)) + (h << 2) + (*freeing ? 1u : 0u);
    uint64_t kept = t & z;
    *freeing = (((h | (t & ~z)) >> 62) & 1) != 0;
    return m | (kept << 1);
}

// Frees unmarked allocations and unmarks the rest, one 64-bit table word
// (32 blocks) at a time, then the last few blocks one by one. No-scan bits
// of freed heads are left as they are: only a head's bit is ever read, and
// claim() rewrites it.
static void sweep(void) {
    bool freeing = false;
    size_t nwords = heap.nblocks / 32;
    for (size_t w = 0; w < nwords; w++) {
        uint64_t x;
        memcpy(&x, heap.atb + w * 8, 8);
        if (x != 0) {
            uint64_t nx = sweep_word(x, &freeing);
            if (nx != x) {
                memcpy(heap.atb + w * 8, &nx, 8);
            }
        } else {
            freeing = false;
        }
    }
    sweep_entries(nwords * 32, heap.nblocks, freeing);
    heap.free_hint = 0;
    heap.next_fit = 0;
}

void gc_collect(void) {
    if (heap.locked) {
        return;
    }
    heap.locked++;
    heap.mark_sp = 0;
    heap.overflow = false;
    mark_roots_and_drain();
    sweep();
    heap.alloc_since_collect = 0;
    heap.locked--;
}

// --- allocation ----------------------------------------------------------

// Sets the entries of blocks [b, e) (b < e) to the entry repeated in
// `pat` (0xAA: TAIL, 0x00: FREE), writing each table byte once, with HEAD
// at block `head` instead when it is in range (SIZE_MAX: no head). Byte-wise, because entry-wise read-modify-writes of one byte
// chain through store forwarding and were a hot spot.
static void at_fill(size_t b, size_t e, unsigned pat, size_t head) {
    size_t i = b >> 2, last = (e - 1) >> 2;
    unsigned m = (0xFFu << ((b & 3) * 2)) & 0xFFu;
    for (;;) {
        if (i == last) {
            m &= 0xFFu >> ((3 - ((e - 1) & 3)) * 2);
        }
        unsigned v = pat & m;
        if (head >> 2 == i) {
            unsigned sh = (head & 3) * 2;
            v = (v & ~(3u << sh)) | ((unsigned)AT_HEAD << sh);
        }
        heap.atb[i] = (uint8_t)((heap.atb[i] & ~m) | v);
        if (i == last) {
            break;
        }
        i++;
        m = 0xFFu;
    }
}

// Marks blocks [start, start + nb) as one allocation and zeroes it.
static void *claim(size_t start, size_t nb, bool noscan) {
    at_fill(start, start + nb, 0xAAu, start);
    nt_set(start, noscan);
    if (start == heap.free_hint) {
        heap.free_hint = start + nb;
    }
    void *p = heap.pool + start * GC_BLOCK_BYTES;
    memset(p, 0, nb * GC_BLOCK_BYTES);
    heap.alloc_since_collect += nb;
    return p;
}

// First run of nb free blocks in [from, to), or SIZE_MAX.
static size_t find_run(size_t from, size_t to, size_t nb) {
    size_t run = 0;
    for (size_t b = from; b < to; b++) {
        if ((b & 3) == 0 && b + 4 <= to) {
            uint8_t x = heap.atb[b >> 2];
            if (x == 0) {
                // Four free blocks at once.
                run += 4;
                if (run >= nb) {
                    return b + 4 - run;
                }
                b += 3;
                continue;
            }
            if (run == 0 && ((x | (x >> 1)) & 0x55) == 0x55) {
                // Skip whole table bytes whose four blocks are all in use.
                b += 3;
                continue;
            }
        }
        if (at_get(b) == AT_FREE) {
            if (++run == nb) {
                return b + 1 - nb;
            }
        } else {
            run = 0;
        }
    }
    return SIZE_MAX;
}

// The first free block at or after b, or nblocks. Skips whole table bytes
// (four blocks) that hold no free entry, so a full stretch of heap is
// passed four blocks per step.
static size_t next_free(size_t b) {
    while (b < heap.nblocks) {
        if ((b & 3) == 0) {
            uint8_t x = heap.atb[b >> 2];
            if (((x | (x >> 1)) & 0x55) == 0x55) {
                b += 4;
                continue;
            }
        }
        if (at_get(b) == AT_FREE) {
            return b;
        }
        b++;
    }
    return heap.nblocks;
}

// One-block requests fill the lowest hole (first fit from free_hint);
// larger ones continue from where the last one ended (next fit), so a heap
// fragmented by small holes is not rescanned from its start every time.
static void *try_alloc(size_t nb, bool noscan) {
    heap.free_hint = next_free(heap.free_hint);
    if (nb == 1) {
        return heap.free_hint < heap.nblocks ? claim(heap.free_hint, 1, noscan) : NULL;
    }
    size_t from = heap.next_fit > heap.free_hint ? heap.next_fit : heap.free_hint;
    size_t start = find_run(from, heap.nblocks, nb);
    if (start == SIZE_MAX && from > heap.free_hint) {
        size_t end = from + nb - 1 < heap.nblocks ? from + nb - 1 : heap.nblocks;
        start = find_run(heap.free_hint, end, nb);
    }
    if (start == SIZE_MAX) {
        return NULL;
    }
    heap.next_fit = start + nb;
    return claim(start, nb, noscan);
}

void *gc_alloc_noraise(size_t size, bool noscan) {
#if !COPPER_GC_STRESS
    // Fast path: one block, no collection due, and free_hint (the lowest
    // block that may be free) is free, as it is right after a sweep and
    // while allocation proceeds through a swept stretch of heap.
    if (size <= GC_BLOCK_BYTES && heap.alloc_since_collect <= heap.collect_threshold) {
        size_t b = heap.free_hint;
        if (b < heap.nblocks && at_get(b) == AT_FREE) {
            at_set(b, AT_HEAD);
            nt_set(b, noscan);
            heap.free_hint = b + 1;
            heap.alloc_since_collect++;
            void *p = heap.pool + b * GC_BLOCK_BYTES;
            memset(p, 0, GC_BLOCK_BYTES);
            return p;
        }
    }
#endif
    size_t nb = (size + GC_BLOCK_BYTES - 1) / GC_BLOCK_BYTES;
    if (nb == 0) {
        nb = 1;
    }
    if (size > heap.nblocks * GC_BLOCK_BYTES) {
        return NULL;
    }
#if COPPER_GC_STRESS
    if (heap.enabled) {
        gc_collect();
    }
#endif
    if (heap.enabled && heap.alloc_since_collect > heap.collect_threshold) {
        gc_collect();
    }
    void *p = try_alloc(nb, noscan);
    if (p == NULL) {
        gc_collect();
        p = try_alloc(nb, noscan);
    }
    return p;
}

void *gc_alloc(size_t size, bool noscan) {
    void *p = gc_alloc_noraise(size, noscan);
    if (p == NULL) {
        vm_raise_memory_error();
    }
    return p;
}

struct Obj *gc_alloc_obj(size_t size, const void *type) {
    struct Obj *o = gc_alloc(size, false);
    o->type = type;
    return o;
}

void gc_free(void *ptr) {
    if (ptr == NULL || heap.locked) {
        return;
    }
    size_t b = head_of((uintptr_t)ptr);
    if (b == SIZE_MAX || heap.pool + b * GC_BLOCK_BYTES != (uint8_t *)ptr) {
        return;
    }
    at_fill(b, b + block_count(b), 0, SIZE_MAX);
    nt_set(b, false);
    if (b < heap.free_hint) {
        heap.free_hint = b;
    }
}

void *gc_realloc(void *ptr, size_t size) {
    if (ptr == NULL) {
        return gc_alloc(size, false);
    }
    size_t b = head_of((uintptr_t)ptr);
    size_t have = block_count(b);
    size_t need = (size + GC_BLOCK_BYTES - 1) / GC_BLOCK_BYTES;
    if (need == 0) {
        need = 1;
    }
    if (need <= have) {
        // Shrink in place: free the tail blocks.
        if (need < have) {
            at_fill(b + need, b + have, 0, SIZE_MAX);
        }
        if (need < have && b + need < heap.free_hint) {
            heap.free_hint = b + need;
        }
        return ptr;
    }
    // Grow in place when the following blocks are free.
    size_t extra = 0;
    while (have + extra < need && b + have + extra < heap.nblocks && at_get(b + have + extra) == AT_FREE) {
        extra++;
    }
    if (have + extra == need) {
        at_fill(b + have, b + need, 0xAAu, SIZE_MAX);
        memset(heap.pool + (b + have) * GC_BLOCK_BYTES, 0, (need - have) * GC_BLOCK_BYTES);
        return ptr;
    }
    bool noscan = nt_get(b);
    void *p = gc_alloc(size, noscan);
    memcpy(p, ptr, have * GC_BLOCK_BYTES);
    gc_free(ptr);
    return p;
}

size_t gc_bytes_total(void) { return heap.nblocks * GC_BLOCK_BYTES; }

size_t gc_bytes_used(void) {
    size_t used = 0;
    for (size_t b = 0; b < heap.nblocks; b++) {
        if (at_get(b) != AT_FREE) {
            used++;
        }
    }
    return used * GC_BLOCK_BYTES;
}

size_t gc_bytes_free(void) { return gc_bytes_total() - gc_bytes_used(); }
