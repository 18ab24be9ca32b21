// The simulated board behind hal_board.h on the host: the parts of the
// simulator talk to each other through this header.
//   sim.c          board selection, the clock (real or virtual), options,
//                  pin state: digital levels, pulls, analog inputs
//   sim_boards.c   the board tables (data)
//   sim_stimulus.c the --stimulus script: parsing and applying events
//   sim_gpio.c     hal_gpio/adc/dac/pwm/touch/neopixel/counter/encoder/cpu/nvm
//   sim_bus.c      hal_i2c/spi/uart and the device registry
//   sim_dev_*.c    simulated I2C/SPI devices (lis3dh, bme280, ssd1306)
//   sim_pulse.c    hal_pulsein/pulseout and IR (NEC) stimulus
//   sim_trace.c    the --trace VCD writer
//   sim_audio.c    hal_audio_* and the --audio WAV writer
//   sim_view.c     the live one-line view of the board in a terminal
#ifndef COPPER_PORTS_UNIX_SIM_H
#define COPPER_PORTS_UNIX_SIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "hal_board.h"

// --- options (set from the command line before copper_init) ---------------
typedef struct {
    const char *board;        // --board ID (NULL: the default board)
    bool board_given;         // --board was on the command line
    bool virtual_time;        // --virtual-time
    uint64_t run_for_ns;      // --run-for (0: no limit)
    const char *stimulus;     // --stimulus FILE
    const char *trace;        // --trace FILE.vcd
    const char *audio;        // --audio FILE.wav
    const char *i2c_devices[8];   // --i2c NAME@ADDR (extra devices on board.I2C)
    int ni2c;
    bool no_view;             // --no-view
} SimOptions;
extern SimOptions sim_options;

// Finds a board by id; NULL if unknown. sim_board_ids() lists them.
const HalBoard *sim_find_board(const char *id);
const char *const *sim_board_ids(void);
// Opens the stimulus, trace, audio and view; exits with a message (status
// 2) on a bad option or a stimulus syntax error. Called once at start-up.
void sim_start(void);
// Flushes the trace, audio file and view (at exit, also on Ctrl-C).
void sim_finish(void);

// --- the clock ---------------------------------------------------------------
// Board time in ns since start-up. With virtual time, sleeping jumps the
// clock and every VM poll (hal_interrupt_pending) advances it by a small
// fixed quantum, so busy loops make progress deterministically.
uint64_t sim_now_ns(void);
// Moves board time forward to t (virtual time), firing stimulus events and
// letting timed parts (PWM, audio, UART receive) catch up on the way.
void sim_advance_to(uint64_t t);
// A timed part registers to be told whenever board time moves.
typedef void (*SimTickFn)(uint64_t now_ns);
void sim_on_tick(SimTickFn fn);

// --- pin state (sim.c) ------------------------------------------------------
// The level a pin reads: driven by the program (output), else by the
// outside world (stimulus: buttons, switches), else its pull, else the
// board's own pull resistor (CPX buttons have pull-downs).
bool sim_pin_level(uint8_t pin);
// The outside world drives an input: 1/0, or -1 to let it float.
void sim_pin_drive_external(uint8_t pin, int level);
// Analog voltage at a pin (stimulus `set A1 1.2V`; default per board part).
void sim_pin_set_voltage(uint8_t pin, float volts);
float sim_pin_voltage(uint8_t pin);
// Touch: the stimulus `touch A1` / `release A1` sets whether a finger is on it.
void sim_pin_set_touched(uint8_t pin, bool touched);
bool sim_pin_touched(uint8_t pin);
// Called by whoever changes a pin the program drives, so the trace and the
// view see it.
typedef void (*SimPinWatchFn)(uint8_t pin, bool level);
void sim_on_pin_change(SimPinWatchFn fn);

// --- buses and devices (sim_bus.c) -------------------------------------------
// An I2C device: answers writes and reads at its address, as its datasheet says.
typedef struct SimI2CDevice SimI2CDevice;
struct SimI2CDevice {
    const char *name;
    uint8_t addr;
    void (*write)(SimI2CDevice *d, const uint8_t *data, size_t len, bool stop);
    void (*read)(SimI2CDevice *d, uint8_t *data, size_t len);
    void *state;
};
// Attaches a device to the I2C bus on these pins (board parts at start-up,
// --i2c options on board.I2C's pins).
void sim_i2c_attach(uint8_t scl, uint8_t sda, SimI2CDevice *dev);
// Attaches the board's own parts and the --i2c devices (from sim_start).
void sim_bus_start(void);
// Device constructors (sim_dev_*.c): NULL for an unknown name.
SimI2CDevice *sim_i2c_device_new(const char *name, uint8_t addr);
// Feeds bytes into the UART whose RX is on `pin` (stimulus `uart RX "..."`),
// arriving at the UART's baud rate from now on.
void sim_uart_inject(uint8_t rx_pin, const uint8_t *data, size_t len);
// The accelerometer's reading in m/s^2 (stimulus `tilt x y z`, `tap`, `shake`).
void sim_accel_set(float x, float y, float z);
void sim_accel_tap(int count);
void sim_accel_shake(void);

// --- pulses (sim_pulse.c) -------------------------------------------------------
// Sends an IR remote code to the board's receiver pin (stimulus `ir NEC 0x...`).
void sim_ir_send(uint8_t pin, const char *protocol, uint32_t code);

// --- trace (sim_trace.c) ---------------------------------------------------------
// All no-ops unless --trace was given. Times are board time (sim_now_ns()).
void sim_trace_digital(uint8_t pin, bool level);
void sim_trace_real(uint8_t pin, double value);            // analog out, PWM duty
void sim_trace_vector(const char *signal, const uint8_t *bytes, size_t len);  // NeoPixel colours
// Bit-level bus traffic, drawn as real waveforms on the pins at the bus's
// configured speed, starting now; returns the board time it took.
uint64_t sim_trace_i2c(uint8_t scl, uint8_t sda, uint32_t hz, uint8_t addr, bool read, const uint8_t *data,
                       size_t len, bool acked, bool stop);
uint64_t sim_trace_uart(uint8_t tx, uint32_t baud, uint8_t bits, uint8_t parity, uint8_t stop, const uint8_t *data,
                        size_t len);
uint64_t sim_trace_spi(uint8_t sck, uint8_t mosi, uint8_t miso, uint32_t hz, uint8_t polarity, uint8_t phase,
                       const uint8_t *out, const uint8_t *in, size_t len);

// --- live view (sim_view.c) --------------------------------------------------------
// Redraws the status line when something visible changed (at most ~30 Hz).
void sim_view_update(void);
// The program's output is about to be written: lift the view line first.
void sim_view_before_output(void);

#endif
