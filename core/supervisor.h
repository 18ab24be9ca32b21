// The CircuitPython workflow's state machine (core/supervisor.c): boot.py,
// code.py, the REPL, reloads, safe mode. Ports call supervisor_main();
// modules (supervisor, microcontroller, storage, usb_cdc, os) call the rest.
#ifndef COPPER_CORE_SUPERVISOR_H
#define COPPER_CORE_SUPERVISOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Why the board is in safe mode (CircuitPython's enum order, which
// supervisor.SafeModeReason follows).
typedef enum {
    SAFE_MODE_NONE,
    SAFE_MODE_BROWNOUT,
    SAFE_MODE_FLASH_WRITE_FAIL,
    SAFE_MODE_GC_ALLOC_OUTSIDE_VM,
    SAFE_MODE_HARD_FAULT,
    SAFE_MODE_INTERRUPT_ERROR,
    SAFE_MODE_MANUAL,
    SAFE_MODE_NLR_JUMP_FAIL,
    SAFE_MODE_NO_CIRCUITPY,
    SAFE_MODE_NO_HEAP,
    SAFE_MODE_PROGRAMMATIC,
    SAFE_MODE_SAFEMODE_PY_ERROR,
    SAFE_MODE_SDK_FATAL_ERROR,
    SAFE_MODE_STACK_OVERFLOW,
    SAFE_MODE_USB_BOOT_DEVICE_NOT_INTERFACE_ZERO,
    SAFE_MODE_USB_TOO_MANY_ENDPOINTS,
    SAFE_MODE_USB_TOO_MANY_INTERFACE_NAMES,
    SAFE_MODE_USER,
    SAFE_MODE_WATCHDOG,
    SAFE_MODE_COUNT
} SafeModeReason;

// supervisor.runtime.run_reason.
typedef enum {
    RUN_REASON_STARTUP,
    RUN_REASON_AUTO_RELOAD,
    RUN_REASON_SUPERVISOR_RELOAD,
    RUN_REASON_REPL_RELOAD,
} RunReason;

// What the supervisor needs from the port besides hal.h.
typedef struct {
    // A fresh Python heap and core (CircuitPython starts a new VM for
    // boot.py, each code.py run and each REPL session).
    void (*new_vm)(void);
    // Hardware back to its reset state between runs (pins, buses).
    void (*reset_board)(void);
    // True when the host changed a file on the drive since the last call.
    bool (*drive_changed)(void);
    // Sleeps until deadline_ns or until console input or a drive change
    // arrives, whichever is first.
    void (*idle_until)(uint64_t deadline_ns);
    // A terminal is attached to the console (supervisor.runtime.serial_connected).
    bool (*serial_connected)(void);
    // The console reached its end: true when a terminal is attached again
    // (a serial device: waits for the next one), false to end the session.
    bool (*console_reconnect)(void);
    // microcontroller.reset(): restart the whole start-up; safe_mode is the
    // reason the next start-up should use (SAFE_MODE_NONE: a normal one).
    // Does not return.
    void (*hard_reset)(SafeModeReason safe_mode);
    // The board's unique id (boot_out.txt's UID line); may be NULL.
    const uint8_t *uid;
    size_t uid_len;
    const char *board_id;   // boot_out.txt's "Board ID:" line
    const char *version;    // the full version line (banner, boot_out.txt line 1)
    bool settings_toml;     // the board reads settings.toml (not SAMD21)
    bool small_build;       // not CIRCUITPY_FULL_BUILD (the Trinket M0): no safemode.py,
                            // no double-extension code files
    // usb_cdc.data's channel (NULL: none): bytes readable now, a read that
    // never blocks, a write, and whether a terminal is attached.
    size_t (*data_available)(void);
    size_t (*data_read)(uint8_t *buf, size_t len);
    void (*data_write)(const uint8_t *buf, size_t len);
    bool (*data_connected)(void);
    // Writes a status-bar title (an OSC 0 sequence) to the serial console
    // only, the display's console only, or both (supervisor.status_bar
    // turns each off on its own). NULL: a port without a display; titles
    // go to hal_stdout_write.
    void (*write_status_bar)(const char *data, size_t len, bool serial, bool display);
} SupervisorPort;

// Runs start-up (safemode.py, boot.py, boot_out.txt), then code.py and the
// REPL until the console ends. Returns the process exit status.
int supervisor_main(const SupervisorPort *port, SafeModeReason safe_mode);

// True while supervisor_main runs (the --drive workflow).
bool supervisor_active(void);

// microcontroller.reset(): stops the program and restarts start-up
// (boot.py, then code.py). Without a supervisor the program exits.
_Noreturn void supervisor_reset(void);
// microcontroller.on_next_reset(): 0 normal, 1 safe mode, 2 bootloader
// (treated as normal on the host).
void supervisor_on_next_reset(int mode);

// --- supervisor module state ----------------------------------------------
bool supervisor_autoreload_enabled(void);
void supervisor_set_autoreload(bool on);
// supervisor.reload(): stops the program at the next poll and reruns it.
_Noreturn void supervisor_reload(void);
RunReason supervisor_run_reason(void);
SafeModeReason supervisor_safe_mode_reason(void);
bool supervisor_serial_connected(void);
// supervisor.set_next_code_file(); options are the SUPERVISOR_NEXT_CODE_* bits.
#define SUPERVISOR_NEXT_RELOAD_ON_SUCCESS 1
#define SUPERVISOR_NEXT_RELOAD_ON_ERROR 2
#define SUPERVISOR_NEXT_STICKY_ON_SUCCESS 4
#define SUPERVISOR_NEXT_STICKY_ON_ERROR 8
#define SUPERVISOR_NEXT_STICKY_ON_RELOAD 16
void supervisor_set_next_code_file(const char *name, size_t len, int options);
// The traceback of the last code.py run as text, or NULL.
const char *supervisor_previous_traceback(void);
// supervisor.ticks_ms(): ms since start-up, offset and wrapped as
// CircuitPython's (wraps 65.536 s after start-up, then every 2**29 ms).
uint32_t supervisor_ticks_ms(void);

// supervisor.status_bar: whether the status-bar title goes to the serial
// console and to the display (both on at start-up; kept across soft
// reboots). Setting one clears the old title and sends the current one.
bool supervisor_status_bar_console(void);
bool supervisor_status_bar_display(void);
void supervisor_set_status_bar_console(bool on);
void supervisor_set_status_bar_display(bool on);

// --- storage and usb_cdc state ----------------------------------------------
// True while boot.py (or safemode.py) runs: USB devices and mounts may change.
bool supervisor_in_boot(void);
// CIRCUITPY writable by Python (storage.remount("/", readonly=False));
// false by default: the host owns the drive.
bool supervisor_python_writable(void);
void supervisor_set_python_writable(bool on);
// storage.disable_usb_drive() / enable_usb_drive().
bool supervisor_usb_drive_enabled(void);
void supervisor_set_usb_drive_enabled(bool on);
// usb_cdc.enable(console=, data=).
bool supervisor_cdc_console_enabled(void);
bool supervisor_cdc_data_enabled(void);
void supervisor_set_cdc(bool console, bool data);
// The port's usb_cdc.data channel, NULL when it has none.
const SupervisorPort *supervisor_port(void);
// The settings.toml reader may run (board supports it, not in safe mode
// for the keys the supervisor reads).
bool supervisor_settings_available(void);

#endif
