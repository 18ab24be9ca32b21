// The random module: one xoshiro128** generator (32-bit words, cheap on a
// Cortex-M0+) seeded from hal_random_bytes until seed() is called, and
// CPython's API on top of it (random, getrandbits, randrange, randint,
// choice, choices, uniform, gauss, shuffle, sample) with CPython 3.11's
// argument checks and messages. The sequences differ from CPython's
// Mersenne Twister; only the distributions are the same.
#include <math.h>
#include "obj.h"
#include "hal.h"
#include "mods.h"
#include "module_table.h"
#include "obj_int.h"
#include "vm_raise.h"

static uint32_t state[4];
static bool seeded;

static uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }

// splitmix64: spreads a 64-bit seed over the generator's state.
static uint64_t splitmix64(uint64_t *x) {
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static void seed_u64(uint64_t s) {
    uint64_t a = splitmix64(&s), b = splitmix64(&s);
    state[0] = (uint32_t)a;
    state[1] = (uint32_t)(a >> 32);
    state[2] = (uint32_t)b;
    state[3] = (uint32_t)(b >> 32);
    if ((state[0] | state[1] | state[2] | state[3]) == 0) {
        state[0] = 1;
    }
    seeded = true;
}

static void seed_from_hal(void) {
    uint64_t s;
    hal_random_bytes(&s, sizeof(s));
    seed_u64(s);
}

static uint32_t next32(void) {
    if (!seeded) {
        seed_from_hal();
    }
    uint32_t result = rotl(state[1] * 5, 7) * 9;
    uint32_t t = state[1] << 9;
    state[2] ^= state[0];
    state[3] ^= state[1];
    state[1] ^= state[2];
    state[0] ^= state[3];
    state[2] ^= t;
    state[3] = rotl(state[3], 11);
    return result;
}

static uint64_t next64(void) { return (uint64_t)next32() << 32 | next32(); }

static double next_double(void) { return (double)(next64() >> 11) * (1.0 / 9007199254740992.0); }

// A uniform int in [0, n) for 0 < n < 2**64 by rejection (no modulo bias).
static uint64_t below_u64(uint64_t n) {
    int bits = 64;
    while (bits > 1 && ((n - 1) >> (bits - 1)) == 0) {
        bits--;
    }
    uint64_t mask = bits == 64 ? ~0ull : ((1ull << bits) - 1);
    for (;;) {
        uint64_t r = next64() & mask;
        if (r < n) {
            return r;
        }
    }
}

// k random bits as an int (any k >= 0).
static Value getrandbits_value(size_t k) {
    if (k <= 62) {
        return int_from_u64(k == 0 ? 0 : next64() >> (64 - k));
    }
    Value r = val_from_small_int(0);
    size_t left = k;
    while (left >= 32) {
        r = int_add(int_lshift(r, 32), int_from_u64(next32()));
        left -= 32;
    }
    if (left > 0) {
        r = int_add(int_lshift(r, left), int_from_u64(next32() >> (32 - left)));
    }
    return r;
}

// A uniform int in [0, n) for an int n > 0 of any size.
static Value randbelow(Value n) {
    int64_t small;
    if (int_to_i64(n, &small)) {
        return int_from_u64(below_u64((uint64_t)small));
    }
    size_t k = int_bit_length(n);
    for (;;) {
        Value r = getrandbits_value(k);
        if (int_cmp(r, n) < 0) {
            return r;
        }
    }
}

static size_t randbelow_size(size_t n) { return (size_t)below_u64(n); }

// --- the functions ------------------------------------------------------------------

static Value rnd_seed(size_t nargs, const Value *args) {
    Value a = nargs > 0 ? args[0] : VAL_NONE;
    if (a == VAL_NONE) {
        seed_from_hal();
        return VAL_NONE;
    }
    Value i = int_coerce(a);
    uint64_t s = 0;
    if (i != VAL_NULL) {
        // Fold every 64-bit piece of |a| into the seed (as CPython, the sign
        // is ignored).
        if (int_sign(i) < 0) {
            i = int_neg(i);
        }
        uint64_t x = 0;
        do {
            int64_t lo;
            int_to_i64(int_mod(i, int_from_u64(1ull << 62)), &lo);
            x = x * 0x100000001B3ull ^ (uint64_t)lo;
            i = int_rshift(i, 62);
        } while (int_sign(i) != 0);
        s = x;
    } else if (is_type(a, &float_type) || val_is_str(a) || obj_isinstance(a, &str_type) ||
               is_type(a, &bytes_type) || is_type(a, &bytearray_type)) {
        const uint8_t *d;
        size_t n;
        if (obj_get_buffer(a, &d, &n)) {
            s = str_hash_bytes((const char *)d, n);
        } else {
            s = obj_hash(obj_native(a));
        }
        s = s << 1 | 1;
    } else {
        vm_raise(&exc_TypeError_type,
                 "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    seed_u64(s);
    return VAL_NONE;
}

static Value rnd_random(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return float_new(next_double());
}

static Value rnd_getrandbits(size_t nargs, const Value *args) {
    (void)nargs;
    intptr_t k = int_as_intptr(mods_to_int(args[0]));
    if (k < 0) {
        vm_raise(&exc_ValueError_type, "number of bits must be non-negative");
    }
    return getrandbits_value((size_t)k);
}

// An int argument of randrange; integral floats are accepted as CPython
// 3.11 does (it warns), other floats are a ValueError.
static Value range_arg(Value v, const char *which) {
    if (is_type(v, &float_type)) {
        double d = float_value(v);
        if (d != floor(d)) {
            vm_raise(&exc_ValueError_type, "non-integer %s for randrange()", which);
        }
        return int_from_double(d);
    }
    return mods_to_int(v);
}

static Value randrange_impl(Value start, Value stop, Value step) {
    Value istart = range_arg(start, "arg 1");
    if (stop == VAL_NULL || stop == VAL_NONE) {
        if (step != VAL_NULL) {
            vm_raise(&exc_TypeError_type, "Missing a non-None stop argument");
        }
        if (int_sign(istart) > 0) {
            return randbelow(istart);
        }
        vm_raise(&exc_ValueError_type, "empty range for randrange()");
    }
    Value istop = range_arg(stop, "stop");
    Value width = int_sub(istop, istart);
    Value istep = step == VAL_NULL ? val_from_small_int(1) : range_arg(step, "step");
    if (istep == val_from_small_int(1)) {
        if (int_sign(width) > 0) {
            return int_add(istart, randbelow(width));
        }
        vm_raise(&exc_ValueError_type, "empty range for randrange() (%S, %S, %S)", istart, istop,
                 width);
    }
    Value n;
    int ss = int_sign(istep);
    if (ss > 0) {
        n = int_floordiv(int_sub(int_add(width, istep), val_from_small_int(1)), istep);
    } else if (ss < 0) {
        n = int_floordiv(int_add(int_add(width, istep), val_from_small_int(1)), istep);
    } else {
        vm_raise(&exc_ValueError_type, "zero step for randrange()");
    }
    if (int_sign(n) <= 0) {
        vm_raise(&exc_ValueError_type, "empty range for randrange()");
    }
    return int_add(istart, int_mul(istep, randbelow(n)));
}

static Value rnd_randrange(size_t nargs, const Value *args) {
    return randrange_impl(args[0], nargs > 1 ? args[1] : VAL_NULL, nargs > 2 ? args[2] : VAL_NULL);
}

static Value rnd_randint(size_t nargs, const Value *args) {
    (void)nargs;
    Value b = int_add(range_arg(args[1], "stop"), val_from_small_int(1));
    return randrange_impl(args[0], b, VAL_NULL);
}

static Value rnd_choice(size_t nargs, const Value *args) {
    (void)nargs;
    size_t n = obj_len(args[0]);
    if (n == 0) {
        vm_raise(&exc_IndexError_type, "Cannot choose from an empty sequence");
    }
    return obj_getitem(args[0], val_from_small_int((intptr_t)randbelow_size(n)));
}

static Value rnd_uniform(size_t nargs, const Value *args) {
    (void)nargs;
    double a = obj_get_double(args[0]), b = obj_get_double(args[1]);
    return float_new(a + (b - a) * next_double());
}

static Value rnd_gauss(size_t nargs, const Value *args) {
    double mu = nargs > 0 ? obj_get_double(args[0]) : 0.0;
    double sigma = nargs > 1 ? obj_get_double(args[1]) : 1.0;
    // Box-Muller; 1 - u keeps the logarithm's argument in (0, 1].
    double u = next_double(), v = next_double();
    double z = sqrt(-2.0 * log(1.0 - u)) * cos(6.283185307179586 * v);
    return float_new(mu + sigma * z);
}

static Value rnd_shuffle(size_t nargs, const Value *args) {
    (void)nargs;
    Value x = args[0];
    if (is_type(x, &list_type)) {
        ListObj *l = val_list(x);
        for (size_t i = l->len; i > 1; i--) {
            size_t j = randbelow_size(i);
            Value t = l->items[i - 1];
            l->items[i - 1] = l->items[j];
            l->items[j] = t;
        }
        return VAL_NONE;
    }
    size_t n = obj_len(x);
    for (size_t i = n; i > 1; i--) {
        Value a = val_from_small_int((intptr_t)(i - 1));
        Value b = val_from_small_int((intptr_t)randbelow_size(i));
        Value va = obj_getitem(x, a), vb = obj_getitem(x, b);
        obj_setitem(x, a, vb);
        obj_setitem(x, b, va);
    }
    return VAL_NONE;
}

static Value rnd_sample(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(population), true, false, VAL_NULL},
        {NAME(k), true, false, VAL_NULL},
        {NAME(counts), false, true, VAL_NONE},
    };
    Value a[3];
    args_parse("sample", nargs, args, kwnames, 3, spec, a);
    Value pop = a[0];
    // CPython requires a collections.abc.Sequence: the built-in sequences.
    const Type *pt = type_of(obj_native(pop));
    if (pt != &list_type && pt != &tuple_type && pt != &str_type && pt != &range_type &&
        pt != &bytes_type && pt != &bytearray_type && pt->name != NAME(tp_deque)) {
        vm_raise(&exc_TypeError_type,
                 "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    Value pool = list_from_iter(pop);
    if (a[2] != VAL_NONE) {
        // Repeat each element counts[i] times (same distribution as CPython).
        Value counts = list_from_iter(a[2]);
        ListObj *c = val_list(counts), *p = val_list(pool);
        if (c->len != p->len) {
            vm_raise(&exc_ValueError_type, "The number of counts does not match the population");
        }
        Value expanded = list_new_empty();
        for (size_t i = 0; i < p->len; i++) {
            intptr_t times = int_as_intptr(mods_to_int(c->items[i]));
            for (intptr_t t = 0; t < times; t++) {
                list_append(expanded, p->items[i]);
            }
        }
        pool = expanded;
    }
    ListObj *p = val_list(pool);
    size_t n = p->len;
    Value kv = mods_to_int(a[1]);
    int64_t k;
    if (!int_to_i64(kv, &k) || k < 0 || (uint64_t)k > n) {
        vm_raise(&exc_ValueError_type, "Sample larger than population or is negative");
    }
    Value result = list_new_empty();
    for (size_t i = 0; i < (size_t)k; i++) {
        size_t j = randbelow_size(n - i);
        list_append(result, p->items[j]);
        p->items[j] = p->items[n - i - 1];
    }
    return result;
}

// choices(population, weights=None, *, cum_weights=None, k=1)
static Value rnd_choices(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(population), true, false, VAL_NULL},
        {NAME(weights), false, false, VAL_NONE},
        {NAME(cum_weights), false, true, VAL_NONE},
        {NAME(k), false, true, VAL_NULL},
    };
    Value a[4];
    args_parse("choices", nargs, args, kwnames, 4, spec, a);
    size_t n = obj_len(a[0]);
    intptr_t k = a[3] == VAL_NULL ? 1 : int_as_intptr(mods_to_int(a[3]));
    Value result = list_new_empty();
    if (a[1] == VAL_NONE && a[2] == VAL_NONE) {
        for (intptr_t i = 0; i < k; i++) {
            if (n == 0) {
                (void)obj_getitem(a[0], val_from_small_int(0));   // CPython's IndexError
            }
            list_append(result, obj_getitem(a[0], val_from_small_int((intptr_t)randbelow_size(n))));
        }
        return result;
    }
    if (a[1] != VAL_NONE && a[2] != VAL_NONE) {
        vm_raise(&exc_TypeError_type, "Cannot specify both weights and cumulative weights");
    }
    Value cum = list_new_empty();
    if (a[2] != VAL_NONE) {
        cum = list_from_iter(a[2]);
    } else {
        Value acc = val_from_small_int(0);
        Value it = obj_getiter(a[1]);
        for (Value w; (w = obj_iternext(it)) != VAL_NULL;) {
            acc = obj_binary_op(BINOP_ADD, acc, w);
            list_append(cum, acc);
        }
    }
    ListObj *c = val_list(cum);
    if (c->len != n) {
        vm_raise(&exc_ValueError_type, "The number of weights does not match the population");
    }
    double total = n > 0 ? obj_get_double(c->items[n - 1]) : 0.0;
    if (total <= 0.0) {
        vm_raise(&exc_ValueError_type, "Total of weights must be greater than zero");
    }
    if (!isfinite(total)) {
        vm_raise(&exc_ValueError_type, "Total of weights must be finite");
    }
    for (intptr_t i = 0; i < k; i++) {
        double x = next_double() * total;
        size_t lo = 0, hi = n - 1;
        while (lo < hi) {    // bisect_right over the cumulative weights
            size_t mid = (lo + hi) / 2;
            if (x < obj_get_double(c->items[mid])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        list_append(result, obj_getitem(a[0], val_from_small_int((intptr_t)lo)));
    }
    return result;
}

static BUILTIN_FN(rnd_choice_obj, choice, 1, 1, rnd_choice);
static BUILTIN_FN_KW(rnd_choices_obj, choices, 1, 4, rnd_choices);
static BUILTIN_FN(rnd_gauss_obj, gauss, 0, 2, rnd_gauss);
static BUILTIN_FN(rnd_getrandbits_obj, getrandbits, 1, 1, rnd_getrandbits);
static BUILTIN_FN(rnd_randint_obj, randint, 2, 2, rnd_randint);
static BUILTIN_FN(rnd_random_obj, random, 0, 0, rnd_random);
static BUILTIN_FN(rnd_randrange_obj, randrange, 1, 3, rnd_randrange);
static BUILTIN_FN_KW(rnd_sample_obj, sample, 2, 3, rnd_sample);
static BUILTIN_FN(rnd_seed_obj, seed, 0, 1, rnd_seed);
static BUILTIN_FN(rnd_shuffle_obj, shuffle, 1, 1, rnd_shuffle);
static BUILTIN_FN(rnd_uniform_obj, uniform, 2, 2, rnd_uniform);

static const AttrEntry random_globals[] = {
    {NAME(__name__), NAME(random)},
    {NAME(choice), OBJ_VAL(&rnd_choice_obj)},
    {NAME(choices), OBJ_VAL(&rnd_choices_obj)},
    {NAME(gauss), OBJ_VAL(&rnd_gauss_obj)},
    {NAME(getrandbits), OBJ_VAL(&rnd_getrandbits_obj)},
    {NAME(randint), OBJ_VAL(&rnd_randint_obj)},
    {NAME(random), OBJ_VAL(&rnd_random_obj)},
    {NAME(randrange), OBJ_VAL(&rnd_randrange_obj)},
    {NAME(sample), OBJ_VAL(&rnd_sample_obj)},
    {NAME(seed), OBJ_VAL(&rnd_seed_obj)},
    {NAME(shuffle), OBJ_VAL(&rnd_shuffle_obj)},
    {NAME(uniform), OBJ_VAL(&rnd_uniform_obj)},
};

const ModuleDef module_random = {
    .name = NAME(random),
    .globals = random_globals,
    .nglobals = sizeof(random_globals) / sizeof(random_globals[0]),
};
