// The CMSDK APB UART0 of the mps2-an385 (QEMU wires it to -serial) and the
// SysTick timer that counts milliseconds for the board clock.
#include "qemu_board.h"

#define UART0_BASE 0x40004000u
#define UART_DATA (*(volatile uint32_t *)(UART0_BASE + 0x00))
#define UART_STATE (*(volatile uint32_t *)(UART0_BASE + 0x04))
#define UART_CTRL (*(volatile uint32_t *)(UART0_BASE + 0x08))
#define UART_BAUDDIV (*(volatile uint32_t *)(UART0_BASE + 0x10))
#define UART_STATE_TX_FULL 1u
#define UART_STATE_RX_FULL 2u

#define SYST_CSR (*(volatile uint32_t *)0xE000E010u)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014u)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018u)

#define UART_INTSTATUS (*(volatile uint32_t *)(UART0_BASE + 0x0C))
#define UART_CTRL_RX_INT 8u
#define NVIC_ISER0 (*(volatile uint32_t *)0xE000E100u)
#define UART0_RX_IRQ 0

void qemu_uart_init(void) {
    UART_BAUDDIV = QEMU_SYSCLK_HZ / 115200u;
    UART_CTRL = 3 | UART_CTRL_RX_INT;   // TX and RX enabled, receive interrupt
    NVIC_ISER0 = 1u << UART0_RX_IRQ;
}

void qemu_uart_rx_interrupt(bool on) {
    UART_CTRL = on ? (UART_CTRL | UART_CTRL_RX_INT) : (UART_CTRL & ~UART_CTRL_RX_INT);
}

void qemu_uart_rx_irq(void) {
    UART_INTSTATUS = 2;   // clear the receive interrupt
    qemu_uart_rx_handler();
}

void qemu_uart_putc(char c) {
    while (UART_STATE & UART_STATE_TX_FULL) {
    }
    UART_DATA = (uint8_t)c;
}

void qemu_uart_puts(const char *s) {
    while (*s) {
        qemu_uart_putc(*s++);
    }
}

int qemu_uart_getc_nonblocking(void) {
    if (UART_STATE & UART_STATE_RX_FULL) {
        return (int)(UART_DATA & 0xFF);
    }
    return -1;
}

// --- SysTick: one interrupt per millisecond ---------------------------------
volatile uint64_t qemu_ms;

void qemu_clock_init(void) {
    SYST_RVR = QEMU_SYSCLK_HZ / 1000u - 1;
    SYST_CVR = 0;
    SYST_CSR = 7;   // processor clock, interrupt, enabled
}

void qemu_systick_handler(void) { qemu_ms++; }

void qemu_exit(int status) {
    // SYS_EXIT_EXTENDED (0x20) with ADP_Stopped_ApplicationExit and the status.
    static volatile uint32_t block[2];
    block[0] = 0x20026;
    block[1] = (uint32_t)status;
    register uint32_t r0 __asm__("r0") = 0x20;
    register volatile uint32_t *r1 __asm__("r1") = block;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    for (;;) {
    }
}
