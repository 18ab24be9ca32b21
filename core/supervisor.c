// The CircuitPython workflow's state machine (supervisor.h).
#include "supervisor.h"
#include "obj.h"
#include "vm_raise.h"

void supervisor_reset(void) {
    vm_raise_noargs(&exc_SystemExit_type);
}
