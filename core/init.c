// Calls each part's init function in dependency order: names first, then
// the object system, then the VM and the modules that use it. Each init
// registers its static Values with the GC and resets them, so the core can
// be started again in the same process (the fuzzer does).
#include "init.h"
#include "background.h"
#include "intern.h"
#include "mods.h"
#include "obj_file.h"
#include "obj_str.h"
#include "runtime.h"
#include "sys_module.h"
#include "vm.h"

void core_init_all(void) {
    intern_init();
    str_init();
    runtime_init();
    vm_init();
    background_init();
    file_init();
    sys_init();
    mods_init();
}
