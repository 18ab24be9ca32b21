#!/usr/bin/env python3
# Freezes the Python modules under lib/ into the binary. Each module is
# precompiled by copper-cross into a .cpy image (core/persist.h); this
# script reads the image and writes its code objects, tuples, strings and
# floats as const C objects, equal constants once, so a frozen module's
# code lives entirely in flash: importing it costs RAM only for the
# module's dict, its functions and its classes. Names come from the const
# name table (tools/gen_names.py puts every identifier of lib/ there), so
# they are the interned strs.
# Usage: freeze.py LIBDIR OUT.c COPPER_CROSS NAMES_GEN.c
#        freeze.py LIBDIR OUT.c   (an empty table, to link copper-cross)
import os, re, struct, subprocess, sys, tempfile


def fnv1a(b):
    h = 2166136261
    for c in b:
        h ^= c
        h = (h * 16777619) & 0xFFFFFFFF
    return h if h != 0 else 1


class Image:
    """Reads a .cpy image into Python values: ('code', dict), ('tuple', list),
    ('str', bytes, interned), ('bytes', bytes), ('int', n), ('float', x),
    ('const', 'None'|'True'|'False'|'Ellipsis')."""

    def __init__(self, data):
        if data[:2] != b'Cu':
            raise SystemExit('freeze: not a .cpy image')
        self.data, self.pos = data, 8

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def uint(self):
        u, shift = 0, 0
        while True:
            b = self.byte()
            u |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return u

    def run(self):
        n = self.uint()
        s = self.data[self.pos:self.pos + n]
        self.pos += n
        return s

    def double(self):
        x = struct.unpack('<d', self.data[self.pos:self.pos + 8])[0]
        self.pos += 8
        return x

    def obj(self):
        tag = chr(self.byte())
        if tag in 'NTFE':
            return ('const', {'N': 'None', 'T': 'True', 'F': 'False', 'E': 'Ellipsis'}[tag])
        if tag == 'i':
            z = self.uint()
            return ('int', -(z >> 1) - 1 if z & 1 else z >> 1)
        if tag == 'I':
            return ('int', int(self.run()))
        if tag == 'f':
            return ('float', self.double())
        if tag == 'c':
            raise SystemExit('freeze: complex constants are not supported in frozen modules')
        if tag in 'sn':
            return ('str', self.run(), tag == 'n')
        if tag == 'b':
            return ('bytes', self.run())
        if tag == 't':
            return ('tuple', [self.obj() for _ in range(self.uint())])
        if tag == 'C':
            keys = ('argcount', 'posonlyargcount', 'kwonlyargcount', 'nlocals', 'stacksize', 'maxblocks',
                    'flags', 'firstlineno')
            c = {k: self.uint() for k in keys}
            c['name'], c['qualname'] = self.obj(), self.obj()
            c['code'], c['lines'] = self.run(), self.run()
            for k in ('consts', 'names', 'varnames', 'cellvars', 'freevars'):
                c[k] = self.obj()
            return ('code', c)
        raise SystemExit(f'freeze: bad tag {tag!r}')

    def module(self):
        filename = self.run()
        return filename, self.obj()


def c_bytes(data):
    return ', '.join('0x%02x' % b for b in data) if data else '0'


def c_string(data):
    return '"' + ''.join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\?' else '\\%03o' % b
                         for b in data) + '"'


class Emitter:
    def __init__(self, names):
        self.names = names      # UTF-8 bytes -> index in names_table
        self.out = []
        self.n = 0
        self.defined = {}      # (kind, C text) -> symbol: equal constants are emitted once
        self.filename = None   # C expression for the module being frozen

    def sym(self, kind):
        self.n += 1
        return f'{kind}_{self.n}'

    def define(self, kind, make):
        """The symbol of a const object defined by make(symbol) -> C lines,
        shared with every equal object emitted before: constants are
        immutable, so equal ones (the same qualname in a code object and in
        the MAKE_FUNCTION consts, the ('self',) varnames of many methods)
        need one copy, as CPython merges them within a module."""
        key = (kind, tuple(make('@')))
        s = self.defined.get(key)
        if s is None:
            s = self.defined[key] = self.sym(kind)
            self.out.extend(make(s))
        return s

    def value(self, o):
        """A C constant expression for the Value of o, defining what it needs."""
        kind = o[0]
        if kind == 'const':
            return {'None': 'OBJ_VAL(&none_obj)', 'True': 'OBJ_VAL(&true_obj)',
                    'False': 'OBJ_VAL(&false_obj)', 'Ellipsis': 'OBJ_VAL(&ellipsis_obj)'}[o[1]]
        if kind == 'int':
            if not -(1 << 30) <= o[1] < (1 << 30):
                raise SystemExit(f'freeze: integer constant {o[1]} is too big for a frozen module')
            return f'((Value)(((uintptr_t)(intptr_t)({o[1]}) << 1) | 1))'
        if kind == 'float':
            x = o[1]
            lit = ('__builtin_nan("")' if x != x else
                   ('-' if x < 0 else '') + '__builtin_inf()' if x in (float('inf'), float('-inf'))
                   else x.hex())
            s = self.define('f', lambda s: [f'static const FloatObj {s} = {{{{&float_type}}, {lit}}};'])
            return f'OBJ_VAL(&{s})'
        if kind == 'str':
            data, interned = o[1], o[2]
            if data in self.names:
                return f'NAME_ID_VALUE({self.names[data]})'
            # Identifiers must be the interned strs of the table (lookups
            # compare them by address); other texts the compiler interned
            # ("f.<locals>.g" qualnames) are only ever compared by value.
            if interned and data.decode('utf-8', 'surrogatepass').isidentifier():
                raise SystemExit(f'freeze: name {data!r} is missing from the name table')
            return f'OBJ_VAL(&{self.str_obj(data)})'
        if kind == 'bytes':
            s = self.define('b', lambda s: [
                f'static const uint8_t {s}_data[] = {{{c_bytes(o[1])}}};',
                f'static const BytesObj {s} = {{{{&bytes_type}}, {fnv1a(o[1])}u, {len(o[1])}, '
                f'(uint8_t *){s}_data, 0}};'])
            return f'OBJ_VAL(&{s})'
        if kind == 'tuple':
            if not o[1]:
                return 'OBJ_VAL(&empty_tuple_obj)'
            items = [self.value(x) for x in o[1]]
            s = self.define('t', lambda s: [
                f'static const struct {{ Obj base; size_t len; Value items[{len(items)}]; }} {s} = '
                f'{{{{&tuple_type}}, {len(items)}, {{{", ".join(items)}}}}};'])
            return f'OBJ_VAL(&{s})'
        if kind == 'code':
            return f'OBJ_VAL(&{self.code(o[1])})'
        raise SystemExit(f'freeze: cannot freeze {kind}')

    def str_obj(self, data):
        """The symbol of a const, not interned str of the UTF-8 bytes data."""
        chars = len(data.decode('utf-8', 'surrogatepass'))
        return self.define('s', lambda s: [f'static const StrObj {s} = {{{{&str_type}}, {fnv1a(data)}u, '
                                           f'{len(data)}, {chars}, 0, {c_string(data)}}};'])

    def module(self, image):
        """The symbol of the module-level CodeObj of a .cpy image."""
        filename, code = Image(image).module()
        self.filename = f'OBJ_VAL(&{self.str_obj(filename)})'
        return self.code(code[1])

    def byte_array(self, data):
        """The symbol of a const uint8_t array holding data (bytecode then its line table)."""
        return self.define('a', lambda s: [f'static const uint8_t {s}[] = {{{c_bytes(data)}}};'])

    def code(self, c):
        # One tuple for the frame's cells: cellvars, then freevars (bytecode.h).
        cellnames = ('tuple', c['cellvars'][1] + c['freevars'][1])
        fields = {k: self.value(c[k]) for k in ('name', 'qualname', 'consts', 'names', 'varnames')}
        fields['cellnames'] = self.value(cellnames)
        # The line table follows the bytecode in the same array, as in a compiled one.
        block = self.byte_array(c['code'] + c['lines'])
        s = self.sym('code')
        body = [f'.base = {{&code_type}}', f'.name = {fields["name"]}', f'.qualname = {fields["qualname"]}',
                f'.filename = {self.filename}', f'.code = {block}', f'.code_len = {len(c["code"])}',
                f'.lines_len = {len(c["lines"])}']
        body += [f'.{k} = {fields[k]}' for k in ('consts', 'names', 'varnames', 'cellnames')]
        body += [f'.ncellvars = {len(c["cellvars"][1])}']
        body += [f'.{k} = {c[k]}' for k in ('argcount', 'posonlyargcount', 'kwonlyargcount', 'nlocals',
                                            'stacksize', 'maxblocks', 'flags', 'firstlineno')]
        self.out.append(f'static const CodeObj {s} = {{' + ', '.join(body) + '};')
        return s


def read_names(names_c):
    """names_table's strings, in order, from build/gen/names_gen.c."""
    names = {}
    pat = re.compile(r'^\s*\{\{&str_type\}, \d+u, \d+, \d+, 1, "((?:[^"\\]|\\.)*)"\},')
    for line in open(names_c, encoding='utf-8'):
        m = pat.match(line)
        if m:
            raw = re.sub(r'\\([0-7]{3})', lambda g: chr(int(g.group(1), 8)), m.group(1))
            names[raw.encode('latin-1')] = len(names)
    return names


def precompile(cross, path, name):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'm.cpy')
        subprocess.run([cross, '-s', '31', '-n', f'<frozen {name}>', '-o', out, path], check=True)
        return open(out, 'rb').read()


def main(libdir, out, cross=None, names_c=None):
    mods = []
    if cross is not None:
        for root, dirs, files in os.walk(libdir):
            dirs.sort()
            for f in sorted(files):
                if f.endswith('.py'):
                    path = os.path.join(root, f)
                    rel = os.path.relpath(path, libdir)[:-3].replace(os.sep, '.')
                    package = rel.endswith('__init__')
                    if package:
                        rel = rel[:-len('.__init__')]
                    mods.append((rel, package, precompile(cross, path, rel)))
    em = Emitter(read_names(names_c) if names_c else {})
    entries = [f'    {{"{name}", {int(package)}, &{em.module(image)}}},' for name, package, image in mods]
    text = '\n'.join(em.out)
    lines = ['// Generated by tools/freeze.py from lib/; do not edit.',
             '#include <stdint.h>', '#include "bytecode.h"', '#include "frozen.h"', '#include "obj_float.h"',
             '#include "names.h"', '', text, '',
             'const FrozenModule frozen_modules[] = {'] + (entries or ['    {"", 0, 0},']) + \
            ['};', f'const unsigned frozen_count = {len(mods)};']
    text = '\n'.join(lines) + '\n'
    if not os.path.exists(out) or open(out).read() != text:
        os.makedirs(os.path.dirname(out), exist_ok=True)
        open(out, 'w').write(text)


if __name__ == '__main__':
    main(*sys.argv[1:5])
