# select on the console: the runner gives stdin /dev/null (at end of input,
# so readable); stdout is always writable.
import select, sys
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
p = select.poll()
p.register(sys.stdin, select.POLLIN)
r = p.poll(0)
print(len(r), [ev & select.POLLIN for _, ev in r])
p.modify(sys.stdin, select.POLLIN)
print(len(p.poll(0)) <= 1)
p.unregister(sys.stdin)
print(len(p.poll(0)) <= 1)
try:
    p.unregister(sys.stdin)
except KeyError:
    print('KeyError')
try:
    p.modify(sys.stdin, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno)
p.register(sys.stdout, select.POLLOUT)
print([ev for _, ev in p.poll(10)])
print(select.select([sys.stdin], [], [], 0) == ([sys.stdin], [], []))
print(select.select([], [sys.stdout], [], 0.01) == ([], [sys.stdout], []))
print(select.select([], [], [], 0))
