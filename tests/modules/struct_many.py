# Many generated formats and values (a fixed LCG, so CPython and Copper see
# the same cases): pack, unpack, pack_into/unpack_from and iter_unpack.
import struct

def lcg():
    state = 12345
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state

R = lcg()

chars = 'xcbB?hHiIlLqQnNefdsp'
ints = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, 2 ** 31,
        2 ** 31 - 1, -2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64, -2 ** 63, 2 ** 63 - 1]
floats = [0.0, -1.5, 1e10, 1e-5, 3.14159, 65504.0, 70000.0, 1e39, -0.0, 1e-8]
for trial in range(800):
    order = ['', '@', '=', '<', '>', '!'][(next(R) % 6)]
    fmt = order
    toks = []
    for k in range((next(R) % 5)):
        c = chars[(next(R) % len(chars))]
        if c in 'nN' and order not in ('', '@'):
            c = 'i'
        cnt = ['', '', '2', '0', '3'][(next(R) % 5)]
        if cnt == '0' and c == 'p':
            cnt = '1'
        fmt += cnt + c
        toks.append((int(cnt) if cnt else 1, c))
    args = []
    for cnt, c in toks:
        if c in 'sp':
            args.append(bytes((next(R) % 256) for _ in range((next(R) % 6))))
            continue
        if c == 'x':
            continue
        for _ in range(cnt):
            if c == 'c':
                args.append(bytes([(next(R) % 256)]))
            elif c == '?':
                args.append([0, 1, 5, '', 'a'][(next(R) % 5)])
            elif c in 'efd':
                args.append(floats[(next(R) % len(floats))])
            else:
                args.append(ints[(next(R) % len(ints))])
    if (next(R) % 20) == 0 and args:
        args.pop()
    try:
        n = struct.calcsize(fmt)
        p = struct.pack(fmt, *args)
        u = struct.unpack(fmt, p)
        print(fmt, n, p, u)
        b = bytearray(n + 3)
        struct.pack_into(fmt, b, 3, *args)
        print(struct.unpack_from(fmt, b, 3) == u, list(struct.iter_unpack(fmt, p * 2)) if n else None)
    except Exception as e:
        print(fmt, type(e).__name__, e)
