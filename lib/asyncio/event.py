# Event and ThreadSafeFlag for Copper's asyncio. Waiters are futures, woken
# in the order they started waiting (as CPython's asyncio.Event).
from .core import get_event_loop


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        return '<Event [%s]>' % ('set' if self._value else 'unset')

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_event_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class ThreadSafeFlag:
    # CircuitPython's flag: set() may be called from anywhere (an interrupt
    # handler); wait() returns once it is set and clears it again.
    def __init__(self):
        self._flag = False
        self._waiter = None

    def set(self):
        self._flag = True
        w = self._waiter
        if w is not None and not w.done():
            w.set_result(None)

    def clear(self):
        self._flag = False

    async def wait(self):
        while not self._flag:
            if self._waiter is None or self._waiter.done():
                self._waiter = get_event_loop().create_future()
            await self._waiter
        self._flag = False
