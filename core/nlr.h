// Non-local return: the one mechanism behind Python exceptions raised from
// C. A protected region pushes an NlrBuf; vm_raise (vm_raise.h) longjmps to
// the innermost one with the exception in `exc`. Use only this pattern:
//
//     NlrBuf nb;
//     if (nlr_push(&nb) == 0) {
//         ... code that may raise ...
//         nlr_pop();
//     } else {
//         ... nb.exc is the exception; the buffer is already popped ...
//     }
//
// Locals changed inside the protected part and read in the handler must be
// `volatile`. <setjmp.h> is libc's on unix and newlib's on qemu-arm.
#ifndef COPPER_CORE_NLR_H
#define COPPER_CORE_NLR_H

#include <setjmp.h>
#include "value.h"

typedef struct NlrBuf {
    struct NlrBuf *prev;
    Value exc;
    jmp_buf jb;
} NlrBuf;

extern NlrBuf *nlr_top;

static inline void nlr_link(NlrBuf *nb) {
    nb->prev = nlr_top;
    nb->exc = 0;
    nlr_top = nb;
}
#define nlr_push(nb) (nlr_link(nb), setjmp((nb)->jb))
static inline void nlr_pop(void) { nlr_top = nlr_top->prev; }
// Jumps to the innermost handler with `exc` (which must be an exception).
_Noreturn void nlr_jump(Value exc);

#endif
