// The seam between busdisplay.BusDisplay and the display buses it drives
// (fourwire.FourWire, i2cdisplaybus.I2CDisplayBus). A transaction holds the
// lock of the busio object underneath (and the chip select), so Python
// code sharing that bus never interleaves with a refresh; inside it,
// command and data bytes go out framed as the bus frames them. Also the
// slots that limit display buses and displays as CircuitPython does, and
// the small pin and delay helpers the buses share (busdisplay.c).
#ifndef COPPER_MODULES_DISPLAY_BUS_H
#define COPPER_MODULES_DISPLAY_BUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "obj.h"

typedef enum { DISP_COMMAND, DISP_DATA } DispByteKind;

typedef struct {
    // Takes the bus: false when Python code holds the busio object's lock
    // (or it was deinitialised); the caller then tries again later.
    bool (*begin)(Value bus);
    // Inside a transaction. toggle_cs: chip select goes high and low again
    // after every byte (controllers that latch commands on it).
    void (*send)(Value bus, DispByteKind kind, bool toggle_cs, const uint8_t *data, size_t len);
    void (*end)(Value bus);
    // Pulses the reset pin; false when the bus has none.
    bool (*reset)(Value bus);
    // Releases the pins (and a busio object the bus made itself). Never raises.
    void (*deinit)(Value bus);
} DispBusOps;

// What both bus objects start with.
typedef struct {
    Obj base;
    const DispBusOps *ops;
    Value busio;     // the busio.SPI or busio.I2C underneath
    bool deinited;   // by displayio.release_displays()
} DispBusObj;

extern const Type fourwire_fourwire_type, i2cdisplaybus_i2cdisplaybus_type;

// The display bus behind v: ValueError "Unsupported display bus type" for
// anything else, the deinitialised-object ValueError after release.
DispBusObj *disp_bus_arg(Value v);
// Begins a transaction on a bus that Python code may hold: waits for it,
// running background tasks, as CircuitPython does (KeyboardInterrupt on
// Ctrl-C); the deinitialised-object ValueError when the bus or the busio
// object underneath was deinitialised. May raise.
void disp_bus_begin_wait(DispBusObj *b);

// The most bytes BusDisplay sends in one send(): one rendered chunk of
// DISP_CHUNK_PIXELS at 32 bits per pixel. Buses frame sends up to this
// size on the C stack.
#define DISP_CHUNK_PIXELS 256
#define DISP_SEND_MAX (DISP_CHUNK_PIXELS * 4)

// board.DISPLAY: the display in the first slot. While the board's display
// still holds it, the first use builds it (a FourWire on the board's own
// SPI pins, a BusDisplay with the board's init sequence); None after
// displayio.release_displays() until a program makes its own. May raise.
Value disp_board_display(void);

// displayio.CIRCUITPYTHON_TERMINAL: the console group of the display in
// the first slot (board.DISPLAY, built if need be); None without a display.
Value disp_console_group(void);

// fourwire.FourWire on a busio.SPI (board.DISPLAY's bus owns its SPI and
// deinitialises it with itself). Claims the pins, pulses reset, takes the
// bus slot (after disp_bus_slot_check). May raise.
Value fourwire_make(Value spi, uint8_t command, uint8_t chip_select, uint8_t reset, uint32_t baudrate,
                    uint8_t polarity, uint8_t phase, bool owns_spi);

// --- slots ------------------------------------------------------------------
// CircuitPython keeps displays and display buses in static slots
// (CIRCUITPY_DISPLAY_LIMIT, 1 on every board here); a board with a
// display has its board.DISPLAY in the first one from start-up until
// displayio.release_displays().

// RuntimeError "Too many display busses; forgot displayio.release_displays() ?"
// unless a bus slot is free.
void disp_bus_slot_check(void);
// Puts a new bus into the free slot (after disp_bus_slot_check).
void disp_bus_slot_take(Value bus);

// --- helpers the buses share ------------------------------------------------

// Claims pins as push-pull outputs at the given levels (HAL_NO_PIN
// entries skipped), all or none: "<NAME> in use" when one is taken or
// listed twice. May raise.
void disp_pins_output(const uint8_t *pins, const bool *levels, size_t n);
// Returns a pin to its reset state, unclaimed (nothing for HAL_NO_PIN).
void disp_pin_release(uint8_t pin);
// A busy wait on the board clock, as CircuitPython's common_hal_mcu_delay_us
// (background tasks do not run).
void disp_delay_us(uint32_t us);

#endif
