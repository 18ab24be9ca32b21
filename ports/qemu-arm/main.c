// Copper on QEMU's mps2-an385: set up the UART and the clock, hand the
// core its heap (what the linker left between .bss and the stack), then run
// the CircuitPython workflow on the UART (boot.py, code.py from the drive,
// the REPL with its raw mode). microcontroller.reset() resets the CPU; the
// reason for safe mode survives the reset in RAM the start-up code leaves
// alone.
#include <string.h>
#include "copper.h"
#include "hal.h"
#include "hal_board.h"
#include "pins.h"
#include "qemu_board.h"
#include "repl.h"
#include "supervisor.h"
#include "vm.h"

extern uint8_t _heap_start, _heap_end;

#define RESET_MAGIC 0x43755265u   // "CuRe": next_safe_mode is valid
__attribute__((section(".noinit"))) static uint32_t reset_magic;
__attribute__((section(".noinit"))) static uint32_t next_safe_mode;

// Deep recursion in C (nested calls, the parser, the compiler) raises
// RecursionError while about 3 KB of stack are left for the deepest frames
// between two checks, rather than running into the heap below the stack.
static void set_stack_guard(void) {
    volatile char here;
    vm_set_c_stack_limit((size_t)((uintptr_t)&here - ((uintptr_t)&_heap_end + 3072)));
}

static void new_vm(void) {
    copper_reinit();
    set_stack_guard();
}

static void reset_board(void) { pins_reset(); }

static bool no_drive_change(void) { return false; }

static void idle_until(uint64_t deadline_ns) {
    while (hal_monotonic_ns() < deadline_ns && hal_stdin_bytes_available() == 0) {
        __asm__ volatile("wfi");
    }
}

static bool always(void) { return true; }

static void hard_reset(SafeModeReason safe_mode) {
    reset_magic = RESET_MAGIC;
    next_safe_mode = (uint32_t)safe_mode;
    // SCB->AIRCR: VECTKEY | SYSRESETREQ.
    *(volatile uint32_t *)0xE000ED0Cu = 0x05FA0004u;
    for (;;) {
    }
}

static char version[96];   // the banner's first line (66 characters)

int main(void) {
    int stack_top_marker = 0;
    qemu_uart_init();
    qemu_clock_init();
    SafeModeReason safe_mode = SAFE_MODE_NONE;
    if (reset_magic == RESET_MAGIC && next_safe_mode < SAFE_MODE_COUNT) {
        safe_mode = (SafeModeReason)next_safe_mode;
    }
    reset_magic = 0;
    copper_init(&_heap_start, (size_t)(&_heap_end - &_heap_start), &stack_top_marker);
    set_stack_guard();
    const HalBoard *b = hal_board();
    // "Copper 0.1.0 on 2026-12-07; Arm MPS2 AN385 (QEMU) with cortex-m3"
    const char *parts[] = {"Copper ", COPPER_VERSION, " on ", repl_build_date(), "; ", b->name, " with ", b->mcu};
    for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
        strncat(version, parts[i], sizeof(version) - strlen(version) - 1);
    }
    static SupervisorPort port;
    port.new_vm = new_vm;
    port.reset_board = reset_board;
    port.drive_changed = no_drive_change;
    port.idle_until = idle_until;
    port.serial_connected = always;
    port.console_reconnect = always;
    port.hard_reset = hard_reset;
    port.uid = b->uid;
    port.uid_len = b->uid_len;
    port.board_id = b->id;
    port.version = version;
    port.settings_toml = true;
    qemu_exit(supervisor_main(&port, safe_mode));
}
