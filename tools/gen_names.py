#!/usr/bin/env python3
# Generates names_gen.h and names_gen.c from the names*.def lists,
# core/exceptions.def and the identifiers used by the frozen modules in lib/. The table is sorted by the UTF-8 bytes of each
# name so core/intern.c can binary-search it; hashes are FNV-1a 32-bit, the
# same function as str_hash_bytes in core/intern.c.
#   gen_names.py ROOT OUTDIR
#       every name (build/gen: the host, asan, fuzz and qemu builds)
#   gen_names.py ROOT OUTDIR --preprocess 'CC FLAGS' SOURCE.c...
#       a small board's table (mk/small.mk): the core's names, the frozen
#       identifiers and, of the names of modules/names*.def, those that the
#       sources, preprocessed with the board's header, still name (N_x or
#       NAME(x)). A module the board leaves out then costs its names no
#       flash. A name missing from the table is still interned, on the
#       heap, when a program first uses it.
import argparse, ast, glob, keyword, os, re, shlex, subprocess, sys, tokenize

def fnv1a(b):
    h = 2166136261
    for c in b:
        h ^= c
        h = (h * 16777619) & 0xFFFFFFFF
    return h if h != 0 else 1

def frozen_identifiers(libdir):
    found = set()
    for path in sorted(glob.glob(os.path.join(libdir, '**', '*.py'), recursive=True)):
        file_names = set()
        with open(path, 'rb') as f:
            for tok in tokenize.tokenize(f.readline):
                if tok.type == tokenize.NAME and not keyword.iskeyword(tok.string):
                    file_names.add(tok.string)
                elif tok.type == tokenize.STRING:
                    # The compiler interns identifier-like string constants.
                    try:
                        v = ast.literal_eval(tok.string)
                    except (ValueError, SyntaxError):
                        continue
                    if isinstance(v, str) and v.isidentifier():
                        file_names.add(v)
        # Private names are mangled with the class they appear in
        # (__x in class C is _C__x): add that form for each class of the file.
        with open(path, 'rb') as f:
            classes = [n.name for n in ast.walk(ast.parse(f.read())) if isinstance(n, ast.ClassDef)]
        for name in list(file_names):
            if name.startswith('__') and not name.endswith('__'):
                file_names.update('_' + c.lstrip('_') + name for c in classes if c.strip('_'))
        found |= file_names
    return sorted(found)

def used_name_ids(preprocess, sources):
    """The name ids (x of N_x) that the preprocessed sources refer to,
    leaving out the enum of the names_gen.h the preprocessor included."""
    used = set()
    marker = re.compile(r'^# \d+ "(.*)"')
    literal = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
    ident = re.compile(r'\bN_(\w+)')
    for src in sources:
        out = subprocess.run(shlex.split(preprocess) + ['-E', src], check=True, stdout=subprocess.PIPE,
                             text=True).stdout
        in_table = False
        for line in out.split('\n'):
            m = marker.match(line)
            if m:
                in_table = os.path.basename(m.group(1)) == 'names_gen.h'
            elif not in_table:
                used.update(ident.findall(literal.sub('', line)))
    return used

def main(root, outdir, preprocess=None, sources=()):
    names = {}
    core_files = sorted(glob.glob(os.path.join(root, 'core', 'names*.def')))
    files = core_files + sorted(glob.glob(os.path.join(root, 'modules', 'names*.def')))
    pat_full = re.compile(r'^\s*NAME\(\s*(\w+)\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)')
    pat_short = re.compile(r'^\s*N\(\s*(\w+)\s*\)')
    core_ids = set()   # the core's names: every build keeps them
    def add(ident, text, where, core):
        if ident in names and names[ident] != text:
            sys.exit(f'{where}: name id {ident} redefined as "{text}" (was "{names[ident]}")')
        names[ident] = text
        if core:
            core_ids.add(ident)
    for f in files:
        core = f in core_files
        for i, line in enumerate(open(f, encoding='utf-8'), 1):
            m = pat_full.match(line)
            if m:
                add(m.group(1), m.group(2).encode().decode('unicode_escape'), f'{f}:{i}', core)
                continue
            m = pat_short.match(line)
            if m:
                add(m.group(1), m.group(1), f'{f}:{i}', core)
    for line in open(os.path.join(root, 'core', 'exceptions.def')):
        m = re.match(r'^EXC\((\w+),\s*(\w+),', line)
        if m:
            add(m.group(2), m.group(2), 'exceptions.def', True)
    if preprocess is not None:
        # A small board keeps the core's names whether its C code names them
        # or not: the core's lists also hold names kept in flash on purpose
        # (one-letter identifiers, "<listcomp>" and the other scope names the
        # compiler interns from C strings). A module's names stay when the
        # board's code uses them.
        used = used_name_ids(preprocess, sources) | core_ids
        names = {ident: text for ident, text in names.items() if ident in used}
    by_text = {}
    for ident, text in names.items():
        by_text.setdefault(text, []).append(ident)
    # The identifiers of the frozen modules (lib/) join the table without
    # an enum id: loading frozen code then interns every name it uses
    # without a byte of RAM.
    for text in frozen_identifiers(os.path.join(root, 'lib')):
        by_text.setdefault(text, [])
    texts = sorted(by_text, key=lambda t: t.encode())
    os.makedirs(outdir, exist_ok=True)
    order = []
    for t in texts:
        order.append((t, by_text[t]))
    h = ['// Generated by tools/gen_names.py; do not edit.',
         '#ifndef COPPER_GEN_NAMES_GEN_H', '#define COPPER_GEN_NAMES_GEN_H', 'enum NameId {']
    for idx, (t, ids) in enumerate(order):
        for ident in ids:
            h.append(f'    N_{ident} = {idx},')
    h.append(f'    N__COUNT = {len(order)}')
    h.append('};')
    h.append('#endif')
    c = ['// Generated by tools/gen_names.py; do not edit.', '#include "obj.h"',
         'const StrObj names_table[N__COUNT] = {']
    for t, ids in order:
        b = t.encode()
        esc = ''.join(chr(x) if 32 <= x < 127 and chr(x) not in '"\\?' else '\\%03o' % x for x in b)
        c.append(f'    {{{{&str_type}}, {fnv1a(b)}u, {len(b)}, {len(t)}, 1, "{esc}"}},')
    c.append('};')
    def write(path, text):
        text = '\n'.join(text) + '\n'
        if os.path.exists(path) and open(path).read() == text:
            return
        open(path, 'w').write(text)
    write(os.path.join(outdir, 'names_gen.h'), h)
    write(os.path.join(outdir, 'names_gen.c'), c)

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('root')
    ap.add_argument('outdir')
    ap.add_argument('--preprocess', help='the C preprocessor command of a board (without -E)')
    ap.add_argument('sources', nargs='*', help='the C sources the board compiles')
    a = ap.parse_intermixed_args()
    main(a.root, a.outdir, a.preprocess, a.sources)
