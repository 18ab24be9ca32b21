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

SMALL_BOARDS := samd21 samd51
SMALL_CPU_samd21 := -mcpu=cortex-m0plus -mthumb
SMALL_CPU_samd51 := -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16
SMALL_OPT ?= -Os
SMALL_CFLAGS := -std=c11 $(WARN) $(SMALL_OPT) -flto -ffat-lto-objects -ffunction-sections -fdata-sections \
	-Icore -Imodules -Ihal -Iports/qemu-arm -I$(GEN)
SMALL_SRC := $(CORE_SRC) $(sort $(wildcard ports/qemu-arm/*.c))

.PHONY: size-small small-check $(addprefix size-,$(SMALL_BOARDS))

# small_board(board)
define small_board
SMALL_OBJ_$(1) := $$(patsubst %.c,$(BUILD)/$(1)/obj/%.o,$(SMALL_SRC)) $(BUILD)/$(1)/obj/gen/names_gen.o \
	$(BUILD)/$(1)/obj/gen/frozen_gen.o
SMALL_LDFLAGS_$(1) := $(SMALL_CPU_$(1)) $(SMALL_OPT) -nostartfiles --specs=nano.specs --specs=nosys.specs \
	-Wl,--gc-sections

$(BUILD)/$(1)/obj/%.o: %.c $(GEN)/names_gen.h boards/$(1).h | $(BUILD)/.deps-qemu
	@mkdir -p $$(dir $$@)
	$(ARM_CC) $(SMALL_CFLAGS) $(SMALL_CPU_$(1)) -include boards/$(1).h -MMD -MP -c $$< -o $$@
$(BUILD)/$(1)/obj/gen/%.o: $(GEN)/%.c $(GEN)/names_gen.h boards/$(1).h | $(BUILD)/.deps-qemu
	@mkdir -p $$(dir $$@)
	$(ARM_CC) $(SMALL_CFLAGS) $(SMALL_CPU_$(1)) -include boards/$(1).h -c $$< -o $$@

$(BUILD)/$(1)/copper-unbounded.elf: $$(SMALL_OBJ_$(1)) ports/sizecheck/unbounded.ld ports/sizecheck/common.ld
	$(ARM_CC) $$(SMALL_LDFLAGS_$(1)) -flto=auto -T ports/sizecheck/unbounded.ld -o $$@ $$(SMALL_OBJ_$(1)) -lm
$(BUILD)/$(1)/copper-parts.elf: $$(SMALL_OBJ_$(1)) ports/sizecheck/unbounded.ld ports/sizecheck/common.ld
	$(ARM_CC) $$(SMALL_LDFLAGS_$(1)) -fno-lto -T ports/sizecheck/unbounded.ld -Wl,-Map=$$@.map -o $$@ \
		$$(SMALL_OBJ_$(1)) -lm
$(BUILD)/$(1)/copper.elf: $$(SMALL_OBJ_$(1)) ports/sizecheck/$(1).ld ports/sizecheck/common.ld
	$(ARM_CC) $$(SMALL_LDFLAGS_$(1)) -flto=auto -T ports/sizecheck/$(1).ld -Wl,-Map=$$@.map -o $$@ $$(SMALL_OBJ_$(1)) -lm
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
