// The time module: the monotonic clock (monotonic, monotonic_ns,
// perf_counter), wall-clock time (time, time_ns), sleep (interruptible by
// Ctrl-C), and calendar conversion (gmtime, localtime, mktime) with the
// struct_time record. Everything comes from hal.h. There are no time zones
// (as in CircuitPython): localtime is gmtime and mktime is its inverse.
#include <math.h>
#include "obj.h"
#include "hal.h"
#include "mods.h"
#include "module_table.h"
#include "obj_float.h"
#include "structseq.h"
#include "background.h"
#include "vm_raise.h"

// --- clocks -------------------------------------------------------------------

// Wall-clock nanoseconds: the HAL's seconds give the epoch, the monotonic
// clock the resolution, so differences of time.time() are exact.
static bool wall_offset_set;
static int64_t wall_offset_ns;

static int64_t wall_ns(void) {
    if (!wall_offset_set) {
        wall_offset_ns = hal_time_s() * 1000000000 - (int64_t)hal_monotonic_ns();
        wall_offset_set = true;
    }
    return (int64_t)hal_monotonic_ns() + wall_offset_ns;
}

static Value time_monotonic(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return float_new((double)hal_monotonic_ns() / 1e9);
}

static Value time_monotonic_ns(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return int_from_u64(hal_monotonic_ns());
}

static Value time_time(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return float_new((double)wall_ns() / 1e9);
}

static Value time_time_ns(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return int_from_i64(wall_ns());
}

// Seconds as a double from an int or float argument (CPython's checks).
static double seconds_arg(Value v) {
    if (is_type(v, &float_type) || obj_isinstance(v, &float_type)) {
        double d = obj_get_double(v);
        if (isnan(d)) {
            vm_raise(&exc_ValueError_type, "Invalid value NaN (not a number)");
        }
        return d;
    }
    return int_to_double(mods_to_int(v));
}

static Value time_sleep(size_t nargs, const Value *args) {
    (void)nargs;
    double s = seconds_arg(args[0]);
    if (s < 0) {
        vm_raise(&exc_ValueError_type, "sleep length must be non-negative");
    }
    if (s > 9.2e9) {
        vm_raise(&exc_OverflowError_type, "timestamp too large to convert to C _PyTime_t");
    }
    uint64_t deadline = hal_monotonic_ns() + (uint64_t)(s * 1e9);
    if (!background_sleep_until(deadline)) {
        vm_raise_noargs(&exc_KeyboardInterrupt_type);
    }
    return VAL_NONE;
}

// --- struct_time ----------------------------------------------------------------

static const Value struct_time_fields[] = {
    NAME(tm_year), NAME(tm_mon), NAME(tm_mday), NAME(tm_hour), NAME(tm_min),
    NAME(tm_sec),  NAME(tm_wday), NAME(tm_yday), NAME(tm_isdst), NAME(tm_zone), NAME(tm_gmtoff),
};

extern const Type struct_time_type;
static const StructSeqDesc struct_time_desc = {
    &struct_time_type, "time.struct_time", 9, 2, struct_time_fields,
};

static Value struct_time_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    return structseq_make(&struct_time_desc, nargs, args, kwnames);
}

const Type struct_time_type = {
    .base = {&type_type},
    .name = NAME(tp_struct_time),   // CPython's tp_name
    .base_type = &object_type,
    .make_new = struct_time_make_new,
    STRUCTSEQ_SLOTS,
};

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Days since 1970-01-01 of a proleptic Gregorian date (m may be any int).
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    // Normalise the month into 1..12, carrying into the year.
    int64_t carry = floor_div(m - 1, 12);
    y += carry;
    m -= 12 * carry;
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static Value make_struct_time(int64_t secs) {
    int64_t days = floor_div(secs, 86400);
    int64_t rem = secs - days * 86400;
    // Civil date from days (Howard Hinnant's algorithm).
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    int64_t wday = ((days % 7) + 7 + 3) % 7;    // 1970-01-01 was a Thursday
    int64_t yday = days - days_from_civil(y, 1, 1) + 1;
    Value v[11] = {
        int_from_i64(y),           val_from_small_int((intptr_t)m),
        val_from_small_int((intptr_t)d),
        val_from_small_int((intptr_t)(rem / 3600)),
        val_from_small_int((intptr_t)(rem / 60 % 60)),
        val_from_small_int((intptr_t)(rem % 60)),
        val_from_small_int((intptr_t)wday),
        val_from_small_int((intptr_t)yday),
        val_from_small_int(0),     NAME(UTC),
        val_from_small_int(0),
    };
    return structseq_new(&struct_time_desc, v);
}

// Timestamp argument of gmtime/localtime: now when absent or None.
static int64_t timestamp_arg(size_t nargs, const Value *args) {
    if (nargs == 0 || args[0] == VAL_NONE) {
        int64_t ns = wall_ns();
        return floor_div(ns, 1000000000);
    }
    Value v = args[0];
    if (is_type(v, &float_type) || obj_isinstance(v, &float_type)) {
        double d = obj_get_double(v);
        if (isnan(d)) {
            vm_raise(&exc_ValueError_type, "Invalid value NaN (not a number)");
        }
        d = floor(d);
        if (!(d >= -67768040609740800.0 && d <= 67767976233316800.0)) {
            vm_raise(&exc_OverflowError_type, "timestamp out of range for platform time_t");
        }
        return (int64_t)d;
    }
    int64_t s;
    if (!int_to_i64(mods_to_int(v), &s) || s < -67768040609740800 || s > 67767976233316800) {
        vm_raise(&exc_OverflowError_type, "timestamp out of range for platform time_t");
    }
    return s;
}

static Value time_gmtime(size_t nargs, const Value *args) {
    return make_struct_time(timestamp_arg(nargs, args));
}

static Value time_mktime(size_t nargs, const Value *args) {
    (void)nargs;
    Value t = args[0];
    if (structseq_check(t)) {
        t = ((StructSeqObj *)VAL_OBJ(t))->items;
    } else if (!is_type(t, &tuple_type)) {
        vm_raise(&exc_TypeError_type, "Tuple or struct_time argument required");
    }
    TupleObj *tu = val_tuple(t);
    if (tu->len != 9) {
        vm_raise(&exc_TypeError_type, "mktime(): illegal time tuple argument");
    }
    int64_t f[6];
    for (size_t i = 0; i < 6; i++) {
        if (!int_to_i64(mods_to_int(tu->items[i]), &f[i])) {
            vm_raise(&exc_OverflowError_type, "Python int too large to convert to C long");
        }
    }
    int64_t days = days_from_civil(f[0], f[1], f[2]);
    return float_new((double)(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]));
}

static BUILTIN_FN(time_gmtime_obj, gmtime, 0, 1, time_gmtime);
static BUILTIN_FN(time_localtime_obj, localtime, 0, 1, time_gmtime);
static BUILTIN_FN(time_mktime_obj, mktime, 1, 1, time_mktime);
static BUILTIN_FN(time_monotonic_obj, monotonic, 0, 0, time_monotonic);
static BUILTIN_FN(time_monotonic_ns_obj, monotonic_ns, 0, 0, time_monotonic_ns);
static BUILTIN_FN(time_perf_counter_obj, perf_counter, 0, 0, time_monotonic);
static BUILTIN_FN(time_perf_counter_ns_obj, perf_counter_ns, 0, 0, time_monotonic_ns);
static BUILTIN_FN(time_sleep_obj, sleep, 1, 1, time_sleep);
static BUILTIN_FN(time_time_obj, time, 0, 0, time_time);
static BUILTIN_FN(time_time_ns_obj, time_ns, 0, 0, time_time_ns);

static const AttrEntry time_globals[] = {
    {NAME(__name__), NAME(time)},
    {NAME(gmtime), OBJ_VAL(&time_gmtime_obj)},
    {NAME(localtime), OBJ_VAL(&time_localtime_obj)},
    {NAME(mktime), OBJ_VAL(&time_mktime_obj)},
    {NAME(monotonic), OBJ_VAL(&time_monotonic_obj)},
    {NAME(monotonic_ns), OBJ_VAL(&time_monotonic_ns_obj)},
    {NAME(perf_counter), OBJ_VAL(&time_perf_counter_obj)},
    {NAME(perf_counter_ns), OBJ_VAL(&time_perf_counter_ns_obj)},
    {NAME(sleep), OBJ_VAL(&time_sleep_obj)},
    {NAME(struct_time), OBJ_VAL(&struct_time_type)},
    {NAME(time), OBJ_VAL(&time_time_obj)},
    {NAME(time_ns), OBJ_VAL(&time_time_ns_obj)},
};

const ModuleDef module_time = {
    .name = NAME(time),
    .globals = time_globals,
    .nglobals = sizeof(time_globals) / sizeof(time_globals[0]),
};
