// Bytecode and code objects: the contract between the compiler
// (compile.c) and the VM (vm.c). Opcodes come from opcodes.def.
#ifndef COPPER_CORE_BYTECODE_H
#define COPPER_CORE_BYTECODE_H

#include "obj.h"

typedef enum {
#define OP(name, has_arg, effect) OP_##name,
#include "opcodes.def"
#undef OP
    OP__COUNT
} Opcode;

extern const char *const opcode_names[OP__COUNT];
extern const uint8_t opcode_has_arg[OP__COUNT];
extern const int8_t opcode_stack_effect[OP__COUNT];

// Code flags (CodeObj.flags).
#define CO_VARARGS 0x0004         // takes *args (its slot follows the kw-only args)
#define CO_VARKEYWORDS 0x0008     // takes **kwargs (slot after *args)
#define CO_NEWLOCALS 0x0002       // function: locals are fast slots; else a dict (module/class)
#define CO_GENERATOR 0x0020
#define CO_COROUTINE 0x0080
#define CO_ASYNC_GENERATOR 0x0200

// A compiled function body, module or class body. Immutable once built.
// Frame layout the VM builds for it: locals[nlocals] (the first slots are
// the parameters in order: positional, keyword-only, *args, **kwargs), then
// one cell per name of `cellnames` (cellvars then freevars; freevars are
// copied from the function's closure tuple when the frame starts), then a
// value stack of `stacksize`, then `maxblocks` block-stack entries.
// The fields are ordered so that the object is 64 bytes on a 32-bit board:
// four 16-byte GC blocks, and that much flash per frozen code object.
typedef struct {
    Obj base;                 // &code_type
    Value name;               // str: "f", "<module>", "<lambda>", ...
    Value qualname;           // str: "C.f", "f.<locals>.g"
    Value filename;           // str
    // The bytecode, then the line table right after it (code_lines()): one
    // GC block, or one const array for frozen code, so a function costs no
    // extra heap block for its lines.
    const uint8_t *code;
    uint32_t code_len;
    // Line table: pairs (byte-offset delta: u8, line delta: s8) as CPython's
    // old lnotab. The line of the instruction at `pc` is firstlineno plus
    // the line deltas of every pair whose accumulated offset is <= pc.
    // Deltas too large for a pair are split across several pairs.
    uint32_t lines_len;
    Value consts;             // tuple; for CO_NEWLOCALS code, consts[0] is the
                              //   docstring, or None when there is none
    Value names;              // tuple of interned str: *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_*
    Value varnames;           // tuple of str, length nlocals
    Value cellnames;          // tuple of str: the ncellvars cellvars, then the freevars
    uint16_t ncellvars;
    uint16_t argcount;        // positional parameters (including positional-only)
    uint16_t posonlyargcount;
    uint16_t kwonlyargcount;
    uint16_t nlocals;
    uint16_t stacksize;
    uint16_t flags;
    uint8_t maxblocks;        // the compiler allows at most MAX_RTBLOCKS (compile_int.h)
    uint32_t firstlineno;
} CodeObj;

_Static_assert(sizeof(CodeObj) <= 64 || sizeof(void *) != 4, "CodeObj must fit four GC blocks on 32-bit boards");

static inline const uint8_t *code_lines(const CodeObj *co) { return co->code + co->code_len; }

static inline size_t code_nfreevars(const CodeObj *co) { return val_tuple(co->cellnames)->len - co->ncellvars; }

// co_cellvars and co_freevars: the two parts of `cellnames` as tuples.
Value code_cellvars(const CodeObj *co);
Value code_freevars(const CodeObj *co);

// Source line of the instruction at byte offset pc.
uint32_t code_line_for_pc(const CodeObj *code, uint32_t pc);

#endif
