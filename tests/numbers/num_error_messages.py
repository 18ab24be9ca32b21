# Format-spec and number error messages (ValueError/TypeError texts).
tests = [
 "format(1.5,'d')", "format(1,'s')", "format('a','d')", "format(1,'.2d')", "format(1,'z')",
 "format(1,'xx')", "format(1,',x')", "format(1,'_x')", "format(1,'_o')", "format(1,',b')", "format(1,'_b')",
 "format(1,',c')", "format(1,'+c')", "format(1,'#c')", "format(1,'c')", "format(-1,'c')", "format(0x110000,'c')",
 "format('a','+')", "format('a','=')", "format('a','#')", "format('a',',')","format('a','z')", "format('a','05')",
 "format(1.5,',_')","format(1,'_,')", "format(1,',,')", "format(1.0,'#')", "format(1,'=^')", "format(1.0,'c')",
 "format(1,'1000000000000000000000')", "format(1,'.1000000000000000000000f')",
 "format(1,'.')", "format(1.0,'.f')", "format(1, 'z')", "format(1, 'zd')", "format(1.0,'z')", "format('a','z')",
 "format(1,'n')", "format(1.5,'n')", "format(True,'^10')", "format(True,'')", "format(True,'s')",
 "format(1.0, ',n')", "format(1, ',n')", "format(1,'.2')", "format(1,'.2n')", "format(1.5,'.2n')",
 "format(1,'=5s')", "format(1,'05s')", "format('a','=5')", "format('a','05')", "format('a','<05')",
 "format(1,'\\x00<5')", "format(1, 'é<5')", "format(1,'%')", "format(1.5,'x')", "format(1, 'X')",
 "format(12345.678,'_')","format(1e20,',')", "format(-0.0,'z')", "format(-0.0,'zf')", "format(-0.0,'z.1f')",
 "format(1,'-')", "format(1,'+')", "format(1,' ')", "format(1,'#')", "format(1,'#o')", "format(255,'#X')",
 "format(255,'#_b')", "format(1e100,'d')", "'%d' % 'a'", "'%x' % 1.5", "'%f' % 'a'", "'%d' % 1.5", "'%c' % 1.5",
 "'%x' % True", "'%d' % True", "'%.3d' % 5", "'%#x' % 255", "'%#o' % 8", "'%e' % 1", "'%+05d' % 3", "'%-5d|' % 3",
 "'% d' % 3", "'%.2s' % 'abc'", "'%5.1f' % 2.25", "'%g' % 1e-5", "'%#g' % 1.0", "'%#.0f' % 1.0", "'%#.0e' % 1.0", "'%.0f' % 0.5",
 "'%u' % -3", "'%i' % 3.9", "'%x' % -255", "'%#X' % -255", "'%o' % -8", "'%#o' % -8", "'%d' % 10**30", "'%x' % 10**30",
 "'%f' % 10**30", "'%f' % 10**400", "'%d' % float('inf')", "'%d' % float('nan')", "'%f' % float('nan')", "'%05f' % float('inf')",
 "'%e' % 10**400", "'%.1000f' % 1",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '-> EXC', type(e).__name__, e)
