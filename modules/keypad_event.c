// keypad.Event (a key transition: key number, pressed/released, the
// supervisor.ticks_ms timestamp of the scan that saw it) and
// keypad.EventQueue (the bounded queue a scanner fills in the background).
// Equality and hash ignore the timestamp, as CircuitPython's do.
#include "obj.h"
#include "gc.h"
#include "hal.h"
#include "keypad_int.h"
#include "mods.h"
#include "print.h"
#include "vm_raise.h"

uint32_t keypad_ticks_ms(void) {
    uint64_t ms = hal_monotonic_ns() / 1000000u;
    return (uint32_t)((ms + 0x1fff0000u) % (1u << 29));
}

// --- Event -----------------------------------------------------------------------------

typedef struct {
    Obj base;
    intptr_t key_number;
    bool pressed;
    Value timestamp;    // an int
} EventObj;

static void event_set(EventObj *e, intptr_t key_number, bool pressed, Value timestamp) {
    e->key_number = key_number;
    e->pressed = pressed;
    e->timestamp = timestamp;
}

static Value event_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(key_number), false, false, VAL_NULL},
        {NAME(pressed), false, false, VAL_NULL},
        {NAME(timestamp), false, false, VAL_NULL},
    };
    Value a[3];
    args_parse("Event", nargs, args, kwnames, 3, spec, a);
    intptr_t key = a[0] == VAL_NULL ? 0 : int_as_intptr(mods_to_int(a[0]));
    if (key < 0) {
        vm_raise(&exc_ValueError_type, "key_number must be >= 0");
    }
    bool pressed = a[1] == VAL_NULL ? true : obj_truthy(a[1]);
    Value ts;
    if (a[2] == VAL_NULL || a[2] == VAL_NONE) {
        ts = val_from_small_int(keypad_ticks_ms());
    } else {
        ts = mods_to_int(a[2]);   // must be an integer
    }
    EventObj *e = (EventObj *)gc_alloc_obj(sizeof(EventObj), &keypad_event_type);
    event_set(e, key, pressed, ts);
    return OBJ_VAL(e);
}

static Value event_getattr(Value self, Value name) {
    EventObj *e = (EventObj *)VAL_OBJ(self);
    if (name == NAME(key_number)) {
        return int_from_i64(e->key_number);
    }
    if (name == NAME(pressed)) {
        return val_bool(e->pressed);
    }
    if (name == NAME(released)) {
        return val_bool(!e->pressed);
    }
    if (name == NAME(timestamp)) {
        return e->timestamp;
    }
    return VAL_NULL;
}

static Value event_repr(Value self) {
    EventObj *e = (EventObj *)VAL_OBJ(self);
    return str_printf("<Event: key_number %zd %s>", e->key_number, e->pressed ? "pressed" : "released");
}

static Value event_hash(Value self) {
    EventObj *e = (EventObj *)VAL_OBJ(self);
    return int_from_i64(((intptr_t)e->pressed << 15) + e->key_number);
}

static Value event_compare(int op, Value a, Value b) {
    if (op != CMP_EQ && op != CMP_NE) {
        return VAL_NULL;
    }
    bool eq = false;
    if (is_type(b, &keypad_event_type)) {
        EventObj *x = (EventObj *)VAL_OBJ(a), *y = (EventObj *)VAL_OBJ(b);
        eq = x->key_number == y->key_number && x->pressed == y->pressed;
    }
    return val_bool(op == CMP_EQ ? eq : !eq);
}

const Type keypad_event_type = {
    .base = {&type_type},
    .name = NAME(Event),
    .base_type = &object_type,
    .make_new = event_make_new,
    .repr = event_repr,
    .hash = event_hash,
    .compare = event_compare,
    .getattr = event_getattr,
};

// --- EventQueue --------------------------------------------------------------------------

typedef struct {
    uint32_t timestamp;
    uint16_t key_number;
    bool pressed;
} QueuedEvent;

typedef struct {
    Obj base;
    QueuedEvent *ring;  // no-scan block of `cap` entries
    size_t cap, head, len;
    bool overflowed;
} QueueObj;

Value keypad_eventqueue_new(size_t max_events) {
    QueueObj *q = (QueueObj *)gc_alloc_obj(sizeof(QueueObj), &keypad_eventqueue_type);
    if (max_events > SIZE_MAX / sizeof(QueuedEvent) / 2) {
        vm_raise_memory_error();
    }
    q->ring = gc_alloc(max_events * sizeof(QueuedEvent), true);
    q->cap = max_events;
    return OBJ_VAL(q);
}

void keypad_eventqueue_record(Value queue, uint16_t key_number, bool pressed, uint32_t timestamp) {
    QueueObj *q = (QueueObj *)VAL_OBJ(queue);
    if (q->len == q->cap) {
        q->overflowed = true;
        return;
    }
    QueuedEvent *e = &q->ring[(q->head + q->len) % q->cap];
    e->timestamp = timestamp;
    e->key_number = key_number;
    e->pressed = pressed;
    q->len++;
}

static QueueObj *queue_self(Value v) {
    if (!is_type(v, &keypad_eventqueue_type)) {
        vm_raise(&exc_TypeError_type, "expected EventQueue, not %T", v);
    }
    return (QueueObj *)VAL_OBJ(v);
}

static bool queue_pop(QueueObj *q, EventObj *into) {
    if (q->len == 0) {
        return false;
    }
    QueuedEvent *e = &q->ring[q->head];
    event_set(into, e->key_number, e->pressed, val_from_small_int((intptr_t)e->timestamp));
    q->head = (q->head + 1) % q->cap;
    q->len--;
    return true;
}

static Value queue_get(size_t nargs, const Value *args) {
    (void)nargs;
    QueueObj *q = queue_self(args[0]);
    if (q->len == 0) {
        return VAL_NONE;
    }
    EventObj *e = (EventObj *)gc_alloc_obj(sizeof(EventObj), &keypad_event_type);
    queue_pop(q, e);
    return OBJ_VAL(e);
}

static Value queue_get_into(size_t nargs, const Value *args) {
    (void)nargs;
    QueueObj *q = queue_self(args[0]);
    if (!is_type(args[1], &keypad_event_type)) {
        vm_raise(&exc_TypeError_type, "event must be of type Event, not %T", args[1]);
    }
    return val_bool(queue_pop(q, (EventObj *)VAL_OBJ(args[1])));
}

static Value queue_clear(size_t nargs, const Value *args) {
    (void)nargs;
    QueueObj *q = queue_self(args[0]);
    q->head = 0;
    q->len = 0;
    q->overflowed = false;
    return VAL_NONE;
}

static Value queue_unary(int op, Value a) {
    QueueObj *q = (QueueObj *)VAL_OBJ(a);
    if (op == UNOP_BOOL) {
        return val_bool(q->len != 0);
    }
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)q->len);
    }
    return VAL_NULL;
}

static Value queue_getattr(Value self, Value name) {
    if (name == NAME(overflowed)) {
        return val_bool(((QueueObj *)VAL_OBJ(self))->overflowed);
    }
    return VAL_NULL;
}

static BUILTIN_FN(queue_get_obj, get, 1, 1, queue_get);
static BUILTIN_FN(queue_get_into_obj, get_into, 2, 2, queue_get_into);
static BUILTIN_FN(queue_clear_obj, clear, 1, 1, queue_clear);

static const AttrEntry queue_attrs[] = {
    {NAME(clear), OBJ_VAL(&queue_clear_obj)},
    {NAME(get), OBJ_VAL(&queue_get_obj)},
    {NAME(get_into), OBJ_VAL(&queue_get_into_obj)},
};

// No make_new: only scanners create queues.
const Type keypad_eventqueue_type = {
    .base = {&type_type},
    .name = NAME(EventQueue),
    .base_type = &object_type,
    .unary_op = queue_unary,
    .getattr = queue_getattr,
    .attrs = queue_attrs,
    .nattrs = sizeof(queue_attrs) / sizeof(queue_attrs[0]),
};
