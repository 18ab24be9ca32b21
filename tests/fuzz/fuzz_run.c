// libFuzzer harness: feeds arbitrary bytes to compile-and-run on a small
// heap with an instruction budget, and to the parsers of the standard
// modules. Any crash, sanitizer report or hang is a bug; the Python
// exceptions the input provokes are the expected outcome.
//
// The first byte picks the target; the rest is the payload:
//   0..5  run the payload as a program (most inputs)
//   6     json.loads          7  re.compile + match/search/sub/split
//   8     struct.unpack       9  int(text, base)
//   10    float(text)         11 bytes.decode / str.encode round trips
//   12    the .cpy loader: the payload after a valid header and checksum,
//         loaded and disassembled (never run)
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "copper.h"
#include "disasm.h"
#include "hal_unix.h"
#include "nlr.h"
#include "persist.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const drivers[] = {
    "import json\ntry:\n    json.loads(d.decode('utf-8', 'replace'))\nexcept (ValueError, RecursionError):\n    pass\n",
    "import re\ns = d.decode('utf-8', 'replace')\nh = len(s) // 2\ntry:\n    p = re.compile(s[:h])\n"
    "    p.search(s[h:]); p.match(s[h:]); p.split(s[h:]); p.sub('', s[h:]); p.findall(s[h:])\n"
    "except (re.error, RuntimeError, RecursionError, OverflowError, ValueError, IndexError):\n    pass\n",
    "import struct\nn = d[0] % 16 if d else 0\ntry:\n    struct.unpack(d[1:1 + n].decode('latin-1'), d[1 + n:])\n"
    "except (struct.error, ValueError, OverflowError, TypeError):\n    pass\n",
    "b = d[0] % 37 if d else 10\nif b == 1: b = 0\ntry:\n    int(d[1:].decode('utf-8', 'replace'), b)\nexcept ValueError:\n    pass\n",
    "try:\n    float(d.decode('utf-8', 'replace'))\nexcept ValueError:\n    pass\n",
    "for codec in ('utf-8', 'ascii', 'latin-1'):\n    for errors in ('strict', 'ignore', 'replace'):\n"
    "        try:\n            d.decode(codec, errors).encode(codec, errors)\n"
    "        except (UnicodeError, ValueError):\n            pass\n",
};

// Program text: d = b'\xNN...' followed by the driver.
static char source[4 * 4096 + 1024];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static uint8_t heap[128 * 1024] __attribute__((aligned(16)));
    int stack_top = 0;
    hal_unix_fuzz_mode(20000);
    copper_init(heap, sizeof(heap), &stack_top);
    unsigned target = size > 0 ? data[0] % 13 : 0;
    if (target == 12 && size <= 4096) {
        static uint8_t image[4096 + PERSIST_HEADER_LEN];
        size_t len = size - 1;
        uint32_t crc = persist_crc32(data + 1, len);
        const uint8_t header[PERSIST_HEADER_LEN] = {'C', 'u', PERSIST_VERSION, 31, (uint8_t)crc,
                                                    (uint8_t)(crc >> 8), (uint8_t)(crc >> 16), (uint8_t)(crc >> 24)};
        memcpy(image, header, sizeof(header));
        memcpy(image + sizeof(header), data + 1, len);
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            disasm_code(persist_load(image, sizeof(header) + len));
            nlr_pop();
        }
        return 0;
    }
    if (target < 6 || size > 4096) {
        copper_run_string((const char *)data + (size > 0), size - (size > 0));
        return 0;
    }
    size_t n = 0;
    n += (size_t)snprintf(source + n, sizeof(source) - n, "d = b'");
    for (size_t i = 1; i < size; i++) {
        n += (size_t)snprintf(source + n, sizeof(source) - n, "\\x%02x", data[i]);
    }
    n += (size_t)snprintf(source + n, sizeof(source) - n, "'\n%s", drivers[target - 6]);
    copper_run_string(source, n);
    return 0;
}
