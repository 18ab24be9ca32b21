// The port contract: everything the core needs from the outside world.
// Each port implements these once (ports/unix/hal_unix.c, ...). The core
// never includes an OS header; it calls only these.
// Functions return 0 or a non-negative result on success and -errno on
// failure; the core's bindings turn codes into Python exceptions.
#ifndef COPPER_HAL_HAL_H
#define COPPER_HAL_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// --- console -------------------------------------------------------------
void hal_stdout_write(const char *data, size_t len);
void hal_stderr_write(const char *data, size_t len);   // the console on boards
// Blocking read of one byte from the console; -1 at end of input, -2 when
// interrupted by Ctrl-C (hal_interrupt_pending() then reports it).
int hal_stdin_read_byte(void);
int hal_stdin_bytes_available(void);   // bytes readable now without blocking (1 at end of input), 0 if none
// True once per Ctrl-C (SIGINT on the host, 0x03 on the UART); clears it.
bool hal_interrupt_pending(void);

// --- time ----------------------------------------------------------------
uint64_t hal_monotonic_ns(void);
// Sleeps until the monotonic clock reaches `deadline_ns` (returns early if an
// interrupt becomes pending).
void hal_sleep_until_ns(uint64_t deadline_ns);
// Wall-clock seconds since the epoch (boards without an RTC start at 2000-01-01).
int64_t hal_time_s(void);

// --- storage (the CIRCUITPY filesystem; paths are '/'-separated) ----------
#define HAL_O_READ 1
#define HAL_O_WRITE 2
#define HAL_O_CREATE 4
#define HAL_O_TRUNC 8
#define HAL_O_APPEND 16
#define HAL_O_EXCL 32
int hal_file_open(const char *path, int flags);          // handle >= 0
int hal_file_close(int handle);
long hal_file_read(int handle, void *buf, size_t len);   // bytes read, 0 at end
long hal_file_write(int handle, const void *buf, size_t len);
long hal_file_seek(int handle, long offset, int whence); // new position
typedef struct {
    bool is_dir;
    uint64_t size;
    int64_t mtime;
} HalStat;
int hal_stat(const char *path, HalStat *st);
// Calls `cb` for each entry name in a directory (not "." or "..").
int hal_listdir(const char *path, void (*cb)(void *ctx, const char *name), void *ctx);
int hal_mkdir(const char *path);
int hal_rmdir(const char *path);
int hal_remove(const char *path);
int hal_rename(const char *from, const char *to);
int hal_getcwd(char *buf, size_t len);
int hal_chdir(const char *path);

// --- system --------------------------------------------------------------
_Noreturn void hal_fatal(const char *msg);
// Fills `buf` with random bytes from the best source the port has.
void hal_random_bytes(void *buf, size_t len);

#endif
