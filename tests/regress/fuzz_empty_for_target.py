# Regressions found by the fuzzer: comprehensions and loops whose target is
# an empty tuple, in valid and malformed programs.
sources = [
    "x = (c for():\n  pass)\n",
    "x = [c for() in y]\n",
    "print([1 for () in [(), ()]])\n",
    "for () in [()]:\n    print('loop ok')\n",
    "print(''.join(chr(ord(c) + 1) for():\n    t = 1\n",
]
for src in sources:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
    except NameError as e:
        print("NameError:", e)
