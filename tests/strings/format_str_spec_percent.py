for spec in ["10", "*^9", "=5", "+5", "<3", ">8.2", "", "s", "d", ".0", "x<5", "é^7", "05", ",", "#"]:
    try:
        print(repr(spec), repr(format("abc", spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
class S(str): pass
print(format(S("q"), ""), type(format(S("q"), "")).__name__, format(S("q"), ">3"))
print("{0:{1}{2}}".format("ab", ">", 6), "{:{fill}^{w}}".format("x", fill="-", w=5))
print("{0[1]}{0[0]}".format(("a","b")), "{.__class__.__name__}".format("s"))
print("{!s:>4}|{!a:<5}|".format("é", "é"))
print("%5c|%-3c|" % ("x", 0x20ac))
print("%s" % (1,), "%s" % [1], "%s" % ((1, 2),), "%r" % ((1, 2),))
print("%.0s|%.1s" % ("abc", "é😀"))
print("%i %u" % (3, 4), "%+.3e" % 1.5, "%#o %#X" % (8, 255), "% 5d|" % 42, "%-6.2f|" % 2.5)
print("%*.*f|" % (8, 3, 3.14159), "%-*s|" % (6, "ab"))
print("%(a)s%(a)s" % {"a": "x"}, "%(a)-4s|" % {"a": "y"})
d = {"x": 1}
print("%(x)s %%" % d)
