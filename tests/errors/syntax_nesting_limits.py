# The tokenizer's nesting limits and bracket errors: 200 open brackets,
# 100 indentation levels (as CPython), with CPython's messages and
# locations, and the bracket checks of f-string expressions.
def check(src):
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.args)


for n in (1, 9, 17, 40):
    check("x = " + "([{" * n + "}])" * n)
for n in (98, 99, 100, 101):
    check("".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "pass\n")
check("".join("\t" * i + "if x:\n" for i in range(40)) + "\t" * 40 + "pass\n")
check("x = (1,\n [2,\n {3: 4\n")
check("x = (1,\n [2,\n {3: 4}\n)")
check("x = (1, [2, {3: 4})")
check("x = (\n(\n(\n(\n(\n(\n(\n(\n(\n(\n)]")
check("x = 1 + (2 *\n [3, 4\n")
check("if 1:\n\tif 2:\n        pass\n")
check("if 1:\n        x\n\ty\n")
check("if 1:\n    x\n  y\n")
check("f'{" + "([{" * 20 + "}])" * 20 + "}'")
check("f'{([{)}'")
check("f'{(]}'")
check("f'{[)}'")
check("f'{(}'")
check("f'{[1, (2, {3: (4)})]!r:>{10}}'")
