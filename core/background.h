// Background work the hardware modules schedule (keypad scanning, ...):
// a task runs when the board clock passes its due time, from the VM's
// periodic poll (every few dozen backward jumps and calls) and from
// background_sleep_until(), which every blocking wait in modules/ uses so
// tasks keep running while a program sleeps.
#ifndef COPPER_CORE_BACKGROUND_H
#define COPPER_CORE_BACKGROUND_H

#include <stdbool.h>
#include <stdint.h>

typedef struct BackgroundTask BackgroundTask;
struct BackgroundTask {
    void (*run)(BackgroundTask *task);  // may reschedule itself; may raise
    uint64_t due_ns;                    // board clock (hal_monotonic_ns)
    BackgroundTask *next;
    bool queued;
};

// A task is usually embedded in a heap object; while queued the object is
// kept alive (the queue is a GC root), as CircuitPython keeps a keypad
// scanning until deinit() or a reload.
void background_schedule(BackgroundTask *task, uint64_t due_ns);
void background_cancel(BackgroundTask *task);
// Drops every task (soft reload).
void background_reset(void);
// Runs the tasks that are due now.
void background_run_due(void);
// Sleeps until the board clock reaches deadline_ns, running tasks as they
// fall due. Returns false early when Ctrl-C arrived (hal_interrupt_pending
// consumed it: the caller raises KeyboardInterrupt).
bool background_sleep_until(uint64_t deadline_ns);
void background_init(void);

#endif
