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

TimeoutError = TimeoutError

__version__ = (3, 0, 0)

# The rest is compiled on first use, as in CircuitPython, so a program pays
# RAM only for what it touches.
_lazy = {
    'gather': 'funcs', 'wait_for': 'funcs', 'wait_for_ms': 'funcs', 'shield': 'funcs',
    'Event': 'event', 'ThreadSafeFlag': 'event',
    'Lock': 'lock',
    'Queue': 'queues', 'QueueEmpty': 'queues', 'QueueFull': 'queues',
}


def __getattr__(name):
    sub = _lazy.get(name)
    if sub is None and name in _lazy.values():
        # `from asyncio import event` asks here before importing the
        # submodule; Copper's import does not treat our AttributeError as
        # "absent", so load it.
        return __import__('asyncio.' + name, None, None, ['*'])
    if sub is None:
        raise AttributeError("module 'asyncio' has no attribute '%s'" % name)
    mod = __import__('asyncio.' + sub, None, None, ['*'])
    value = getattr(mod, name)
    globals()[name] = value
    return value
