// Seams between the parts of the unix port that make the --drive
// workflow: workflow.c (options, the watcher, crash handling) and files.c
// (the drive as the root of the filesystem).
#ifndef COPPER_PORTS_UNIX_WORKFLOW_H
#define COPPER_PORTS_UNIX_WORKFLOW_H

#include <stdbool.h>

// Makes `dir` (an absolute path) the CIRCUITPY drive: Python paths starting
// with '/' are inside it, relative ones are relative to the current
// directory inside it and cannot leave it, writes are refused while the
// host owns the drive (EROFS) and replace files atomically (written to a
// temporary file renamed over the old one on close). NULL: host files.
void files_set_root(const char *dir);

// Closes the files a program left open (its VM is gone): their new
// content replaces the old, as if the program had closed them.
void files_close_all(void);

// The suffix of the temporary files of atomic writes (hidden from
// os.listdir and from the drive watcher; stale ones are removed at start).
#define FILES_TMP_SUFFIX ".copper-tmp"

#endif
