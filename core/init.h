// Start-up order of the core's parts (init.c).
#ifndef COPPER_CORE_INIT_H
#define COPPER_CORE_INIT_H

// Initialises every part of the core after the GC; may raise MemoryError.
void core_init_all(void);

#endif
