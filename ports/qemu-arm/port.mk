# The qemu-arm port (included by the top-level Makefile): Copper for the
# Cortex-M3 of QEMU's mps2-an385, built with arm-none-eabi-gcc and newlib.
#   make qemu        build/qemu/copper.elf
#   make run-qemu    boot it in QEMU with the console on this terminal
# QEMU_RAM bounds the RAM the image may use (32K stands for a SAMD21).

QEMU_BUILD := $(BUILD)/qemu
QEMU_RAM ?= 4M
ARM_CC := arm-none-eabi-gcc
QEMU_CFLAGS := -std=c11 $(WARN) -mcpu=cortex-m3 -mthumb -Os -g -ffunction-sections -fdata-sections \
	-Icore -Imodules -Ihal -Iports/qemu-arm -I$(GEN)
QEMU_LDFLAGS := -mcpu=cortex-m3 -mthumb -nostartfiles --specs=nosys.specs -Wl,--gc-sections \
	-Wl,--defsym=RAM_SIZE=$(QEMU_RAM) -T ports/qemu-arm/linker.ld
QEMU_SRC := $(CORE_SRC) $(sort $(wildcard ports/qemu-arm/*.c))
QEMU_OBJ := $(patsubst %.c,$(QEMU_BUILD)/obj/%.o,$(QEMU_SRC)) $(QEMU_BUILD)/obj/gen/names_gen.o \
	$(QEMU_BUILD)/obj/gen/frozen_gen.o
QEMU_RUN := qemu-system-arm -machine mps2-an385 -nographic -serial mon:stdio \
	-semihosting-config enable=on,target=native

.PHONY: qemu run-qemu qemu-deps

$(BUILD)/.deps-qemu:
	@bash tools/deps.sh qemu
	@mkdir -p $(BUILD) && touch $@

$(QEMU_BUILD)/obj/%.o: %.c $(GEN)/names_gen.h | $(BUILD)/.deps-qemu
	@mkdir -p $(dir $@)
	$(ARM_CC) $(QEMU_CFLAGS) -MMD -MP -c $< -o $@
$(QEMU_BUILD)/obj/gen/%.o: $(GEN)/%.c $(GEN)/names_gen.h | $(BUILD)/.deps-qemu
	@mkdir -p $(dir $@)
	$(ARM_CC) $(QEMU_CFLAGS) -c $< -o $@

$(QEMU_BUILD)/copper.elf: $(QEMU_OBJ) ports/qemu-arm/linker.ld
	$(ARM_CC) $(QEMU_LDFLAGS) -o $@ $(QEMU_OBJ) -lm
	arm-none-eabi-size $@

qemu: $(QEMU_BUILD)/copper.elf

run-qemu: $(QEMU_BUILD)/copper.elf
	$(QEMU_RUN) -kernel $<
