// Interning of names (intern.c). The lookup functions are declared in obj.h.
#ifndef COPPER_CORE_INTERN_H
#define COPPER_CORE_INTERN_H

void intern_init(void);

#endif
