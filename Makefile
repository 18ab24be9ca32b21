# Copper: build, run and test. `make` builds build/copper (the unix port).
# Sources are listed by directory: every .c under core/, modules/ and
# ports/unix/ is part of the host build.

CC ?= gcc
PYTHON ?= python3
BUILD := build
GEN := $(BUILD)/gen

WARN := -Wall -Wextra -Werror -Wshadow -Wundef -Wstrict-prototypes -Wmissing-prototypes
CFLAGS_BASE := -std=c11 $(WARN) -Icore -Imodules -Ihal -I$(GEN) -g
OPT ?= -O2
CORE_SRC := $(sort $(wildcard core/*.c) $(wildcard modules/*.c))
UNIX_SRC := $(sort $(wildcard ports/unix/*.c))
NAME_DEFS := $(wildcard core/names*.def) $(wildcard modules/names*.def) core/exceptions.def
FROZEN_PY := $(sort $(wildcard lib/*.py lib/*/*.py))

.PHONY: all run test bench size clean fuzz test-quick

all: $(BUILD)/copper

# Debian packages the build and the tests need, installed once when missing.
$(BUILD)/.deps-build:
	@bash tools/deps.sh build
	@mkdir -p $(BUILD) && touch $@
$(BUILD)/.deps-test: $(BUILD)/.deps-build
	@bash tools/deps.sh test
	@touch $@

$(GEN)/names_gen.h $(GEN)/names_gen.c: $(NAME_DEFS) $(FROZEN_PY) tools/gen_names.py
	@mkdir -p $(GEN)
	$(PYTHON) tools/gen_names.py . $(GEN)

# Python modules under lib/ are precompiled by copper-cross and frozen into
# the binary as const code objects. copper-cross is the host build linked
# with an empty frozen table (frozen_none.c), which breaks the cycle.
$(GEN)/frozen_none.c: tools/freeze.py
	@mkdir -p $(GEN)
	$(PYTHON) tools/freeze.py lib $@
$(GEN)/frozen_gen.c: $(FROZEN_PY) tools/freeze.py $(BUILD)/copper-cross $(GEN)/names_gen.c
	@mkdir -p $(GEN)
	$(PYTHON) tools/freeze.py lib $@ $(BUILD)/copper-cross $(GEN)/names_gen.c

# variant(dir, extra cflags, extra ldflags)
define variant
$(1)/obj/%.o: %.c $(GEN)/names_gen.h | $(BUILD)/.deps-build
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_BASE) $(2) -MMD -MP -c $$< -o $$@
$(1)/obj/gen/names_gen.o: $(GEN)/names_gen.c $(GEN)/names_gen.h
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_BASE) $(2) -c $$< -o $$@
$(1)/obj/gen/frozen_%.o: $(GEN)/frozen_%.c $(GEN)/names_gen.h
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_BASE) $(2) -c $$< -o $$@
endef

HOST_CFLAGS := $(OPT) -D_GNU_SOURCE
$(eval $(call variant,$(BUILD)/host,$(HOST_CFLAGS)))
HOST_OBJ := $(patsubst %.c,$(BUILD)/host/obj/%.o,$(CORE_SRC) $(UNIX_SRC)) $(BUILD)/host/obj/gen/names_gen.o \
	$(BUILD)/host/obj/gen/frozen_gen.o
$(BUILD)/copper: $(HOST_OBJ)
	$(CC) $(OPT) -o $@ $^ -lpng -lm
$(BUILD)/copper-cross: $(filter-out %/frozen_gen.o,$(HOST_OBJ)) $(BUILD)/host/obj/gen/frozen_none.o
	$(CC) $(OPT) -o $@ $^ -lpng -lm

SAN_CFLAGS := -O1 -D_GNU_SOURCE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
$(eval $(call variant,$(BUILD)/asan,$(SAN_CFLAGS)))
ASAN_OBJ := $(patsubst %.c,$(BUILD)/asan/obj/%.o,$(CORE_SRC) $(UNIX_SRC)) $(BUILD)/asan/obj/gen/names_gen.o \
	$(BUILD)/asan/obj/gen/frozen_gen.o
$(BUILD)/copper-asan: $(ASAN_OBJ)
	$(CC) -fsanitize=address,undefined -o $@ $^ -lpng -lm

# small.mk first: the QEMU build of a small board takes its sources and name table.
include mk/small.mk
include ports/qemu-arm/port.mk

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# The Circuit Playground Express running the bundled demo in real time, its
# LEDs and NeoPixels in the live view, buttons pressed by a stimulus script
# (Ctrl-C stops it).
run: $(BUILD)/copper
	$(BUILD)/copper --board circuitplayground_express --stimulus examples/cpx/demo.stim examples/cpx/code.py

test: $(BUILD)/copper $(BUILD)/copper-asan $(BUILD)/qemu/copper.elf $(BUILD)/.deps-test
	$(PYTHON) tools/test_all.py $(BUILD)/copper $(BUILD)/copper-asan $(BUILD)/qemu/copper.elf

test-quick: $(BUILD)/copper
	$(PYTHON) tools/run_tests.py --copper $(BUILD)/copper

bench: $(BUILD)/copper
	$(PYTHON) tools/bench.py --copper $(BUILD)/copper

size: $(BUILD)/copper $(foreach b,$(SMALL_BOARDS),$(BUILD)/$(b)/copper-unbounded.elf $(BUILD)/$(b)/copper-parts.elf)
	$(PYTHON) tools/size.py --build $(BUILD)

clean:
	rm -rf $(BUILD)

# libFuzzer over compile-and-run (clang and libclang-rt-14-dev). FUZZ_TIME
# seconds; the corpus starts from the test programs; crashes land in
# build/fuzz/ and belong in tests/ as regression tests.
FUZZ_TIME ?= 600
FUZZ_CFLAGS := -O1 -g -D_GNU_SOURCE -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
FUZZ_SRC := $(CORE_SRC) $(filter-out ports/unix/main.c,$(UNIX_SRC))
$(BUILD)/fuzz/copper-fuzz: $(FUZZ_SRC) tests/fuzz/fuzz_run.c $(GEN)/names_gen.c $(GEN)/names_gen.h $(GEN)/frozen_gen.c
	@command -v clang >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev >/dev/null)
	@mkdir -p $(dir $@)
	clang -std=c11 $(WARN) -Icore -Imodules -Ihal -Iports/unix -I$(GEN) $(FUZZ_CFLAGS) -fsanitize=fuzzer \
		-o $@ $(FUZZ_SRC) tests/fuzz/fuzz_run.c $(GEN)/names_gen.c $(GEN)/frozen_gen.c -lpng -lm

fuzz: $(BUILD)/fuzz/copper-fuzz
	@mkdir -p $(BUILD)/fuzz/corpus $(BUILD)/fuzz/crashes
	@cp tests/*/*.py $(BUILD)/fuzz/corpus/ 2>/dev/null || true
	cd $(BUILD)/fuzz && ./copper-fuzz -max_total_time=$(FUZZ_TIME) -max_len=4096 -timeout=10 \
		-rss_limit_mb=2048 -artifact_prefix=crashes/ corpus
