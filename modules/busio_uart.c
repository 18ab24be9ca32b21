// busio.UART: the serial port on the port's hal_uart. Reads follow
// CircuitPython's stream semantics: a read waits up to `timeout` for the
// first byte and again after each byte; read()/readinto()/readline()
// return None when nothing arrived. Waiting goes through
// background_sleep_until in steps of about one character time, so with
// virtual time the board clock advances and injected bytes arrive.
#include "obj.h"
#include "background.h"
#include "busio.h"
#include "busio_int.h"
#include "gc.h"
#include "hal.h"
#include "hal_board.h"
#include "pins.h"
#include "vm_raise.h"

typedef struct {
    Obj base;
    int u;                  // HAL handle; -1 once deinitialised
    uint8_t tx, rx;
    uint32_t baudrate;
    uint32_t timeout_ms;    // CircuitPython keeps whole milliseconds
} BusUART;

// --- UART.Parity -------------------------------------------------------------------

extern const Type uart_parity_type;
static const Obj parity_even = {&uart_parity_type};
static const Obj parity_odd = {&uart_parity_type};

static Value parity_repr(Value self) {
    return str_new_cstr(VAL_OBJ(self) == &parity_even ? "busio.UART.Parity.EVEN" : "busio.UART.Parity.ODD");
}

static const AttrEntry parity_attrs[] = {
    {NAME(EVEN), OBJ_VAL(&parity_even)},
    {NAME(ODD), OBJ_VAL(&parity_odd)},
};

const Type uart_parity_type = {
    .base = {&type_type},
    .name = NAME(Parity),
    .base_type = &object_type,
    .repr = parity_repr,
    .attrs = parity_attrs,
    .nattrs = sizeof(parity_attrs) / sizeof(parity_attrs[0]),
};

// --- construction ------------------------------------------------------------------

static BusUART *uart_self(Value v) {
    if (!is_type(v, &busio_uart_type)) {
        vm_raise(&exc_TypeError_type, "expected UART, not %T", v);
    }
    return (BusUART *)VAL_OBJ(v);
}

static BusUART *uart_ready(Value v) {
    BusUART *s = uart_self(v);
    raise_if_deinited(s->u < 0);
    return s;
}

bool busio_uart_deinited(Value obj) { return is_type(obj, &busio_uart_type) && ((BusUART *)VAL_OBJ(obj))->u < 0; }

// timeout: seconds (int or float), 0-100 as CircuitPython checks it (on
// the truncated value), kept in milliseconds.
static uint32_t timeout_arg(Value v) {
    double t;
    if (!obj_to_double(v, &t)) {
        vm_raise(&exc_TypeError_type, "can't convert %T to float", v);
    }
    if (!(t > -1.0 && t < 101.0) || (int)t < 0 || (int)t > 100) {
        vm_raise(&exc_ValueError_type, "timeout must be 0-100");
    }
    return t <= 0 ? 0 : (uint32_t)(t * 1000);
}

static uint32_t baudrate_arg(Value v) {
    intptr_t b = bus_int_arg(v);
    if (b < 1 || (uint64_t)b > UINT32_MAX) {
        vm_raise(&exc_ValueError_type, "Invalid baudrate");
    }
    return (uint32_t)b;
}

static Value uart_make(uint8_t tx, uint8_t rx, uint32_t baud, uint8_t bits, uint8_t parity, uint8_t stop,
                       uint32_t timeout_ms, size_t rxbuf) {
    if (tx == HAL_NO_PIN && rx == HAL_NO_PIN) {
        vm_raise(&exc_ValueError_type, "tx and rx cannot both be None");
    }
    if (tx != HAL_NO_PIN && pin_in_use(tx)) {
        pin_claim(tx);   // raises "<NAME> in use"
    }
    if (rx != HAL_NO_PIN && pin_in_use(rx)) {
        pin_claim(rx);
    }
    const HalPin *pins = hal_board()->pins;
    if (tx == rx || (tx != HAL_NO_PIN && (pins[tx].caps & HAL_CAP_UART) == 0) ||
        (rx != HAL_NO_PIN && (pins[rx].caps & HAL_CAP_UART) == 0)) {
        vm_raise(&exc_ValueError_type, "Invalid pins");
    }
    int u = hal_uart_init(tx, rx, baud, bits, parity, stop, rxbuf);
    if (u == -HAL_EINVAL) {
        vm_raise(&exc_ValueError_type, "Invalid pins");
    }
    if (u < 0) {
        raise_hal_error(u);
    }
    if (tx != HAL_NO_PIN) {
        pin_claim(tx);
    }
    if (rx != HAL_NO_PIN) {
        pin_claim(rx);
    }
    BusUART *s = (BusUART *)gc_alloc_obj(sizeof(BusUART), &busio_uart_type);
    s->u = u;
    s->tx = tx;
    s->rx = rx;
    s->baudrate = baud;
    s->timeout_ms = timeout_ms;
    return OBJ_VAL(s);
}

static Value uart_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(tx), false, false, VAL_NULL},
        {NAME(rx), false, false, VAL_NULL},
        {NAME(baudrate), false, true, VAL_NULL},
        {NAME(bits), false, true, VAL_NULL},
        {NAME(parity), false, true, VAL_NULL},
        {NAME(stop), false, true, VAL_NULL},
        {NAME(timeout), false, true, VAL_NULL},
        {NAME(receiver_buffer_size), false, true, VAL_NULL},
        {NAME(rts), false, true, VAL_NULL},
        {NAME(cts), false, true, VAL_NULL},
        {NAME(rs485_dir), false, true, VAL_NULL},
        {NAME(rs485_invert), false, true, VAL_NULL},
    };
    Value a[12];
    args_parse("UART", nargs, args, kwnames, 12, spec, a);
    uint8_t rx = a[1] == VAL_NULL ? HAL_NO_PIN : pin_arg_or_none(a[1], "rx");
    uint8_t tx = a[0] == VAL_NULL ? HAL_NO_PIN : pin_arg_or_none(a[0], "tx");
    uint8_t rts = a[8] == VAL_NULL ? HAL_NO_PIN : pin_arg_or_none(a[8], "rts");
    uint8_t cts = a[9] == VAL_NULL ? HAL_NO_PIN : pin_arg_or_none(a[9], "cts");
    uint8_t dir = a[10] == VAL_NULL ? HAL_NO_PIN : pin_arg_or_none(a[10], "rs485_dir");
    if (tx == HAL_NO_PIN && rx == HAL_NO_PIN) {
        vm_raise(&exc_ValueError_type, "tx and rx cannot both be None");
    }
    uint8_t bits = a[3] == VAL_NULL ? 8 : (uint8_t)bus_int_range(a[3], 5, 9, "bits");
    size_t rxbuf = a[7] == VAL_NULL ? 64 : (size_t)bus_int_range(a[7], 1, 0xffff, "receiver_buffer_size");
    uint8_t parity = 0;
    if (a[4] == OBJ_VAL(&parity_even)) {
        parity = 1;
    } else if (a[4] == OBJ_VAL(&parity_odd)) {
        parity = 2;
    }
    uint8_t stop = a[5] == VAL_NULL ? 1 : (uint8_t)bus_int_range(a[5], 1, 2, "stop");
    uint32_t timeout_ms = a[6] == VAL_NULL ? 1000 : timeout_arg(a[6]);
    uint32_t baud = a[2] == VAL_NULL ? 9600 : baudrate_arg(a[2]);
    if (rts != HAL_NO_PIN || cts != HAL_NO_PIN || dir != HAL_NO_PIN || (a[11] != VAL_NULL && obj_truthy(a[11]))) {
        // The SAMD and nRF ports have no hardware flow control or RS485.
        vm_raise(&exc_ValueError_type, "RTS/CTS/RS485 Not yet supported on this device");
    }
    return uart_make(tx, rx, baud, bits, parity, stop, timeout_ms, rxbuf);
}

Value busio_uart_new(uint8_t tx, uint8_t rx) { return uart_make(tx, rx, 9600, 8, 0, 1, 1000, 64); }

// --- reading -----------------------------------------------------------------------

// Reads up to len bytes, waiting up to the timeout for the first one and
// after each one. Returns the count (0: timed out with nothing).
static size_t read_some(BusUART *s, uint8_t *buf, size_t len) {
    if (s->rx == HAL_NO_PIN) {
        vm_raise(&exc_ValueError_type, "No RX pin");
    }
    uint64_t timeout_ns = (uint64_t)s->timeout_ms * 1000000u;
    // One character (start, 8 data, stop bits) at the baud rate; at least 100 us.
    uint64_t step = 10000000000ull / (s->baudrate ? s->baudrate : 1);
    if (step < 100000) {
        step = 100000;
    }
    size_t total = 0;
    uint64_t deadline = hal_monotonic_ns() + timeout_ns;
    while (total < len) {
        size_t n = hal_uart_read(s->u, buf + total, len - total);
        total += n;
        uint64_t now = hal_monotonic_ns();
        if (n > 0) {
            deadline = now + timeout_ns;   // the timeout restarts with every byte
        }
        if (total == len || now >= deadline || s->timeout_ms == 0) {
            break;
        }
        uint64_t until = now + step < deadline ? now + step : deadline;
        if (!background_sleep_until(until)) {
            vm_raise_noargs(&exc_KeyboardInterrupt_type);
        }
        if (s->u < 0) {
            raise_if_deinited(true);   // a background task deinitialised us
        }
    }
    return total;
}

// Reads exactly `len` bytes unless a timeout passes with nothing more (as
// MicroPython's stream layer loops over the driver's read).
static size_t read_full(BusUART *s, uint8_t *buf, size_t len) {
    size_t done = 0;
    while (done < len) {
        size_t n = read_some(s, buf + done, len - done);
        if (n == 0) {
            break;
        }
        done += n;
    }
    return done;
}

static Value uart_read(size_t nargs, const Value *args) {
    BusUART *s = uart_ready(args[0]);
    intptr_t want = -1;
    if (nargs > 1 && args[1] != VAL_NONE) {
        want = bus_int_arg(args[1]);
    }
    if (want == 0) {
        return bytes_new(NULL, 0);
    }
    if (want > 0) {
        uint8_t *buf = gc_alloc((size_t)want, true);
        size_t n = read_full(s, buf, (size_t)want);
        return n == 0 ? VAL_NONE : bytes_new(buf, n);
    }
    // No size: everything until the line stays quiet for a timeout.
    size_t cap = 64, len = 0;
    uint8_t *buf = gc_alloc(cap, true);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            buf = gc_realloc(buf, cap);
        }
        size_t n = read_some(s, buf + len, cap - len);
        if (n == 0) {
            break;
        }
        len += n;
    }
    return len == 0 ? VAL_NONE : bytes_new(buf, len);
}

static Value uart_readinto(size_t nargs, const Value *args) {
    (void)nargs;
    BusUART *s = uart_ready(args[0]);
    BusBuf b;
    bus_buf_write(args[1], VAL_NULL, VAL_NULL, &b);
    if (b.len == 0) {
        return val_from_small_int(0);
    }
    size_t n = read_full(s, b.data, b.len);
    bus_buf_commit(&b);
    return n == 0 ? VAL_NONE : val_from_small_int((intptr_t)n);
}

static Value uart_readline(size_t nargs, const Value *args) {
    BusUART *s = uart_ready(args[0]);
    intptr_t max = -1;
    if (nargs > 1 && args[1] != VAL_NONE) {
        max = bus_int_arg(args[1]);
    }
    size_t cap = 32, len = 0;
    uint8_t *buf = gc_alloc(cap, true);
    while (max < 0 || (intptr_t)len < max) {
        if (len == cap) {
            cap *= 2;
            buf = gc_realloc(buf, cap);
        }
        if (read_some(s, buf + len, 1) == 0) {
            // A timeout before anything arrived gives None; after some
            // bytes, the partial line.
            if (len == 0) {
                return VAL_NONE;
            }
            break;
        }
        if (buf[len++] == '\n') {
            break;
        }
    }
    return bytes_new(buf, len);
}

static Value uart_write(size_t nargs, const Value *args) {
    (void)nargs;
    BusUART *s = uart_ready(args[0]);
    BusBuf b;
    bus_buf_read(args[1], VAL_NULL, VAL_NULL, &b);
    if (s->tx == HAL_NO_PIN) {
        vm_raise(&exc_ValueError_type, "No TX pin");
    }
    long n = hal_uart_write(s->u, b.data, b.len);
    if (n < 0) {
        raise_hal_error((int)n);
    }
    return val_from_small_int((intptr_t)n);
}

static Value uart_reset_input_buffer(size_t nargs, const Value *args) {
    (void)nargs;
    hal_uart_clear_rx(uart_ready(args[0])->u);
    return VAL_NONE;
}

// --- lifetime and properties ---------------------------------------------------------

static Value uart_deinit(size_t nargs, const Value *args) {
    (void)nargs;
    BusUART *s = uart_self(args[0]);
    if (s->u >= 0) {
        hal_uart_deinit(s->u);
        if (s->tx != HAL_NO_PIN) {
            pin_release(s->tx);
        }
        if (s->rx != HAL_NO_PIN) {
            pin_release(s->rx);
        }
        s->u = -1;
    }
    return VAL_NONE;
}

static Value uart_enter(size_t nargs, const Value *args) {
    (void)nargs;
    uart_self(args[0]);
    return args[0];
}

static Value uart_exit(size_t nargs, const Value *args) {
    (void)nargs;
    return uart_deinit(1, args);
}

static Value uart_get_baudrate(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_u64(uart_ready(args[0])->baudrate);
}

static Value uart_set_baudrate(size_t nargs, const Value *args) {
    (void)nargs;
    BusUART *s = uart_ready(args[0]);
    uint32_t b = baudrate_arg(args[1]);
    int rc = hal_uart_set_baudrate(s->u, b);
    if (rc < 0) {
        raise_hal_error(rc);
    }
    s->baudrate = b;
    return VAL_NONE;
}

static Value uart_get_in_waiting(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_u64(hal_uart_rx_available(uart_ready(args[0])->u));
}

static Value uart_get_timeout(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new((double)uart_ready(args[0])->timeout_ms / 1000.0);
}

static Value uart_set_timeout(size_t nargs, const Value *args) {
    (void)nargs;
    BusUART *s = uart_ready(args[0]);
    s->timeout_ms = timeout_arg(args[1]);
    return VAL_NONE;
}

static BUILTIN_FN(uart_deinit_obj, deinit, 1, 1, uart_deinit);
static BUILTIN_FN(uart_enter_obj, __enter__, 1, 1, uart_enter);
static BUILTIN_FN(uart_exit_obj, __exit__, 4, 4, uart_exit);
static BUILTIN_FN(uart_read_obj, read, 1, 2, uart_read);
static BUILTIN_FN(uart_readinto_obj, readinto, 2, 2, uart_readinto);
static BUILTIN_FN(uart_readline_obj, readline, 1, 2, uart_readline);
static BUILTIN_FN(uart_write_obj, write, 2, 2, uart_write);
static BUILTIN_FN(uart_reset_input_buffer_obj, reset_input_buffer, 1, 1, uart_reset_input_buffer);
static BUILTIN_FN(uart_get_baudrate_obj, baudrate, 1, 1, uart_get_baudrate);
static BUILTIN_FN(uart_set_baudrate_obj, baudrate, 2, 2, uart_set_baudrate);
static BUILTIN_FN(uart_get_in_waiting_obj, in_waiting, 1, 1, uart_get_in_waiting);
static BUILTIN_FN(uart_get_timeout_obj, timeout, 1, 1, uart_get_timeout);
static BUILTIN_FN(uart_set_timeout_obj, timeout, 2, 2, uart_set_timeout);
static const PropertyObj uart_baudrate_prop = {{&property_type}, OBJ_VAL(&uart_get_baudrate_obj),
                                               OBJ_VAL(&uart_set_baudrate_obj), VAL_NONE, VAL_NONE};
static const PropertyObj uart_in_waiting_prop = {{&property_type}, OBJ_VAL(&uart_get_in_waiting_obj), VAL_NONE,
                                                 VAL_NONE, VAL_NONE};
static const PropertyObj uart_timeout_prop = {{&property_type}, OBJ_VAL(&uart_get_timeout_obj),
                                              OBJ_VAL(&uart_set_timeout_obj), VAL_NONE, VAL_NONE};

static const AttrEntry uart_attrs[] = {
    {NAME(Parity), OBJ_VAL(&uart_parity_type)},
    {NAME(__enter__), OBJ_VAL(&uart_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&uart_exit_obj)},
    {NAME(baudrate), OBJ_VAL(&uart_baudrate_prop)},
    {NAME(deinit), OBJ_VAL(&uart_deinit_obj)},
    {NAME(in_waiting), OBJ_VAL(&uart_in_waiting_prop)},
    {NAME(read), OBJ_VAL(&uart_read_obj)},
    {NAME(readinto), OBJ_VAL(&uart_readinto_obj)},
    {NAME(readline), OBJ_VAL(&uart_readline_obj)},
    {NAME(reset_input_buffer), OBJ_VAL(&uart_reset_input_buffer_obj)},
    {NAME(timeout), OBJ_VAL(&uart_timeout_prop)},
    {NAME(write), OBJ_VAL(&uart_write_obj)},
};

const Type busio_uart_type = {
    .base = {&type_type},
    .name = NAME(UART),
    .base_type = &object_type,
    .make_new = uart_make_new,
    .attrs = uart_attrs,
    .nattrs = sizeof(uart_attrs) / sizeof(uart_attrs[0]),
};
