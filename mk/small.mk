# Small-board size builds (included by the top-level Makefile):
#   make size-samd21   Cortex-M0+, 256 KB flash / 32 KB RAM (Trinket M0, CPX)
#   make size-samd51   Cortex-M4F, 512 KB flash / 192 KB RAM (Metro M4, PyBadge)
#   make small-check   the bounded links of both: fails when one overflows
# Each compiles core/ + modules/ + the frozen lib/ + the qemu-arm port's board
# code (standing in for the board's HAL) for the board's CPU with -Os and its
# configuration header boards/<board>.h, and links $(BUILD)/<board>/copper.elf
# against ports/sizecheck/<board>.ld, whose FLASH and RAM are the board's:
# that link FAILS when the image overflows. copper-unbounded.elf is the same
# image with no limits, so tools/size.py can report the overflow in bytes.
# Both are link-time optimised (-flto: 12 KB smaller than per-file -Os) and
# use newlib-nano (its reentrancy struct is 1 KB smaller in RAM). LTO
# spreads every function over a few partitions, so the cost of each module
# and core file comes from copper-parts.elf: the same objects (compiled
# with -ffat-lto-objects, which keeps their plain -Os code too) linked
# without LTO. The images are not run: the free heap at code.py start is
# measured on QEMU (`make qemu QEMU_BOARD=samd21 QEMU_RAM=32K`, done by
# tools/size.py).
# Each board has its own name table, $(BUILD)/<board>/gen/names_gen.{c,h},
# and its frozen lib/ built against it: the core's names, the frozen
# identifiers and the module names that the board's sources, preprocessed
# with its header, still use (tools/gen_names.py). The files of the modules
# the board leaves out (COPPER_MODULE_X 0: modules/x.c and modules/x_*.c)
# are not compiled, so their names cost the board no flash. The QEMU build
# of a board (QEMU_BOARD=<board>, ports/qemu-arm/port.mk) uses the same
# sources and table.

SMALL_BOARDS := samd21 samd51
SMALL_CPU_samd21 := -mcpu=cortex-m0plus -mthumb
SMALL_CPU_samd51 := -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16
SMALL_OPT ?= -Os
SMALL_CFLAGS := -std=c11 $(WARN) $(SMALL_OPT) -flto -ffat-lto-objects -ffunction-sections -fdata-sections \
	-Icore -Imodules -Ihal -Iports/qemu-arm
SMALL_SRC := $(CORE_SRC) $(sort $(wildcard ports/qemu-arm/*.c))
SMALL_HEADERS := $(wildcard core/*.h core/*.def modules/*.h modules/*.def hal/*.h ports/qemu-arm/*.h)

.PHONY: size-small small-check $(addprefix size-,$(SMALL_BOARDS))

# small_board(board)
# (ARM_CC comes from ports/qemu-arm/port.mk, included after this file.)
define small_board
SMALL_OFF_$(1) := $(shell sed -n 's/^#define COPPER_MODULE_\([A-Z0-9_]*\) 0\b.*/\1/p' boards/$(1).h | tr A-Z a-z)
SMALL_SRC_$(1) := $$(filter-out $$(foreach m,$$(SMALL_OFF_$(1)),modules/$$(m).c modules/$$(m)_%.c),$(SMALL_SRC))
SMALL_GEN_$(1) := $(BUILD)/$(1)/gen
SMALL_OBJ_$(1) := $$(patsubst %.c,$(BUILD)/$(1)/obj/%.o,$$(SMALL_SRC_$(1))) $(BUILD)/$(1)/obj/gen/names_gen.o \
	$(BUILD)/$(1)/obj/gen/frozen_gen.o
SMALL_LDFLAGS_$(1) := $(SMALL_CPU_$(1)) $(SMALL_OPT) -nostartfiles --specs=nano.specs --specs=nosys.specs \
	-Wl,--gc-sections

# The preprocessor sees the full names_gen.h of $(GEN); gen_names.py skips its enum.
$(BUILD)/$(1)/gen/names_gen.h $(BUILD)/$(1)/gen/names_gen.c &: $$(SMALL_SRC_$(1)) $(SMALL_HEADERS) boards/$(1).h \
		$(NAME_DEFS) $(FROZEN_PY) tools/gen_names.py $(GEN)/names_gen.h | $(BUILD)/.deps-qemu
	$(PYTHON) tools/gen_names.py . $(BUILD)/$(1)/gen \
		--preprocess '$$(ARM_CC) $(SMALL_CFLAGS) $(SMALL_CPU_$(1)) -include boards/$(1).h -I$(GEN)' $$(SMALL_SRC_$(1))
$(BUILD)/$(1)/gen/frozen_gen.c: $(FROZEN_PY) tools/freeze.py $(BUILD)/copper-cross $(BUILD)/$(1)/gen/names_gen.c
	$(PYTHON) tools/freeze.py lib $$@ $(BUILD)/copper-cross $(BUILD)/$(1)/gen/names_gen.c

$(BUILD)/$(1)/obj/%.o: %.c $(BUILD)/$(1)/gen/names_gen.h boards/$(1).h | $(BUILD)/.deps-qemu
	@mkdir -p $$(dir $$@)
	$$(ARM_CC) $(SMALL_CFLAGS) $(SMALL_CPU_$(1)) -include boards/$(1).h -I$(BUILD)/$(1)/gen -MMD -MP -c $$< -o $$@
$(BUILD)/$(1)/obj/gen/%.o: $(BUILD)/$(1)/gen/%.c $(BUILD)/$(1)/gen/names_gen.h boards/$(1).h | $(BUILD)/.deps-qemu
	@mkdir -p $$(dir $$@)
	$$(ARM_CC) $(SMALL_CFLAGS) $(SMALL_CPU_$(1)) -include boards/$(1).h -I$(BUILD)/$(1)/gen -c $$< -o $$@

$(BUILD)/$(1)/copper-unbounded.elf: $$(SMALL_OBJ_$(1)) ports/sizecheck/unbounded.ld ports/sizecheck/common.ld
	$$(ARM_CC) $$(SMALL_LDFLAGS_$(1)) -flto=auto -T ports/sizecheck/unbounded.ld -o $$@ $$(SMALL_OBJ_$(1)) -lm
$(BUILD)/$(1)/copper-parts.elf: $$(SMALL_OBJ_$(1)) ports/sizecheck/unbounded.ld ports/sizecheck/common.ld
	$$(ARM_CC) $$(SMALL_LDFLAGS_$(1)) -fno-lto -T ports/sizecheck/unbounded.ld -Wl,-Map=$$@.map -o $$@ \
		$$(SMALL_OBJ_$(1)) -lm
$(BUILD)/$(1)/copper.elf: $$(SMALL_OBJ_$(1)) ports/sizecheck/$(1).ld ports/sizecheck/common.ld
	$$(ARM_CC) $$(SMALL_LDFLAGS_$(1)) -flto=auto -T ports/sizecheck/$(1).ld -Wl,-Map=$$@.map -o $$@ $$(SMALL_OBJ_$(1)) -lm
	arm-none-eabi-size $$@

# The report: the bounded link may fail (that is what it checks); size.py
# says by how much. `make small-check` fails when a board overflows.
size-$(1): $(BUILD)/$(1)/copper-unbounded.elf $(BUILD)/$(1)/copper-parts.elf
	-@$(MAKE) --no-print-directory $(BUILD)/$(1)/copper.elf
	$(PYTHON) tools/size.py --build $(BUILD) --board $(1)
endef

$(foreach b,$(SMALL_BOARDS),$(eval $(call small_board,$(b))))

size-small: $(addprefix size-,$(SMALL_BOARDS))

small-check: $(foreach b,$(SMALL_BOARDS),$(BUILD)/$(b)/copper.elf)
