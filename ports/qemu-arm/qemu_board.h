// The mps2-an385 hardware the qemu-arm port drives directly: the CMSDK
// UART0 (console), SysTick (the clock), FPGAIO (LEDs, buttons) and the
// semihosting exit call QEMU offers with -semihosting.
#ifndef COPPER_PORTS_QEMU_BOARD_H
#define COPPER_PORTS_QEMU_BOARD_H

#include <stdbool.h>
#include <stdint.h>

#define QEMU_SYSCLK_HZ 25000000u

void qemu_uart_init(void);
void qemu_uart_putc(char c);
void qemu_uart_puts(const char *s);
int qemu_uart_getc_nonblocking(void);   // -1 when nothing arrived
void qemu_uart_rx_interrupt(bool on);   // the receive interrupt on/off
void qemu_uart_rx_irq(void);            // its vector (uart_clock.c)
void qemu_uart_rx_handler(void);        // moves received bytes to the console (hal_qemu.c)

void qemu_clock_init(void);
void qemu_systick_handler(void);

// The CIRCUITPY drive: a FAT image QEMU loads into the 16 MB PSRAM
// (`-device loader,file=drive.img,addr=0x21000000,force-raw=on`).
#define QEMU_DRIVE_ADDR 0x21000000u
#define QEMU_DRIVE_MAX (16u << 20)
int qemu_drive_space(uint32_t *free_blocks, uint32_t *total_blocks, uint32_t *block_bytes);

// Stops the emulator with a status (semihosting); loops when QEMU runs
// without semihosting.
_Noreturn void qemu_exit(int status);

#endif
