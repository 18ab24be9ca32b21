// Text/binary streams as the core sees them: sys.stdout/stderr/stdin and
// open files (obj_file.c). print() and tracebacks write through here so
// that `print(file=f)` and a redirected sys.stdout work.
#ifndef COPPER_CORE_STREAM_H
#define COPPER_CORE_STREAM_H

#include "obj.h"

Value stream_stdout(void);     // the current sys.stdout
Value stream_stderr(void);
Value stream_stdin(void);
// Writes bytes (UTF-8 text) to a stream object: the console fast path for
// the built-in streams, else calls stream.write(str). May raise.
void stream_write(Value stream, const char *data, size_t len);
void stream_write_str(Value stream, Value str);
void stream_flush(Value stream);
// Reads one line from a stream (input()); VAL_NULL at end of file.
Value stream_readline(Value stream);
// open(path, mode, ...) (builtin open and io.open). May raise OSError.
Value file_open(size_t nargs, const Value *args, Value kwnames);

#endif
