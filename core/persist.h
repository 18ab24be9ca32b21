// Precompiled code files (.cpy), Copper's counterpart of CircuitPython's
// .mpy: `copper-cross` writes them (persist_save.c), import and the frozen
// modules load them (persist_load.c) without compiling.
//
// Layout (little-endian; "uint" is an unsigned LEB128 varint):
//   'C' 'u'  magic (Cu: copper)
//   version  PERSIST_VERSION
//   bits     small-int width of the target (31 or 63)
//   crc      CRC-32 (4 bytes) of everything after it, so a file damaged
//            on the way (flash wear, a cut copy) is refused, not run
//   str      the source file name (tracebacks name it)
//   object   the module's code object
// An object is a tag byte then its body:
//   'N' None  'T' True  'F' False  'E' Ellipsis
//   'i' int: signed LEB128 (zigzag)      'I' int: uint length + decimal text
//   'f' float: 8 bytes IEEE 754          'c' complex: two floats
//   's' str: uint length + UTF-8         'n' interned str (a name), same body
//   'b' bytes: uint length + data        't' tuple: uint count + objects
//   'C' code: uint argcount, posonlyargcount, kwonlyargcount, nlocals,
//       stacksize, maxblocks, flags, firstlineno; name and qualname
//       (objects); uint length + bytecode; uint length + line table;
//       consts, names, varnames, cellvars, freevars (tuples).
#ifndef COPPER_CORE_PERSIST_H
#define COPPER_CORE_PERSIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "obj.h"
#include "print.h"

#define PERSIST_VERSION 1
#define PERSIST_SMALL_INT_BITS ((int)(sizeof(uintptr_t) * 8 - 1))

// Appends the .cpy image of a module's code object to `out`. Raises
// ValueError when `small_int_bits` is narrower than a constant needs.
void persist_save(Value code, Value filename, int small_int_bits, Vstr *out);

// Loads a .cpy image and returns the module's code object (bytecode and
// tables copied to the heap; frozen modules don't come this way, they are
// const code objects made by tools/freeze.py). A damaged, truncated or
// foreign image raises ValueError; the structure of every code object
// (opcodes, argument indices, jump targets) is checked.
Value persist_load(const uint8_t *data, size_t len);

// True when the first bytes look like a .cpy image.
bool persist_is_image(const uint8_t *data, size_t len);
// The CRC-32 (IEEE, as zlib's) the header carries.
uint32_t persist_crc32(const uint8_t *data, size_t len);
#define PERSIST_HEADER_LEN 8

#endif
