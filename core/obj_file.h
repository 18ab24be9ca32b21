// File objects returned by open() and the console streams (obj_file.c),
// and the OSError helpers the filesystem bindings share.
#ifndef COPPER_CORE_OBJ_FILE_H
#define COPPER_CORE_OBJ_FILE_H

#include "obj.h"

extern const Type textio_type, bufreader_type, bufwriter_type;

// OSError (or the matching subclass) for errno `err`, with `filename` (a str
// or VAL_NULL): str() gives "[Errno 2] No such file or directory: 'x'".
Value file_console_stream(int idx);   // 0 stdin, 1 stdout, 2 stderr
Value oserror_new(int err, Value filename);
_Noreturn void raise_oserror(int err, Value filename);
const char *errno_message(int err);
void file_init(void);

#endif
