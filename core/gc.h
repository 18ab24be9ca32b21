// The garbage-collected heap: one block of RAM given by the port, carved
// into 16-byte blocks. An allocation table (2 bits per block: free, head,
// tail, mark) and a no-scan table (1 bit per block) sit at the start of the
// heap. Collection is mark-sweep with conservative scanning: the C stack,
// registered roots and every reachable block not marked no-scan are read
// word by word, and any word that points into an allocated block (head or
// interior) keeps that block alive. Types therefore need no trace functions.
#ifndef COPPER_CORE_GC_H
#define COPPER_CORE_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GC_BLOCK_BYTES 16

void gc_init(void *heap, size_t size);
// Records the address of the outermost C stack frame that may hold Values.
void gc_set_stack_top(void *top);
// Allocates `size` zeroed bytes. `noscan`: the block holds no pointers
// (string/bignum data) and is not scanned. Collects and retries when full;
// raises MemoryError if still no room. May raise.
void *gc_alloc(size_t size, bool noscan);
// Like gc_alloc but returns NULL instead of raising.
void *gc_alloc_noraise(size_t size, bool noscan);
// Grows or shrinks a block (contents kept, new bytes zeroed). May raise.
void *gc_realloc(void *ptr, size_t size);
// Frees a block at once (optional: unreachable blocks are freed anyway).
void gc_free(void *ptr);
// Allocates an object of `size` bytes whose header is `type`.
struct Obj *gc_alloc_obj(size_t size, const void *type);
void gc_collect(void);
// Registers a RAM region that holds Values (static variables); scanned as
// roots. Registering the same start again only updates its size. Every
// gc_init forgets them (a soft reload): a module registers in its init.
void gc_add_root(void *start, size_t bytes);
bool gc_is_heap_ptr(const void *p);
size_t gc_bytes_free(void);
size_t gc_bytes_used(void);
size_t gc_bytes_total(void);
void gc_enable(bool on);
bool gc_is_enabled(void);
// Pause collection (e.g. while a structure is half-built and not yet reachable).
void gc_lock(void);
void gc_unlock(void);

#endif
