// The select module as MicroPython/CircuitPython offer it for polling the
// console: select.poll() objects (register/unregister/modify/poll/ipoll)
// and select.select(). Pollable objects are the console streams (sys.stdin
// readable when hal_stdin_bytes_available() says so; stdout/stderr always
// writable), their fds 0/1/2, and open files (always ready, as POSIX says).
// poll() returns (obj, event) pairs holding the registered object.
#include "obj.h"
#include "gc.h"
#include "hal.h"
#include "mods.h"
#include "module_table.h"
#include "obj_file.h"
#include "vm_raise.h"

#define POLL_IN 1
#define POLL_PRI 2
#define POLL_OUT 4
#define POLL_ERR 8
#define POLL_HUP 16
#define POLL_NVAL 32

typedef struct {
    Obj base;
    Value entries;   // list: obj, mask, obj, mask, ...
} PollObj;

extern const Type select_poll_type;

// The events `obj` is ready for now.
static int ready_events(Value obj) {
    if (obj == file_console_stream(0) || (val_is_small_int(obj) && val_small_int(obj) == 0)) {
        return hal_stdin_bytes_available() > 0 ? POLL_IN : 0;
    }
    if (obj == file_console_stream(1) || obj == file_console_stream(2) ||
        (val_is_small_int(obj) && (val_small_int(obj) == 1 || val_small_int(obj) == 2))) {
        return POLL_OUT;
    }
    if (is_type(obj, &textio_type) || is_type(obj, &bufreader_type) || is_type(obj, &bufwriter_type)) {
        return POLL_IN | POLL_OUT;
    }
    if (val_is_int(obj)) {
        return POLL_NVAL;
    }
    vm_raise(&exc_TypeError_type, "argument must be an int, or have a fileno() method.");
}

static PollObj *poll_self(Value v) { return (PollObj *)VAL_OBJ(v); }

static int32_t poll_find(PollObj *p, Value obj) {
    ListObj *l = val_list(p->entries);
    for (size_t i = 0; i < l->len; i += 2) {
        if (l->items[i] == obj) {
            return (int32_t)i;
        }
    }
    return -1;
}

static Value sel_poll_new(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    PollObj *p = (PollObj *)gc_alloc_obj(sizeof(PollObj), &select_poll_type);
    p->entries = list_new_empty();
    return OBJ_VAL(p);
}

static Value poll_register(size_t nargs, const Value *args) {
    PollObj *p = poll_self(args[0]);
    intptr_t mask = nargs > 2 ? int_as_intptr(args[2]) : (POLL_IN | POLL_PRI | POLL_OUT);
    (void)ready_events(args[1]);   // TypeError for objects that cannot be polled
    int32_t i = poll_find(p, args[1]);
    if (i >= 0) {
        val_list(p->entries)->items[i + 1] = val_from_small_int(mask & 0xffff);
    } else {
        list_append(p->entries, args[1]);
        list_append(p->entries, val_from_small_int(mask & 0xffff));
    }
    return VAL_NONE;
}

static Value poll_modify(size_t nargs, const Value *args) {
    (void)nargs;
    PollObj *p = poll_self(args[0]);
    intptr_t mask = int_as_intptr(args[2]);
    int32_t i = poll_find(p, args[1]);
    if (i < 0) {
        raise_oserror(2, VAL_NULL);
    }
    val_list(p->entries)->items[i + 1] = val_from_small_int(mask & 0xffff);
    return VAL_NONE;
}

static Value poll_unregister(size_t nargs, const Value *args) {
    (void)nargs;
    PollObj *p = poll_self(args[0]);
    int32_t i = poll_find(p, args[1]);
    if (i < 0) {
        vm_raise_obj(exc_new(&exc_KeyError_type, 1, &args[1]));
    }
    ListObj *l = val_list(p->entries);
    for (size_t j = (size_t)i; j + 2 < l->len; j++) {
        l->items[j] = l->items[j + 2];
    }
    l->len -= 2;
    return VAL_NONE;
}

// A timeout argument: -1 (wait for ever) for None or a negative value,
// else nanoseconds; `scale` converts the number to nanoseconds.
static int64_t timeout_ns(Value v, double scale) {
    if (v == VAL_NONE) {
        return -1;
    }
    double t;
    if (val_is_int(v)) {
        t = (double)int_as_intptr(v);
    } else if (is_type(v, &float_type)) {
        t = float_value(v);
    } else {
        vm_raise(&exc_TypeError_type, "timeout must be an integer or None");
    }
    if (t < 0) {
        return -1;
    }
    if (t * scale > 9.2e18) {
        vm_raise(&exc_OverflowError_type, "timeout is too large");
    }
    return (int64_t)(t * scale);
}

// Waits until `check` finds something or the timeout ends, checking every
// millisecond; Ctrl-C raises KeyboardInterrupt.
static Value wait_for(int64_t tmo, Value (*check)(Value ctx), Value ctx) {
    uint64_t start = hal_monotonic_ns();
    for (;;) {
        Value r = check(ctx);
        if (r != VAL_NULL) {
            return r;
        }
        uint64_t now = hal_monotonic_ns();
        if (tmo >= 0 && now - start >= (uint64_t)tmo) {
            return check(ctx);
        }
        uint64_t next = now + 1000000u;
        if (tmo >= 0 && next > start + (uint64_t)tmo) {
            next = start + (uint64_t)tmo;
        }
        hal_sleep_until_ns(next);
        if (hal_interrupt_pending()) {
            vm_raise_noargs(&exc_KeyboardInterrupt_type);
        }
    }
}

static Value poll_check(Value self) {
    ListObj *l = val_list(poll_self(self)->entries);
    Value result = VAL_NULL;
    for (size_t i = 0; i < l->len; i += 2) {
        int mask = (int)val_small_int(l->items[i + 1]);
        int ev = ready_events(l->items[i]) & (mask | POLL_ERR | POLL_HUP | POLL_NVAL);
        if (ev) {
            if (result == VAL_NULL) {
                result = list_new_empty();
            }
            Value pair[2] = {l->items[i], val_from_small_int(ev)};
            list_append(result, tuple_new(2, pair));
        }
    }
    return result;
}

static Value poll_poll(size_t nargs, const Value *args) {
    int64_t tmo = nargs > 1 ? timeout_ns(args[1], 1e6) : -1;
    Value r = wait_for(tmo, poll_check, args[0]);
    return r == VAL_NULL ? list_new_empty() : r;
}

static Value poll_ipoll(size_t nargs, const Value *args) {
    return obj_getiter(poll_poll(nargs > 2 ? 2 : nargs, args));
}

static BUILTIN_FN(poll_register_obj, register, 2, 3, poll_register);
static BUILTIN_FN(poll_modify_obj, modify, 3, 3, poll_modify);
static BUILTIN_FN(poll_unregister_obj, unregister, 2, 2, poll_unregister);
static BUILTIN_FN(poll_poll_obj, poll, 1, 2, poll_poll);
static BUILTIN_FN(poll_ipoll_obj, ipoll, 1, 3, poll_ipoll);

static const AttrEntry poll_attrs[] = {
    {NAME(ipoll), OBJ_VAL(&poll_ipoll_obj)},
    {NAME(modify), OBJ_VAL(&poll_modify_obj)},
    {NAME(poll), OBJ_VAL(&poll_poll_obj)},
    {NAME(register), OBJ_VAL(&poll_register_obj)},
    {NAME(unregister), OBJ_VAL(&poll_unregister_obj)},
};

const Type select_poll_type = {
    .base = {&type_type},
    .name = NAME(tp_select_poll),
    .base_type = &object_type,
    .attrs = poll_attrs,
    .nattrs = sizeof(poll_attrs) / sizeof(poll_attrs[0]),
};

// select.select(rlist, wlist, xlist[, timeout]): the ready subsets.
static Value select_check(Value lists) {
    Value out[3];
    bool any = false;
    for (int k = 0; k < 3; k++) {
        ListObj *l = val_list(val_tuple(lists)->items[k]);
        out[k] = list_new_empty();
        for (size_t i = 0; i < l->len; i++) {
            int ev = ready_events(l->items[i]);
            if ((k == 0 && (ev & POLL_IN)) || (k == 1 && (ev & POLL_OUT))) {
                list_append(out[k], l->items[i]);
                any = true;
            }
        }
    }
    return any ? tuple_new(3, out) : VAL_NULL;
}

static Value sel_select(size_t nargs, const Value *args) {
    Value lists[3];
    for (int k = 0; k < 3; k++) {
        lists[k] = list_from_iter(args[k]);
    }
    int64_t tmo = nargs > 3 ? timeout_ns(args[3], 1e9) : -1;
    Value r = wait_for(tmo, select_check, tuple_new(3, lists));
    if (r == VAL_NULL) {
        Value empty[3] = {list_new_empty(), list_new_empty(), list_new_empty()};
        return tuple_new(3, empty);
    }
    return r;
}

static BUILTIN_FN(sel_poll_obj, poll, 0, 0, sel_poll_new);
static BUILTIN_FN(sel_select_obj, select, 3, 4, sel_select);

static const AttrEntry select_globals[] = {
    {NAME(__name__), NAME(select)},
    {NAME(POLLERR), MODS_SMALL_INT(POLL_ERR)},
    {NAME(POLLHUP), MODS_SMALL_INT(POLL_HUP)},
    {NAME(POLLIN), MODS_SMALL_INT(POLL_IN)},
    {NAME(POLLNVAL), MODS_SMALL_INT(POLL_NVAL)},
    {NAME(POLLOUT), MODS_SMALL_INT(POLL_OUT)},
    {NAME(POLLPRI), MODS_SMALL_INT(POLL_PRI)},
    {NAME(poll), OBJ_VAL(&sel_poll_obj)},
    {NAME(select), OBJ_VAL(&sel_select_obj)},
};

const ModuleDef module_select = {
    .name = NAME(select),
    .globals = select_globals,
    .nglobals = sizeof(select_globals) / sizeof(select_globals[0]),
};
