// Calls each part's init function in dependency order: names first, then
// the object system, then the VM and the modules that use it.
#include "init.h"
#include "intern.h"
#include "obj_file.h"
#include "sys_module.h"
#include "vm.h"

void core_init_all(void) {
    intern_init();
    vm_init();
    file_init();
    sys_init();
}
