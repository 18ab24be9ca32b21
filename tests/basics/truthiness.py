vals = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b'', b'0', -0.0]
for v in vals:
    print(repr(v), bool(v))
