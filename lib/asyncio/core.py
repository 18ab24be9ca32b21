# The event loop of Copper's asyncio: a FIFO of ready callbacks and a heap
# of timers keyed on time.monotonic_ns(). Each round runs the callbacks
# that were ready when it began (as CPython's BaseEventLoop._run_once);
# when nothing is ready the loop sleeps with time.sleep until the next
# timer is due. Also here: the loop-finding functions, sleep and run.
import sys
import time
from .task import (CancelledError, InvalidStateError, Future, Task, isfuture,
                   iscoroutine)

_monotonic_ns = time.monotonic_ns
_sleep = time.sleep


def _format_callback(cb, args):
    # As CPython's format_helpers: "qualname(args) at file:line".
    text = getattr(cb, '__qualname__', None) or repr(cb)
    text += '(' + ', '.join([repr(a) for a in args]) + ')'
    code = getattr(getattr(cb, '__func__', cb), '__code__', None)
    if code is not None:
        text += ' at %s:%s' % (code.co_filename, code.co_firstlineno)
    return text


class Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        return '<%s%s %r>' % (type(self).__name__,
                              ' cancelled' if self._cancelled else '', self._callback)

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _format_callback(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    def __init__(self, when, seq, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when        # monotonic ns
        self._seq = seq          # equal deadlines run first-come first-served

    def when(self):
        return self._when / 1e9

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._loop._timer_cancelled_count += 1


def _before(a, b):
    return a._when < b._when or (a._when == b._when and a._seq < b._seq)


def _heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) >> 1
        p = heap[parent]
        if not _before(item, p):
            break
        heap[i] = p
        i = parent
    heap[i] = item


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    i = 0
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and _before(heap[child + 1], heap[child]):
            child += 1
        if not _before(heap[child], last):
            break
        heap[i] = heap[child]
        i = child
    heap[i] = last
    return top


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut._loop.stop()


class Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._timer_seq = 0
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._tasks = {}          # pending tasks, in creation order
        self._unretrieved = []    # futures whose exception nobody has seen yet
        self._exception_handler = None

    def __repr__(self):
        return '<Loop running=%s closed=%s>' % (self._running, self._closed)

    # --- scheduling ---

    def time(self):
        return _monotonic_ns() / 1e9

    def call_soon(self, callback, *args, context=None):
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_at(self, when, callback, *args, context=None):
        return self._call_at_ns(int(when * 1e9), callback, args)

    def call_later(self, delay, callback, *args, context=None):
        return self._call_at_ns(_monotonic_ns() + int(delay * 1e9), callback, args)

    def _call_at_ns(self, when, callback, args):
        self._timer_seq += 1
        h = TimerHandle(when, self._timer_seq, callback, args, self)
        _heap_push(self._timers, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # --- running ---

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _run_once(self):
        timers = self._timers
        if self._timer_cancelled_count > 8 and self._timer_cancelled_count * 2 > len(timers):
            live = [h for h in timers if not h._cancelled]
            live.sort(key=lambda h: (h._when, h._seq))
            self._timers = timers = live
            self._timer_cancelled_count = 0
        while timers and timers[0]._cancelled:
            _heap_pop(timers)
            self._timer_cancelled_count -= 1
        if not self._ready and not self._stopping:
            # Idle: sleep until the next timer (or forever, as CPython would).
            while True:
                delay = timers[0]._when - _monotonic_ns() if timers else 1000000000
                if delay <= 0:
                    break
                _sleep(delay / 1e9)
        end = _monotonic_ns()
        ready = self._ready
        while timers:
            h = timers[0]
            if h._when > end:
                break
            _heap_pop(timers)
            if h._cancelled:
                self._timer_cancelled_count -= 1
            else:
                ready.append(h)
        if not ready:
            return
        self._ready = []
        i = 0
        n = len(ready)
        try:
            while i < n:
                h = ready[i]
                i += 1
                if not h._cancelled:
                    h._run()
        except BaseException:
            # Keep what did not run for the next round (after Ctrl-C, say).
            self._ready = ready[i:] + self._ready
            raise

    def run_forever(self):
        global _running_loop
        self._check_closed()
        self._check_running()
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._timers = []
        self._report_unretrieved()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    # --- errors ---

    # A future got an exception: remember it so that an exception nobody
    # retrieved is reported (on stderr, as CPython does when the future is
    # collected). Only a few are kept so a long-running loop cannot grow.
    def _note_exception(self, fut):
        u = self._unretrieved
        u.append(fut)
        if len(u) > 8:
            self._unretrieved = [f for f in u if f._log_traceback]
            if len(self._unretrieved) > 8:
                self._report_one(self._unretrieved.pop(0))

    def _report_one(self, fut):
        if fut._log_traceback:
            fut._log_traceback = False
            msg = ('Task exception was never retrieved' if isinstance(fut, Task)
                   else 'Future exception was never retrieved')
            self.call_exception_handler({'message': msg, 'exception': fut._exception,
                                         'future': fut})

    def _report_unretrieved(self):
        u = self._unretrieved
        self._unretrieved = []
        for f in u:
            self._report_one(f)

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        out = sys.stderr
        out.write(context.get('message', 'Unhandled exception in event loop') + '\n')
        fut = context.get('future')
        if fut is not None:
            out.write('future: %r\n' % (fut,))
        exc = context.get('exception')
        if exc is not None:
            if hasattr(sys, 'print_exception'):
                sys.print_exception(exc, out)
            else:
                out.write('%s: %s\n' % (type(exc).__name__, exc))

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


# --- finding the loop ---

_running_loop = None
_event_loop = None


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop(runq_len=0, waitq_len=0):
    # CircuitPython accepts (and ignores) the two queue sizes.
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop._closed:
        _event_loop = Loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    # As in CircuitPython, the new loop is also the current one.
    global _event_loop
    _event_loop = Loop()
    return _event_loop


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


# --- sleeping ---

class _Yield:
    # Awaiting this gives the loop one round: the task is re-queued.
    def __await__(self):
        yield


_yield = _Yield()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield
        return result
    loop = get_running_loop()
    future = Future(loop=loop)
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def sleep_ms(t):
    return sleep(t / 1000)


# --- running a program ---

def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for t in to_cancel:
        t.cancel()
    from .funcs import gather
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for t in to_cancel:
        if t.cancelled():
            continue
        if t.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': t.exception(),
                'task': t,
            })


def run(main, *, debug=None):
    global _event_loop
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = Loop()
    _event_loop = loop
    try:
        return loop.run_until_complete(loop.create_task(main))
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            _event_loop = None
            loop.close()


def run_until_complete(main_task=None):
    # CircuitPython's module-level form.
    loop = get_event_loop()
    if main_task is None:
        return loop.run_forever()
    return loop.run_until_complete(main_task)
