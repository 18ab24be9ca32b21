# str subclass
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("abc")
print(s.shout(), repr(s), str(s), s * 2, "x" + s, s in "xabcx", "b" in s, s[::-1], s.split("b"))
print(sorted([S("b"), "a", S("c")]), {s: 1}["abc"], s == "abc", hash(s) == hash("abc"))
print("%s|%r" % (s, s), "{}".format(s), f"{s}", f"{s!r:>8}")
class B(bytes):
    pass
b = B(b"xyz")
print(b, len(b), b[0], b + b"!", b.upper(), isinstance(b, bytes))
# bytes subclass with __bytes__
class HasBytes:
    def __bytes__(self):
        return b"hb"
print(bytes(HasBytes()), b"%s" % HasBytes())
# formatting numbers via format()
print("{:5d}|{:<5d}|{:05d}|{:x}|{:#b}|{:.2e}|{:g}|{:%}".format(42, 42, 42, 255, 5, 12345.678, 0.5, 0.25))
print("{:,.2f}".format(1234567.891), "{:>10.3s}|".format("abcdef"), "{:^10}|".format("é"))
print(f"{3.14159:.2f} {42:>5} {'x':*<4} {10**20} {-5:+d}")
# join/split roundtrip with unicode
words = ["naïve", "café", "Ωmega", "😀x"]
j = " | ".join(words)
print(j, j.split(" | ") == words, len(j), j.upper(), j.encode("utf-8")[:10])
# index loop over non-ascii (exercises cache)
t = "ab€" * 200
acc = 0
for i in range(len(t)):
    if t[i] == "€":
        acc += i
print(acc, t.count("€"), t.find("€", 100), t.rfind("a", 0, 50), t[-1], t[-2:], t[::150])
for i in range(len(t) - 1, -1, -97):
    print(i, t[i], end="; ")
print()
# string building
parts = []
for i in range(1000):
    parts.append(str(i))
big = "".join(parts)
print(len(big), big[:20], big[-20:], big.count("99"))
s2 = ""
for i in range(300):
    s2 += "é"
print(len(s2), len(s2.encode()), s2[150], s2.index("é"))
# comparisons and sorting
print(sorted(["b", "B", "a", "é", "e", "É", "", "ab"]), max(["x", "xy"]), "abc" < "abd" < "b")
# str methods on empty
e = ""
print(e.split(), e.split(","), e.strip(), e.upper(), e.center(3), e.zfill(2), e.partition("x"), e.splitlines(), e.isalpha(), e.join(["a", "b"]), e.find(""), e.count(""), e.replace("", "x"))
# misc
print("a\u00e9".isascii(), "a".isascii(), "Ⅻ".isnumeric(), "ǅ".istitle(), "Σσ".swapcase(), "ǉ".title(), "ŉ".upper())
print(str(), str(""), str(42), str(b"x", "latin-1"), str(object=5))
print(repr("\x85\xa0\u2028\u3000\ufeff\U000e0001"))
print(ascii("abc"), ascii("ü"), ascii(["é"]), ascii(b"\xff"))
print("x".join(map(str, range(3))), "-".join(iter(["a", "b"])), ",".join({"k": 1}))
try:
    "abc"[1] = "x"
except TypeError as ex:
    print(ex)
try:
    del "abc"[0]
except TypeError as ex:
    print(ex)
try:
    ord("ab")
except TypeError as ex:
    print(ex)
try:
    "a" < 1
except TypeError as ex:
    print(ex)
print("a" == 1, "a" != 1, b"a" == "a")
print(" ".join(["a"] * 3), "ab" * 3 == "ababab", "é" * 3)
print("abc".__contains__("b") if hasattr(str, "__contains__") else True)
x = "hello"
x += " world"
print(x, x.title(), x.capitalize(), x.swapcase(), x.casefold())
print("tab\tsep".split("\t"), "a  b".split(" "), "line1\nline2\n".splitlines(), "line1\nline2\n".split("\n"))
print("%-10s|%10s|" % ("left", "right"), "%3d%%" % 50, "%.3s" % "abcdef", "%5.1f" % 3.14159)
print("%(name)s is %(age)d" % {"name": "Al", "age": 3})
print(b"abc".hex(), bytes.fromhex("deadbeef"), bytearray(b"abc").hex("-"), list(bytes(range(5))))
ba = bytearray()
for i in range(10):
    ba.append(65 + i)
ba += b"xyz"
ba[0] = 97
del ba[1]
print(ba, len(ba), ba.decode(), bytes(ba), ba.find(b"x"), ba.count(70), ba.pop(), ba)
