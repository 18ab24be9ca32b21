// The re matcher: runs a compiled program (re_int.h) over a subject with
// backtracking. Choice points live on an explicit stack (first on the C
// stack, then in a GC block when it grows), never in C recursion, so the
// input size cannot overflow the C stack. Each stack entry is a branch to
// resume, a register value to restore, a one-char repeat to shorten or
// lengthen, a counted loop to re-enter, or a barrier that delimits a
// lookaround or atomic group (cutting to a barrier drops the branches above
// it but keeps the register restores, so groups set inside a lookahead are
// still undone if the match later backtracks past it).
//
// Deliberate difference from CPython: each call has a budget of
// backtracking steps (RE_STEP_BUDGET plus RE_STEP_PER_CHAR per character of
// the subject). A pathological pattern such as (a*)*b on 'a'*40, which
// CPython would run for hours, raises RuntimeError("maximum regex
// backtracking steps exceeded") instead (docs/differences.md).
#include <string.h>
#include "re_int.h"
#include "gc.h"
#include "utf8.h"
#include "vm_raise.h"
#include "../hal/hal.h"

#if UINTPTR_MAX > 0xFFFFFFFFu
#define RE_STEP_BUDGET 20000000u
#else
#define RE_STEP_BUDGET 2000000u
#endif
#define RE_STEP_PER_CHAR 64u

// --- character classes --------------------------------------------------------

static bool ascii_word(uint32_t ch) {
    return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || ch == '_';
}
static bool ascii_space(uint32_t ch) { return ch == ' ' || (ch >= 9 && ch <= 13); }

bool re_is_word(uint32_t ch, bool unicode) {
    if (ch < 128) {
        return ascii_word(ch);
    }
    return unicode && utf8_isalnum(ch);
}

bool re_category(uint32_t cat, uint32_t ch, bool unicode) {
    bool r;
    switch (cat >> 1) {
        case RE_CAT_DIGIT >> 1:
            r = ch < 128 ? (ch >= '0' && ch <= '9') : unicode && utf8_isdecimal(ch);
            break;
        case RE_CAT_SPACE >> 1:
            r = ch < 128 ? ascii_space(ch) || (unicode && ch >= 0x1C && ch <= 0x1F)
                         : unicode && utf8_isspace(ch);
            break;
        default:
            r = re_is_word(ch, unicode);
            break;
    }
    return (cat & 1) ? !r : r;
}

uint32_t re_lower(uint32_t ch, bool unicode) {
    if (ch < 128) {
        return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
    }
    return unicode ? utf8_tolower(ch) : ch;
}

uint32_t re_upper(uint32_t ch, bool unicode) {
    if (ch < 128) {
        return (ch >= 'a' && ch <= 'z') ? ch - 32 : ch;
    }
    return unicode ? utf8_toupper(ch) : ch;
}

// --- matcher state --------------------------------------------------------------

enum { BT_BRANCH, BT_RESTORE, BT_RESTORE2, BT_REPS_GREEDY, BT_REPS_LAZY, BT_BARRIER, BT_REP_INC };

// One backtrack stack entry: 16 bytes on a 64-bit host, 12 on a 32-bit
// MCU (positions fit 31 bits: re_exec rejects longer subjects).
typedef struct {
    uint32_t kind : 4;
    uint32_t pc : 28;  // code index (BT_RESTORE*: register index)
    int32_t b;         // BT_RESTORE2: old lastindex; else a position or stack index
    intptr_t a;
} Bt;

#define LOCAL_STACK 64

typedef struct {
    const uint32_t *code;
    const uint8_t *b;
    const uint32_t *w;
    intptr_t end;
    intptr_t *regs;
    uint32_t li;          // register index of lastindex
    uint32_t cnt;         // register index of counter 0
    Bt *stack;
    size_t sp, cap;
    bool heap;            // stack is a GC block (else the caller's local array)
    size_t ncp;           // choice points (entries other than restores) on the stack
    intptr_t barrier;     // index of the innermost open barrier, -1 if none
    uintptr_t budget;
} M;

#define CH(m, i) ((m)->w != NULL ? (m)->w[i] : (uint32_t)(m)->b[i])

// The stack starts on the C stack (`local` in re_exec) and moves to the
// GC heap when it overflows; it then grows by half (gc_realloc can often
// extend the block in place) so a deep match fits a small heap.
static void grow(M *m) {
    size_t cap = m->cap + m->cap / 2;
    if (m->heap) {
        m->stack = (Bt *)gc_realloc(m->stack, cap * sizeof(Bt));
    } else {
        Bt *s = (Bt *)gc_alloc(cap * sizeof(Bt), true);
        memcpy(s, m->stack, m->sp * sizeof(Bt));
        m->stack = s;
        m->heap = true;
    }
    m->cap = cap;
}

static inline bool is_cp(uint32_t kind) { return kind != BT_RESTORE && kind != BT_RESTORE2; }

static inline void push(M *m, uint32_t kind, uint32_t pc, intptr_t a, intptr_t b) {
    if (m->sp == m->cap) {
        grow(m);
    }
    m->ncp += is_cp(kind);
    Bt *e = &m->stack[m->sp++];
    e->kind = kind & 15;
    e->pc = pc;
    e->a = a;
    e->b = (int32_t)b;
}

// Pops the top entry, a choice point.
static inline void drop(M *m) {
    m->sp--;
    m->ncp--;
}

// Sets a register, recording its old value for backtracking. With no
// choice point on the stack nothing can backtrack to the old value (a
// failure ends the attempt), so nothing is recorded: a lazy loop with a
// group then runs in constant stack space.
static inline void setreg(M *m, uint32_t r, intptr_t v) {
    if (m->ncp != 0) {
        push(m, BT_RESTORE, r, m->regs[r], 0);
    }
    m->regs[r] = v;
}

static void step(M *m) {
    if (m->budget-- == 0) {
        vm_raise(&exc_RuntimeError_type, "maximum regex backtracking steps exceeded");
    }
    // A long match stays interruptible by Ctrl-C (and by reloads later).
    if ((m->budget & 0xFFF) == 0 && hal_interrupt_pending()) {
        vm_raise_noargs(&exc_KeyboardInterrupt_type);
    }
}

// Whether the one-char item at `ins` matches ch.
static inline bool item_match(const uint32_t *ins, uint32_t ch) {
    switch (ins[0]) {
        case RE_OP_CHAR: return ch == ins[1];
        case RE_OP_NCHAR: return ch != ins[1];
        case RE_OP_CHAR_I: return ch == ins[1] || re_lower(ch, true) == ins[2] || re_upper(ch, true) == ins[3];
        case RE_OP_NCHAR_I:
            return !(ch == ins[1] || re_lower(ch, true) == ins[2] || re_upper(ch, true) == ins[3]);
        case RE_OP_CHAR_IA: return re_lower(ch, false) == ins[1];
        case RE_OP_NCHAR_IA: return re_lower(ch, false) != ins[1];
        case RE_OP_ANY: return ch != '\n';
        case RE_OP_ANYALL: return true;
        default: return re_set_contains(ins, ch);
    }
}

// Length of the one-char item instruction at ins.
static inline uint32_t item_len(const uint32_t *ins) {
    switch (ins[0]) {
        case RE_OP_CHAR_I:
        case RE_OP_NCHAR_I: return 4;
        case RE_OP_ANY:
        case RE_OP_ANYALL: return 1;
        case RE_OP_SET: return ins[1];
        default: return 2;
    }
}

// How many consecutive chars from `from` (up to `to`) the item matches.
static intptr_t count_items(M *m, const uint32_t *item, intptr_t from, intptr_t to) {
    intptr_t i = from;
    switch (item[0]) {
        case RE_OP_ANYALL:
            return to - from;
        case RE_OP_ANY:
            if (m->w == NULL) {
                const void *nl = memchr(m->b + from, '\n', (size_t)(to - from));
                return nl == NULL ? to - from : (const uint8_t *)nl - (m->b + from);
            }
            while (i < to && m->w[i] != '\n') {
                i++;
            }
            return i - from;
        case RE_OP_CHAR:
            while (i < to && CH(m, i) == item[1]) {
                i++;
            }
            return i - from;
        case RE_OP_SET:
            if (m->w == NULL) {
                while (i < to && ((item[3 + (m->b[i] >> 5)] >> (m->b[i] & 31)) & 1)) {
                    i++;
                }
                return i - from;
            }
            while (i < to && re_set_contains(item, m->w[i])) {
                i++;
            }
            return i - from;
        default:
            while (i < to && item_match(item, CH(m, i))) {
                i++;
            }
            return i - from;
    }
}

static bool backref_eq(M *m, intptr_t a, intptr_t b, intptr_t n, uint32_t mode) {
    for (intptr_t k = 0; k < n; k++) {
        uint32_t x = CH(m, a + k), y = CH(m, b + k);
        if (x == y) {
            continue;
        }
        if (mode == 0) {
            return false;
        }
        bool u = mode == 1;
        if (re_lower(x, u) != re_lower(y, u) && re_upper(x, u) != re_upper(y, u)) {
            return false;
        }
    }
    return true;
}

// Drops the choice points above the barrier at index bi, keeping the
// register restores (moved down over the barrier).
static void cut(M *m, size_t bi) {
    size_t to = bi;
    m->ncp--;   // the barrier
    for (size_t i = bi + 1; i < m->sp; i++) {
        if (is_cp(m->stack[i].kind)) {
            m->ncp--;
        } else {
            m->stack[to++] = m->stack[i];
        }
    }
    m->sp = to;
}

// The first position in [lo, hi] (searching down from hi) where the
// instruction at `next` could start: a CHAR there must match. -1: none.
static inline intptr_t greedy_pos(M *m, const uint32_t *next, intptr_t hi, intptr_t lo) {
    if (next[0] == RE_OP_CHAR) {
        uint32_t c = next[1];
        while (hi >= lo && !(hi < m->end && CH(m, hi) == c)) {
            hi--;
        }
    }
    return hi >= lo ? hi : -1;
}

static bool run(M *m, intptr_t start, int mode, bool must_advance) {
    const uint32_t *code = m->code;
    intptr_t *regs = m->regs;
    const intptr_t end = m->end;
    uint32_t pc = 0;
    intptr_t pos = start;
    for (;;) {
        const uint32_t *ins = code + pc;
        switch (ins[0]) {
            case RE_OP_MATCH:
                if ((mode == RE_MODE_FULL && pos != end) || (must_advance && pos == start)) {
                    goto fail;
                }
                regs[0] = start;
                regs[1] = pos;
                return true;
            case RE_OP_CHAR:
                if (pos < end && CH(m, pos) == ins[1]) {
                    pos++;
                    pc += 2;
                    continue;
                }
                goto fail;
            case RE_OP_NCHAR:
            case RE_OP_CHAR_I:
            case RE_OP_NCHAR_I:
            case RE_OP_CHAR_IA:
            case RE_OP_NCHAR_IA:
            case RE_OP_ANY:
            case RE_OP_ANYALL:
            case RE_OP_SET:
                if (pos < end && item_match(ins, CH(m, pos))) {
                    pos++;
                    pc += item_len(ins);
                    continue;
                }
                goto fail;
            case RE_OP_BOS:
                if (pos == 0) {
                    pc++;
                    continue;
                }
                goto fail;
            case RE_OP_MBOL:
                if (pos == 0 || CH(m, pos - 1) == '\n') {
                    pc++;
                    continue;
                }
                goto fail;
            case RE_OP_EOL:
                if (pos == end || (pos == end - 1 && CH(m, pos) == '\n')) {
                    pc++;
                    continue;
                }
                goto fail;
            case RE_OP_MEOL:
                if (pos == end || CH(m, pos) == '\n') {
                    pc++;
                    continue;
                }
                goto fail;
            case RE_OP_EOS:
                if (pos == end) {
                    pc++;
                    continue;
                }
                goto fail;
            case RE_OP_WORDB:
            case RE_OP_NWORDB: {
                if (end == 0) {
                    goto fail;   // CPython: no boundary (of either kind) in an empty string
                }
                bool u = ins[1] != 0;
                bool before = pos > 0 && re_is_word(CH(m, pos - 1), u);
                bool after = pos < end && re_is_word(CH(m, pos), u);
                if ((before != after) == (ins[0] == RE_OP_WORDB)) {
                    pc += 2;
                    continue;
                }
                goto fail;
            }
            case RE_OP_JMP:
                pc += ins[1];
                continue;
            case RE_OP_SPLIT:
                push(m, BT_BRANCH, pc + ins[1], pos, 0);
                pc += 2;
                continue;
            case RE_OP_SPLIT_J:
                push(m, BT_BRANCH, pc + 2, pos, 0);
                pc += ins[1];
                continue;
            case RE_OP_SAVE: {
                uint32_t slot = ins[1];
                if (slot & 1) {
                    // A group's end also sets lastindex: one entry restores both.
                    if (m->ncp != 0) {
                        push(m, BT_RESTORE2, slot, regs[slot], regs[m->li]);
                    }
                    regs[slot] = pos;
                    regs[m->li] = slot >> 1;
                } else {
                    setreg(m, slot, pos);
                }
                pc += 2;
                continue;
            }
            case RE_OP_BACKREF: {
                uint32_t g = ins[1];
                intptr_t s0 = regs[2 * g], e0 = regs[2 * g + 1];
                if (s0 < 0 || e0 < 0 || e0 < s0) {
                    goto fail;
                }
                intptr_t n = e0 - s0;
                if (pos + n > end || !backref_eq(m, s0, pos, n, ins[2])) {
                    goto fail;
                }
                pos += n;
                pc += 3;
                continue;
            }
            case RE_OP_REP_INIT:
                setreg(m, m->cnt + 2 * ins[1], 0);
                pc += 2;
                continue;
            case RE_OP_REP_TEST: {
                uint32_t r = m->cnt + 2 * ins[1];
                intptr_t k = regs[r];
                step(m);
                if (k < (intptr_t)ins[2]) {
                    setreg(m, r, k + 1);
                    setreg(m, r + 1, pos);
                    pc += 6;
                } else if (ins[3] != RE_MAXREPEAT && k >= (intptr_t)ins[3]) {
                    pc += ins[5];
                } else if (ins[4] == RE_GREEDY) {
                    push(m, BT_BRANCH, pc + ins[5], pos, 0);
                    setreg(m, r, k + 1);
                    setreg(m, r + 1, pos);
                    pc += 6;
                } else {
                    push(m, BT_REP_INC, pc, pos, 0);
                    pc += ins[5];
                }
                continue;
            }
            case RE_OP_REP_END: {
                uint32_t r = m->cnt + 2 * ins[1];
                uint32_t test = pc + ins[2];
                if (pos == regs[r + 1] && regs[r] >= (intptr_t)code[test + 2]) {
                    pc = test + code[test + 5];   // an empty iteration ends the loop
                } else {
                    pc = test;
                }
                continue;
            }
            case RE_OP_REPS: {
                uint32_t min = ins[1], max = ins[2], rmode = ins[3];
                const uint32_t *item = ins + 5;
                uint32_t next = pc + 5 + ins[4];
                intptr_t limit = end - pos;
                if (max != RE_MAXREPEAT && (intptr_t)max < limit) {
                    limit = max;
                }
                if (limit < (intptr_t)min) {
                    goto fail;
                }
                if (rmode == RE_LAZY) {
                    if (count_items(m, item, pos, pos + min) != (intptr_t)min) {
                        goto fail;
                    }
                    pos += min;
                    pc = next;
                    if (limit > (intptr_t)min) {
                        push(m, BT_REPS_LAZY, (uint32_t)(ins - code), pos, pos - min + limit);
                        if (code[next] == RE_OP_CHAR && !(pos < end && CH(m, pos) == code[next + 1])) {
                            goto fail;
                        }
                    }
                    continue;
                }
                intptr_t n = count_items(m, item, pos, pos + limit);
                if (n < (intptr_t)min) {
                    goto fail;
                }
                if (rmode == RE_POSSESSIVE) {
                    pos += n;
                    pc = next;
                    continue;
                }
                intptr_t lo = pos + min;
                intptr_t hi = greedy_pos(m, code + next, pos + n, lo);
                if (hi < 0) {
                    goto fail;
                }
                if (hi > lo) {
                    push(m, BT_REPS_GREEDY, (uint32_t)(ins - code), hi, lo);
                }
                pos = hi;
                pc = next;
                continue;
            }
            case RE_OP_LOOK: {
                uint32_t kind = ins[1];
                if ((kind & 2) && pos < (intptr_t)ins[2]) {
                    if (kind & 1) {
                        pc += ins[3];
                        continue;
                    }
                    goto fail;
                }
                push(m, BT_BARRIER, pc, pos, m->barrier);
                m->barrier = (intptr_t)m->sp - 1;
                if (kind & 2) {
                    pos -= ins[2];
                }
                pc += 4;
                continue;
            }
            case RE_OP_LOOK_END: {
                size_t bi = (size_t)m->barrier;
                Bt e = m->stack[bi];
                uint32_t kind = code[e.pc + 1];
                if ((kind & 2) && pos != e.a) {
                    goto fail;
                }
                m->barrier = e.b;
                if (kind & 1) {
                    // The body of a negative lookaround matched: undo it and fail.
                    while (m->sp > bi + 1) {
                        Bt *t = &m->stack[--m->sp];
                        m->ncp -= is_cp(t->kind);
                        if (t->kind == BT_RESTORE) {
                            regs[t->pc] = t->a;
                        } else if (t->kind == BT_RESTORE2) {
                            regs[t->pc] = t->a;
                            regs[m->li] = t->b;
                        }
                    }
                    m->sp = bi;
                    m->ncp--;
                    goto fail;
                }
                cut(m, bi);
                pos = e.a;
                pc++;
                continue;
            }
            case RE_OP_ATOMIC:
                push(m, BT_BARRIER, pc, pos, m->barrier);
                m->barrier = (intptr_t)m->sp - 1;
                pc += 2;
                continue;
            case RE_OP_ATOMIC_END: {
                size_t bi = (size_t)m->barrier;
                m->barrier = m->stack[bi].b;
                cut(m, bi);
                pc++;
                continue;
            }
            case RE_OP_GROUPEXISTS: {
                uint32_t g = ins[1];
                pc += (regs[2 * g] >= 0 && regs[2 * g + 1] >= 0) ? 3 : ins[2];
                continue;
            }
            default:
                goto fail;
        }
    fail:
        for (;;) {
            if (m->sp == 0) {
                return false;
            }
            Bt *e = &m->stack[m->sp - 1];
            switch (e->kind) {
                case BT_RESTORE:
                    regs[e->pc] = e->a;
                    m->sp--;
                    continue;
                case BT_RESTORE2:
                    regs[e->pc] = e->a;
                    regs[m->li] = e->b;
                    m->sp--;
                    continue;
                case BT_BRANCH:
                    step(m);
                    pc = e->pc;
                    pos = e->a;
                    drop(m);
                    break;
                case BT_REPS_GREEDY: {
                    step(m);
                    const uint32_t *rep = code + e->pc;
                    uint32_t next = e->pc + 5 + rep[4];
                    intptr_t hi = greedy_pos(m, code + next, e->a - 1, e->b);
                    if (hi < 0) {
                        drop(m);
                        continue;
                    }
                    if (hi > e->b) {
                        e->a = hi;
                    } else {
                        drop(m);
                    }
                    pos = hi;
                    pc = next;
                    break;
                }
                case BT_REPS_LAZY: {
                    step(m);
                    const uint32_t *rep = code + e->pc;
                    uint32_t next = e->pc + 5 + rep[4];
                    intptr_t a = e->a;
                    bool ok = false;
                    while (a < e->b && item_match(rep + 5, CH(m, a))) {
                        a++;
                        if (code[next] != RE_OP_CHAR || (a < end && CH(m, a) == code[next + 1])) {
                            ok = true;
                            break;
                        }
                    }
                    if (!ok) {
                        drop(m);
                        continue;
                    }
                    if (a < e->b) {
                        e->a = a;
                    } else {
                        drop(m);
                    }
                    pos = a;
                    pc = next;
                    break;
                }
                case BT_REP_INC: {
                    step(m);
                    uint32_t tpc = e->pc;
                    intptr_t p0 = e->a;
                    drop(m);
                    uint32_t r = m->cnt + 2 * code[tpc + 1];
                    setreg(m, r, regs[r] + 1);
                    setreg(m, r + 1, p0);
                    pos = p0;
                    pc = tpc + 6;
                    break;
                }
                default: {   // BT_BARRIER: the body of a lookaround or atomic group failed
                    uint32_t bpc = e->pc;
                    intptr_t p0 = e->a;
                    m->barrier = e->b;
                    drop(m);
                    if (code[bpc] == RE_OP_LOOK && (code[bpc + 1] & 1)) {
                        step(m);
                        pos = p0;
                        pc = bpc + code[bpc + 3];
                        break;
                    }
                    continue;
                }
            }
            break;
        }
    }
}

bool re_exec(const ReProg *prog, const ReSubject *s, intptr_t pos, intptr_t endpos, int mode,
             bool must_advance, intptr_t *regs) {
    Bt local[LOCAL_STACK];
    M m;
    m.code = prog->code;
    m.b = s->b;
    m.w = s->w;
    m.end = endpos;
    m.regs = regs;
    m.li = 2 * (prog->ngroups + 1);
    m.cnt = m.li + 1;
    m.stack = local;
    m.cap = LOCAL_STACK;
    m.heap = false;
    m.budget = RE_STEP_BUDGET + RE_STEP_PER_CHAR * (uintptr_t)s->len;
    if (s->len > 0x7FFFFFFF) {
        vm_raise(&exc_OverflowError_type, "string too long for the re module");
    }
    int32_t fc = prog->first_char;
    for (intptr_t start = pos; start <= endpos; start++) {
        if (prog->anchored && start > 0) {
            return false;
        }
        if (fc >= 0 && mode == RE_MODE_SEARCH) {
            if (m.b != NULL) {
                if (fc > 255) {
                    return false;
                }
                const void *hit = memchr(m.b + start, fc, (size_t)(endpos - start));
                if (hit == NULL) {
                    return false;
                }
                start = (const uint8_t *)hit - m.b;
            } else {
                while (start < endpos && m.w[start] != (uint32_t)fc) {
                    start++;
                }
                if (start == endpos) {
                    return false;
                }
            }
        }
        for (uint32_t i = 0; i < prog->nregs; i++) {
            regs[i] = -1;
        }
        m.sp = 0;
        m.ncp = 0;
        m.barrier = -1;
        if (run(&m, start, mode, must_advance && start == pos)) {
            return true;
        }
        if (mode != RE_MODE_SEARCH) {
            return false;
        }
    }
    return false;
}
