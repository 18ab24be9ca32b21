// Copper on QEMU's mps2-an385: set up the UART and the clock, hand the
// core its heap (what the linker left between .bss and the stack), then
// run the REPL on the UART.
#include "copper.h"
#include "qemu_board.h"

extern uint8_t _heap_start, _heap_end;

int main(void) {
    int stack_top_marker = 0;
    qemu_uart_init();
    qemu_clock_init();
    copper_init(&_heap_start, (size_t)(&_heap_end - &_heap_start), &stack_top_marker);
    int status = copper_repl();
    qemu_exit(status);
}
