// `copper`, the command line on a host computer:
//   copper FILE.py [ARGS...]   run a program (sys.argv as CPython)
//   copper -c CODE [ARGS...]   run a string
//   copper -m MODULE [ARGS...] run a module found on sys.path
//   copper                     interactive prompt (stdin a terminal), or run stdin
//   copper --heap SIZE ...     size of the Python heap (32k, 2M; default 8M)
//   copper --dis FILE.py       print the bytecode the compiler makes
//   copper --version
//   copper-cross FILE.py       (the same program under that name) precompile
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "config.h"
#include "copper.h"
#include "displayio.h"
#include "hal_unix.h"
#include "options.h"
#include "sim.h"
#include "sys_module.h"

#define DEFAULT_HEAP (8u * 1024 * 1024)

// The Python heap lives for the whole process; a static keeps it reachable
// (LeakSanitizer reports unreachable blocks at exit).
static void *heap;

static void usage(void) {
    fputs("usage: copper [--heap SIZE] [-i] [-c CODE | -m MODULE | FILE.py | -] [ARGS...]\n", stderr);
    fputs(sim_usage, stderr);
    fputs(workflow_usage, stderr);
    fputs("       copper --dis FILE.py\n"
          "       copper --version\n",
          stderr);
    exit(2);
}

// "32k", "2M", "1048576" -> bytes; 0 on a malformed size.
static size_t parse_size(const char *s) {
    char *end;
    unsigned long long n = strtoull(s, &end, 10);
    if (end == s) {
        return 0;
    }
    if (*end == 'k' || *end == 'K') {
        n *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        n *= 1024 * 1024;
        end++;
    } else if (*end == 'g' || *end == 'G') {
        n *= 1024ull * 1024 * 1024;
        end++;
    }
    if (*end == 'b' || *end == 'B') {
        end++;
    }
    return *end == '\0' ? (size_t)n : 0;
}

// Reads all of stdin (for `copper < prog.py` and `copper -`).
static char *slurp_stdin(size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        ssize_t r = read(0, buf + n, cap - n);
        if (r <= 0) {
            break;
        }
        n += (size_t)r;
    }
    *len = n;
    return buf;
}

// `copper-cross [-o OUT.cpy] [-s BITS] [-n NAME] FILE.py` (this program
// under the name copper-cross): writes FILE.cpy, precompiled for a target
// with BITS-bit small ints (default 31, a 32-bit board); NAME is the file
// name tracebacks show (default FILE.py as given).
static int cross_main(int argc, char **argv, void *stack_top) {
    const char *out = NULL, *src = NULL, *display = NULL;
    int bits = 31;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
            display = argv[++i];
        } else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
            bits = atoi(argv[++i]);
            if (bits != 31 && bits != 63) {
                fprintf(stderr, "copper-cross: small-int bits must be 31 or 63\n");
                return 2;
            }
        } else if (argv[i][0] == '-' || src != NULL) {
            fputs("usage: copper-cross [-o OUT.cpy] [-s 31|63] [-n NAME] FILE.py\n", stderr);
            return 2;
        } else {
            src = argv[i];
        }
    }
    if (src == NULL) {
        fputs("usage: copper-cross [-o OUT.cpy] [-s 31|63] [-n NAME] FILE.py\n", stderr);
        return 2;
    }
    char *derived = NULL;
    if (out == NULL) {
        size_t n = strlen(src);
        derived = malloc(n + 5);
        memcpy(derived, src, n + 1);
        if (n > 3 && strcmp(derived + n - 3, ".py") == 0) {
            derived[n - 3] = '\0';
        }
        strcat(derived, ".cpy");
        out = derived;
    }
    heap = malloc(DEFAULT_HEAP);
    hal_unix_init();
    copper_init(heap, DEFAULT_HEAP, stack_top);
    int status = copper_precompile(src, out, display, bits);
    free(derived);
    return status;
}

int main(int argc, char **argv) {
    int stack_top_marker = 0;
    const char *prog = strrchr(argv[0], '/');
    if (strcmp(prog ? prog + 1 : argv[0], "copper-cross") == 0) {
        return cross_main(argc, argv, &stack_top_marker);
    }
    size_t heap_size = DEFAULT_HEAP;
    const char *code = NULL, *module = NULL, *dis = NULL;
    bool interactive = false;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("Copper %s (Python 3.11 compatible)\n", COPPER_VERSION);
            return 0;
        } else if (strcmp(a, "--heap") == 0 && i + 1 < argc) {
            heap_size = parse_size(argv[++i]);
            if (heap_size < 4096) {
                fprintf(stderr, "copper: bad heap size '%s' (e.g. 32k, 2M; at least 4k)\n", argv[i]);
                return 2;
            }
        } else if (strcmp(a, "--dis") == 0 && i + 1 < argc) {
            dis = argv[++i];
        } else if (strcmp(a, "-i") == 0) {
            interactive = true;
        } else if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                usage();
            }
            code = argv[++i];
            break;
        } else if (strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                usage();
            }
            module = argv[++i];
            break;
        } else if (sim_parse_option(argc, argv, &i) || workflow_parse_option(argc, argv, &i)) {
            continue;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage();
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "copper: unknown option %s\n", a);
            usage();
        } else {
            break;
        }
    }
    heap = malloc(heap_size);
    if (heap == NULL) {
        fprintf(stderr, "copper: cannot allocate a %zu-byte heap\n", heap_size);
        return 2;
    }
    hal_unix_init();
    sim_start();
    copper_init(heap, heap_size, &stack_top_marker);
#if COPPER_MODULE_BUSDISPLAY
    if (hal_board_mode() && !workflow_requested()) {
        disp_start_board_display();
    }
#endif
    int status;
    if (workflow_requested()) {
        status = workflow_run();
    } else if (dis != NULL) {
        status = copper_disassemble_file(dis);
    } else if (code != NULL) {
        // sys.argv[0] is '-c' as in CPython; the rest follow.
        argv[i] = "-c";
        sys_set_argv(argc - i, argv + i);
        status = copper_run_string(code, strlen(code));
    } else if (module != NULL) {
        sys_set_argv(argc - i, argv + i);
        status = copper_run_module(module);
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        FILE *probe = fopen(argv[i], "rb");
        if (probe == NULL) {
            // CPython's wording and status for a script that cannot be opened.
            fprintf(stderr, "copper: can't open file '%s': [Errno %d] %s\n", argv[i], errno, strerror(errno));
            return 2;
        }
        fclose(probe);
        sys_set_argv(argc - i, argv + i);
        status = copper_run_file(argv[i]);
        if (interactive && status == 0) {
            status = console_repl();
        }
    } else if (interactive || isatty(0)) {
        char *empty[] = {""};
        sys_set_argv(1, empty);
        status = console_repl();
    } else {
        char *dash[] = {"-"};
        sys_set_argv(1, dash);
        size_t len;
        char *src = slurp_stdin(&len);
        status = copper_run_string(src, len);
        free(src);
    }
#if COPPER_MODULE_BUSDISPLAY
    disp_refresh_pending();
#endif
    sim_finish();
    fflush(stdout);
    return status;
}
