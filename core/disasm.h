// Human-readable disassembly of code objects (`copper --dis file.py`).
#ifndef COPPER_CORE_DISASM_H
#define COPPER_CORE_DISASM_H

#include "obj.h"

// Prints the disassembly of a code object, then of every code object in
// its constants, to sys.stdout. May raise (allocates, writes).
void disasm_code(Value code);

#endif
