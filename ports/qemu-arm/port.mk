# The qemu-arm port (included by the top-level Makefile): Copper for the
# Cortex-M3 of QEMU's mps2-an385, built with arm-none-eabi-gcc and newlib.
#   make qemu        build/qemu/copper.elf
#   make run-qemu    boot it in QEMU with the console on this terminal
#   make test-qemu   the language tests on it, through the raw REPL
#   make qemu-drive  build/qemu/drive.img, a FAT image of DIR that run-qemu loads
# QEMU_RAM bounds the RAM the image may use (32K stands for a SAMD21).

QEMU_BUILD := $(BUILD)/qemu
QEMU_RAM ?= 4M
# The C stack: 64K with the default RAM, 7K with 32K (a SAMD21: print(1)
# through the raw REPL takes 2K, an f-string holding a comprehension 3.5K),
# 12K with other small RAM. The VM, the parser and the compiler raise
# RecursionError 3K before its end (main.c).
QEMU_STACK ?= $(if $(filter 4M,$(QEMU_RAM)),64K,$(if $(filter 32K,$(QEMU_RAM)),7K,12K))
# QEMU_BOARD picks the configuration header boards/$(QEMU_BOARD).h (modules and
# features); give another board a QEMU_BUILD of its own.
QEMU_BOARD ?= qemu
ARM_CC := arm-none-eabi-gcc
# A small board (mk/small.mk) builds its own sources against its own name
# table; any other board, all of them against the full table.
QEMU_GEN := $(or $(SMALL_GEN_$(QEMU_BOARD)),$(GEN))
# With 32K, 8 files open at once on the drive, not 16 (fat.h).
QEMU_CFLAGS := -std=c11 $(WARN) -mcpu=cortex-m3 -mthumb -Os -g -ffunction-sections -fdata-sections \
	-include boards/$(QEMU_BOARD).h $(if $(filter 32K,$(QEMU_RAM)),-DFAT_MAX_FILES=8) \
	-Icore -Imodules -Ihal -Iports/qemu-arm -I$(QEMU_GEN)
QEMU_LDFLAGS := -mcpu=cortex-m3 -mthumb -nostartfiles --specs=nano.specs --specs=nosys.specs -Wl,--gc-sections \
	-Wl,--defsym=RAM_SIZE=$(QEMU_RAM) -Wl,--defsym=STACK_SIZE=$(QEMU_STACK) -T ports/qemu-arm/linker.ld
QEMU_SRC := $(or $(SMALL_SRC_$(QEMU_BOARD)),$(CORE_SRC) $(sort $(wildcard ports/qemu-arm/*.c)))
QEMU_OBJ := $(patsubst %.c,$(QEMU_BUILD)/obj/%.o,$(QEMU_SRC)) $(QEMU_BUILD)/obj/gen/names_gen.o \
	$(QEMU_BUILD)/obj/gen/frozen_gen.o
QEMU_RUN := qemu-system-arm -machine mps2-an385 -nographic -serial mon:stdio \
	-semihosting-config enable=on,target=native

.PHONY: qemu run-qemu test-qemu qemu-drive

$(BUILD)/.deps-qemu:
	@bash tools/deps.sh qemu
	@mkdir -p $(BUILD) && touch $@

$(QEMU_BUILD)/obj/%.o: %.c $(QEMU_GEN)/names_gen.h | $(BUILD)/.deps-qemu
	@mkdir -p $(dir $@)
	$(ARM_CC) $(QEMU_CFLAGS) -MMD -MP -c $< -o $@
$(QEMU_BUILD)/obj/gen/%.o: $(QEMU_GEN)/%.c $(QEMU_GEN)/names_gen.h | $(BUILD)/.deps-qemu
	@mkdir -p $(dir $@)
	$(ARM_CC) $(QEMU_CFLAGS) -c $< -o $@

$(QEMU_BUILD)/copper.elf: $(QEMU_OBJ) ports/qemu-arm/linker.ld
	$(ARM_CC) $(QEMU_LDFLAGS) -o $@ $(QEMU_OBJ) -lm
	arm-none-eabi-size $@

qemu: $(QEMU_BUILD)/copper.elf

run-qemu: $(QEMU_BUILD)/copper.elf
	$(QEMU_RUN) -kernel $< $$([ -f $(QEMU_DRIVE) ] && echo $(QEMU_DRIVE_LOAD))

# The CIRCUITPY drive: `make qemu-drive DIR=folder` makes a FAT image of the
# folder (default examples/qemu-drive) that run-qemu loads into the PSRAM
# at QEMU_DRIVE_ADDR (qemu_board.h has the same address).
QEMU_DRIVE := $(QEMU_BUILD)/drive.img
QEMU_DRIVE_KB ?= 2048
QEMU_DRIVE_ADDR := 0x21000000
QEMU_DRIVE_LOAD = -device loader,file=$(QEMU_DRIVE),addr=$(QEMU_DRIVE_ADDR),force-raw=on
DIR ?= examples/qemu-drive
MKFS_FAT := $(firstword $(wildcard /usr/sbin/mkfs.fat /sbin/mkfs.fat) mkfs.fat)

# QEMU_DRIVE_FAT=32 makes it FAT32 (else mkfs.fat picks FAT12 or FAT16);
# mtools refuses FAT32 volumes this small, so tools/fat32_fill.py fills it.
QEMU_DRIVE_FAT ?=

qemu-drive: | $(BUILD)/.deps-qemu
	@mkdir -p $(QEMU_BUILD)
	rm -f $(QEMU_DRIVE)
	$(MKFS_FAT) -C $(if $(QEMU_DRIVE_FAT),-F $(QEMU_DRIVE_FAT)) -n CIRCUITPY $(QEMU_DRIVE) $(QEMU_DRIVE_KB) >/dev/null
	if [ "$(QEMU_DRIVE_FAT)" = 32 ]; then $(PYTHON) tools/fat32_fill.py $(QEMU_DRIVE) '$(DIR)'; \
	elif [ -n "$$(ls -A '$(DIR)')" ]; then MTOOLS_SKIP_CHECK=1 mcopy -s -i $(QEMU_DRIVE) '$(DIR)'/* ::/; fi

test-qemu: $(QEMU_BUILD)/copper.elf
	$(PYTHON) tools/test_qemu.py --elf $<
