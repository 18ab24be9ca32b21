# Queue for Copper's asyncio (CPython 3.11's algorithm): put() waits while
# the queue is full, get() while it is empty; each wakes the next waiter of
# the other side.
from collections import deque
from .core import get_event_loop
from .event import Event


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


def _wakeup_next(waiters):
    while waiters:
        waiter = waiters.popleft()
        if not waiter.done():
            waiter.set_result(None)
            break


def _forget(waiters, w):
    try:
        waiters.remove(w)
    except ValueError:
        pass


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._queue = deque()

    def __repr__(self):
        return '<Queue maxsize=%r qsize=%d>' % (self._maxsize, len(self._queue))

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return len(self._queue) >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_event_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                _forget(self._putters, putter)
                if not self.full() and not putter.cancelled():
                    _wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wakeup_next(self._getters)

    async def get(self):
        while not self._queue:
            getter = get_event_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                _forget(self._getters, getter)
                if self._queue and not getter.cancelled():
                    _wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if not self._queue:
            raise QueueEmpty
        item = self._queue.popleft()
        _wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()
