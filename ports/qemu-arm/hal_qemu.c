// hal.h on the mps2-an385 under QEMU: the console on UART0 (Ctrl-C seen
// while a program runs becomes KeyboardInterrupt), the clock from SysTick,
// random numbers from a generator seeded by the clock. Storage is in
// storage_qemu.c.
#include <stddef.h>
#include "hal.h"
#include "qemu_board.h"

extern volatile uint64_t qemu_ms;

// Bytes received but not yet read, filled by the UART's receive interrupt
// (so input is never lost while a program runs, and Ctrl-C can be found in
// it) and emptied by the console reads. When the buffer is full the
// interrupt is switched off and the byte stays in the UART, which holds
// the sender back; reading re-enables it. 256 bytes hold two raw-paste
// windows (raw_repl.c's 128): the host never waits on the UART there.
static uint8_t rx_buf[256];
static volatile uint16_t rx_head, rx_tail;
static bool interrupt_flag;

#define RX_NEXT(i) ((uint16_t)(((i) + 1) % sizeof(rx_buf)))

void qemu_uart_rx_handler(void) {
    for (;;) {
        if (RX_NEXT(rx_head) == rx_tail) {
            qemu_uart_rx_interrupt(false);
            return;
        }
        int c = qemu_uart_getc_nonblocking();
        if (c < 0) {
            return;
        }
        rx_buf[rx_head] = (uint8_t)c;
        rx_head = RX_NEXT(rx_head);
    }
}

static void rx_consumed(uint16_t new_tail) {
    rx_tail = new_tail;
    qemu_uart_rx_interrupt(true);
}

// The console is cooked as on CircuitPython boards: a LF not preceded by a
// CR goes out as CR LF (protocol strings that already say CR LF pass as
// they are).
void hal_stdout_write(const char *data, size_t len) {
    static char last;
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '\n' && last != '\r') {
            qemu_uart_putc('\r');
        }
        qemu_uart_putc(data[i]);
        last = data[i];
    }
}

void hal_stderr_write(const char *data, size_t len) { hal_stdout_write(data, len); }

int hal_stdin_read_byte(void) {
    for (;;) {
        if (rx_tail != rx_head) {
            uint8_t c = rx_buf[rx_tail];
            rx_consumed(RX_NEXT(rx_tail));
            return c;
        }
        __asm__ volatile("wfi");
    }
}

int hal_stdin_bytes_available(void) { return (int)((rx_head + sizeof(rx_buf) - rx_tail) % sizeof(rx_buf)); }

bool hal_interrupt_pending(void) {
    // A Ctrl-C anywhere in the unread input interrupts; it and what came
    // before it are dropped, the rest stays for the REPL.
    for (uint16_t i = rx_tail; i != rx_head; i = RX_NEXT(i)) {
        if (rx_buf[i] == 0x03) {
            interrupt_flag = true;
            rx_consumed(RX_NEXT(i));
            break;
        }
    }
    bool r = interrupt_flag;
    interrupt_flag = false;
    return r;
}

#define SYST_CVR (*(volatile uint32_t *)0xE000E018u)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014u)

uint64_t hal_monotonic_ns(void) {
    uint64_t ms;
    uint32_t cvr;
    do {
        ms = qemu_ms;
        cvr = SYST_CVR;
    } while (ms != qemu_ms);
    uint32_t ticks = SYST_RVR - cvr;   // counts down from the reload value
    return ms * 1000000u + (uint64_t)ticks * (1000000000u / QEMU_SYSCLK_HZ);
}

void hal_sleep_until_ns(uint64_t deadline_ns) {
    while (hal_monotonic_ns() < deadline_ns) {
        for (uint16_t i = rx_tail; i != rx_head; i = RX_NEXT(i)) {
            if (rx_buf[i] == 0x03) {
                return;   // hal_interrupt_pending() will report it
            }
        }
        __asm__ volatile("wfi");
    }
}

// No RTC: the wall clock starts at 2000-01-01 as on boards without one.
int64_t hal_time_s(void) { return 946684800 + (int64_t)(hal_monotonic_ns() / 1000000000u); }

void hal_fatal(const char *msg) {
    qemu_uart_puts("\r\ncopper: fatal: ");
    qemu_uart_puts(msg);
    qemu_uart_puts("\r\n");
    qemu_exit(70);
}

void hal_random_bytes(void *buf, size_t len) {
    static uint32_t state;
    if (state == 0) {
        state = (uint32_t)hal_monotonic_ns() | 1u;
    }
    for (size_t i = 0; i < len; i++) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        ((uint8_t *)buf)[i] = (uint8_t)state;
    }
}
