// Start-up for the Cortex-M3 of QEMU's mps2-an385: the vector table, the
// reset handler (copy .data from flash, clear .bss, call main) and the
// handlers of faults, which report and stop.
#include <stdint.h>
#include <string.h>
#include "qemu_board.h"

extern uint32_t _data_load, _data_start, _data_end, _bss_start, _bss_end, _stack_top;
int main(void);
void reset_handler(void);
void fault_handler(void);
void default_handler(void);

void reset_handler(void) {
    memcpy(&_data_start, &_data_load, (size_t)((char *)&_data_end - (char *)&_data_start));
    memset(&_bss_start, 0, (size_t)((char *)&_bss_end - (char *)&_bss_start));
    main();
    for (;;) {
    }
}

void fault_handler(void) {
    qemu_uart_puts("\r\ncopper: hard fault\r\n");
    qemu_exit(3);
}

void default_handler(void) {
    qemu_uart_puts("\r\ncopper: unexpected interrupt\r\n");
    qemu_exit(3);
}

__attribute__((section(".vectors"), used)) static const void *const vectors[16 + 32] = {
    &_stack_top,
    reset_handler,
    default_handler,   // NMI
    fault_handler,     // HardFault
    fault_handler,     // MemManage
    fault_handler,     // BusFault
    fault_handler,     // UsageFault
    0, 0, 0, 0,
    default_handler,   // SVCall
    default_handler,   // DebugMonitor
    0,
    default_handler,   // PendSV
    qemu_systick_handler,
    // External interrupts: UART0's receive; a stray one stops the board.
    [16] = qemu_uart_rx_irq,
    [17 ... 47] = default_handler,
};
