// The background task queue (background.h): a list sorted by due time.
#include <stddef.h>
#include "background.h"
#include "gc.h"
#include "../hal/hal.h"

static BackgroundTask *queue;   // sorted by due_ns, earliest first
static bool running;            // no re-entry from a task's own poll

void background_init(void) {
    queue = NULL;
    gc_add_root(&queue, sizeof(queue));
}

void background_cancel(BackgroundTask *task) {
    if (!task->queued) {
        return;
    }
    for (BackgroundTask **p = &queue; *p != NULL; p = &(*p)->next) {
        if (*p == task) {
            *p = task->next;
            break;
        }
    }
    task->next = NULL;
    task->queued = false;
}

void background_schedule(BackgroundTask *task, uint64_t due_ns) {
    background_cancel(task);
    task->due_ns = due_ns;
    BackgroundTask **p = &queue;
    while (*p != NULL && (*p)->due_ns <= due_ns) {
        p = &(*p)->next;
    }
    task->next = *p;
    *p = task;
    task->queued = true;
}

void background_reset(void) {
    while (queue != NULL) {
        background_cancel(queue);
    }
}

void background_run_due(void) {
    if (queue == NULL || running) {
        return;
    }
    uint64_t now = hal_monotonic_ns();
    running = true;
    // A task that raises must not leave `running` set: take each task off
    // the queue before it runs, and clear the flag around the call.
    while (queue != NULL && queue->due_ns <= now) {
        BackgroundTask *t = queue;
        background_cancel(t);
        running = false;
        t->run(t);
        running = true;
    }
    running = false;
}

bool background_sleep_until(uint64_t deadline_ns) {
    for (;;) {
        background_run_due();
        uint64_t now = hal_monotonic_ns();
        if (now >= deadline_ns) {
            return true;
        }
        uint64_t until = deadline_ns;
        if (queue != NULL && queue->due_ns < until) {
            until = queue->due_ns;
        }
        hal_sleep_until_ns(until);
        if (hal_interrupt_pending()) {
            return false;
        }
    }
}
