// libFuzzer harness: feeds arbitrary bytes to compile-and-run on a small
// heap with an instruction budget. Any crash, sanitizer report or hang is a
// bug; the Python exceptions the input provokes are the expected outcome.
#include <stddef.h>
#include <stdint.h>
#include "copper.h"
#include "hal_unix.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static uint8_t heap[128 * 1024] __attribute__((aligned(16)));
    int stack_top = 0;
    hal_unix_fuzz_mode(20000);
    copper_init(heap, sizeof(heap), &stack_top);
    copper_run_string((const char *)data, size);
    return 0;
}
