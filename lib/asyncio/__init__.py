# asyncio for Copper, as CircuitPython provides it (run, create_task, sleep,
# sleep_ms, gather, wait_for, wait_for_ms, Event, ThreadSafeFlag, Lock, Task,
# the loop functions) plus the parts of CPython's asyncio that programs
# written for both commonly use (Future, Queue, shield, current_task,
# all_tasks). Scheduling follows CPython 3.11 so output matches it.
from .task import CancelledError, InvalidStateError, Future, Task, iscoroutine, isfuture
from .core import (Loop, Handle, TimerHandle, get_event_loop, get_running_loop,
                   set_event_loop, new_event_loop, current_task, all_tasks,
                   ensure_future, create_task, sleep, sleep_ms, run,
                   run_until_complete)
from .funcs import gather, wait_for, wait_for_ms, shield
from .event import Event, ThreadSafeFlag
from .lock import Lock

TimeoutError = TimeoutError

__version__ = (3, 0, 0)


def __getattr__(name):
    # Loaded on first use, so programs that do not queue pay nothing for it.
    if name in ('Queue', 'QueueEmpty', 'QueueFull'):
        from .queues import Queue, QueueEmpty, QueueFull
        g = globals()
        g['Queue'] = Queue
        g['QueueEmpty'] = QueueEmpty
        g['QueueFull'] = QueueFull
        return g[name]
    raise AttributeError("module 'asyncio' has no attribute '%s'" % name)
