// The simulated board behind hal_board.h on the host: the parts of the
// simulator talk to each other through this header.
//   sim.c          board selection, the clock (real or virtual), options,
//                  pin state: digital levels, pulls, analog inputs
//   sim_boards.c   the board tables (data)
//   sim_stimulus.c the --stimulus script: parsing and applying events
//   sim_gpio.c     hal_gpio/adc/dac/pwm/touch/neopixel/counter/encoder/cpu/nvm,
//                  the PyBadge/PyGamer button shift register
//   sim_bus.c      hal_i2c/spi/uart and the device registry
//   sim_dev_*.c    simulated I2C/SPI devices (lis3dh, bme280, ssd1306, the
//                  SPI TFT panels in sim_dev_panel.c)
//   sim_screen.c   the display a run shows: --screen, --snapshot, and the
//                  image the live view draws
//   sim_pulse.c    hal_pulsein/pulseout and IR (NEC) stimulus
//   sim_trace.c    the --trace VCD writer
//   sim_audio.c    hal_audio_* and the --audio WAV writer
//   sim_view.c     the live view of the board (its screen and a status
//                  line) in a terminal
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
    const char *screen;       // --screen FILE.png (sim_screen.c writes it at the end)
    const char *snapshots;    // --snapshot T1,T2,... (sim_screen.c parses it)
    const char *displays[4];  // --display MODEL@CS,DC[,RST] (panels on board.SPI's pins)
    int ndisplays;
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
// Renders the speaker to the end and writes the --audio WAV file
// (sim_audio.c); sim_finish calls it.
void sim_audio_finish(void);

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
// A key-matrix switch between two pins closed or opened (stimulus
// `press D5+D6`): while closed, a pin the program does not drive reads
// the level the program drives on the other one (keypad.KeyMatrix drives
// a row and reads the columns).
void sim_pin_join(uint8_t a, uint8_t b, bool closed);
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
// An SPI device: sees every byte the bus on its SCK/MOSI sends, in batches
// during which no other pin changes; it reads its own chip select (and
// data/command) with sim_pin_level. Nothing drives MISO.
typedef struct SimSpiDevice SimSpiDevice;
struct SimSpiDevice {
    const char *name;
    void (*write)(SimSpiDevice *d, const uint8_t *data, size_t len);
    void *state;
};
// Attaches a device to the SPI wires SCK/MOSI (at start-up, before any bus
// opens; exits with a message when too many are attached).
void sim_spi_attach(uint8_t sck, uint8_t mosi, SimSpiDevice *dev);
// Attaches the board's own parts and the --i2c devices (from sim_start).
void sim_bus_start(void);
// Device constructors (sim_dev_*.c): NULL for an unknown name.
SimI2CDevice *sim_i2c_device_new(const char *name, uint8_t addr);
// Feeds bytes into the UART whose RX is on `pin` (stimulus `uart RX "..."`),
// arriving at the UART's baud rate from now on.
void sim_uart_inject(uint8_t rx_pin, const uint8_t *data, size_t len);
// The colours a board DotStar chain shows (R, G, B per LED, scaled by its
// 5-bit brightness), decoded from SPI on its pins; NULL if no DotStar there.
const uint8_t *sim_dotstar_data(uint8_t data_pin, size_t *len);
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
// Opens --trace FILE (sim_start calls it) and writes out and closes it
// (sim_finish calls it; also run at exit).
void sim_trace_start(void);
void sim_trace_finish(void);
// A level drawn at board time t >= now (PulseOut's carrier, trigger pulses).
void sim_trace_digital_at(uint8_t pin, uint64_t t, bool level);
// IR frames and other scheduled edges (sim_pulse.c): the next edge's board
// time (UINT64_MAX: none) and applying the edges due at now; sim_advance_to
// calls both as it does for stimulus events, so edges land at their time.
uint64_t sim_pulse_next_ns(void);
void sim_pulse_fire_due(uint64_t now_ns);

// --- screens (sim_screen.c) ----------------------------------------------------------
// A display as the viewer sees it. Devices offer theirs as they are
// created; --screen, --snapshot and the live view use one of them.
typedef struct SimScreen SimScreen;
struct SimScreen {
    uint16_t width, height;   // upright, in pixels
    uint16_t refresh_hz;      // how often the glass redraws (the view draws no faster)
    // Fills width * height RGB triples, rows top to bottom: what shows now.
    void (*render)(const SimScreen *s, uint8_t *rgb);
    void *state;
};
// Which screen a run shows: the board's own panel, else the first
// external panel, else the first SSD1306.
enum { SIM_SCREEN_BOARD, SIM_SCREEN_EXTERNAL, SIM_SCREEN_SSD1306 };
void sim_screen_offer(SimScreen *s, int rank);
const SimScreen *sim_screen(void);   // NULL when there is none
// Checks --screen/--snapshot against the devices (exits 2 with a message)
// and schedules the snapshots; after sim_bus_start.
void sim_screen_start(void);
// Writes --screen (once; sim_finish and exit call it).
void sim_screen_finish(void);

// --- live view (sim_view.c) --------------------------------------------------------
// Redraws the view when something visible changed (at most ~30 Hz, or
// the screen's refresh rate).
void sim_view_update(void);
// The program's output is about to be written: lift the view first.
void sim_view_before_output(void);

// --- board parts and simulator core (sim_boards.c, sim.c) --------------------
// What sits on a board around the MCU, as data: the live view draws LEDs,
// pixels and buttons from it, the stimulus presses its buttons.
typedef enum {
    SIM_PART_LED,          // an LED lit while the pin is high
    SIM_PART_NEOPIXEL,     // `count` NeoPixels on `pin`
    SIM_PART_DOTSTAR,      // `count` APA102 pixels: data `pin`, clock `pin2`
    SIM_PART_BUTTON,       // a push button: pressed drives `active_high`
    SIM_PART_SWITCH,       // a slide switch: "pressed" drives `active_high`
    SIM_PART_ANALOG,       // a sensor: the pin sits at `volts`
    SIM_PART_PULLUP,       // a board pull-up resistor on the pin (I2C lines)
    SIM_PART_PULLDOWN,     // a board pull-down resistor on the pin
    SIM_PART_IR_RX,        // an IR receiver output (idle high)
} SimPartKind;
typedef struct {
    uint8_t kind;          // SimPartKind
    const char *mcu;       // the MCU pin, "PA28"
    const char *mcu2;      // second pin (DotStar clock) or NULL
    const char *label;     // short name in the view: "A", "LED"
    bool active_high;      // BUTTON/SWITCH: level while pressed; LED: lit when high
    uint8_t count;         // NEOPIXEL/DOTSTAR: number of pixels
    float volts;           // ANALOG: the voltage the part puts on the pin
} SimPart;
// How a TFT panel's glass sits in front of its controller (the board's
// DISPLAY, or a --display breakout): which part of the controller's RAM it
// shows, turned so that the picture is upright as a person holding the
// board sees it. `upright` holds the MADCTL MY/MX/MV bits (0x80/0x40/0x20)
// under which the address (x, y) lands at (x, y) of the upright picture
// (counted from the glass's corner); the glass's subpixel order and an IPS
// glass's inversion decide the colours it shows.
typedef struct {
    const char *model;     // the controller: "st7735r", "st7789", "ili9341"
    uint16_t col, row;     // the glass's first RAM column and row
    uint16_t cols, rows;   // the RAM columns and rows it shows
    uint8_t upright;       // MADCTL bits of the upright picture
    bool bgr;              // blue-green-red subpixels
    bool ips;              // shows colours inverted unless INVON
} SimPanelMount;
typedef struct {
    const HalBoard *hal;
    const SimPart *parts;
    uint8_t nparts;
    uint32_t pwm_clock_hz; // timer clock PWM frequencies are divided from
    // Buttons read through a 74HC165 on BUTTON_LATCH/CLOCK/OUT (PyBadge,
    // PyGamer): their stimulus names in the order the bits come out
    // (keypad key 0 first); NULL when the board has none.
    const char *const *shift_buttons;
    uint8_t nshift_buttons;
    // The panel behind hal->display (NULL when the board has none).
    const SimPanelMount *panel;
} SimBoard;
const SimBoard *sim_find_sim_board(const char *id);
const SimBoard *sim_board(void);          // the selected board
// The first board name of a pin ("D13"), else its MCU name.
const char *sim_pin_name(uint8_t pin);
// A board pin name ("BUTTON_A") or MCU name ("PA28") -> pin, or -1.
int sim_pin_by_name(const char *name);
// The MCU pin of a part (resolved at start-up), HAL_NO_PIN when absent.
uint8_t sim_part_pin(const SimPart *part);
uint8_t sim_part_pin2(const SimPart *part);
// An external pull resistor on a pin (board parts, stimulus `pull PIN up`):
// HAL_PULL_NONE/UP/DOWN. Bus code checks it for I2C pull-ups, touch for
// the 1 MOhm resistor.
HalPull sim_pin_external_pull(uint8_t pin);
void sim_pin_set_external_pull(uint8_t pin, HalPull pull);
// How the program uses a pin (sim_gpio.c keeps it; the view and the
// trace read it).
typedef enum { SIM_USE_NONE, SIM_USE_INPUT, SIM_USE_OUTPUT, SIM_USE_ANALOG_IN, SIM_USE_DAC, SIM_USE_PWM,
               SIM_USE_TOUCH, SIM_USE_BUS } SimPinUse;
SimPinUse sim_pin_use(uint8_t pin);
// The program drives the pin (digital output; open-drain releases on 1).
// Other parts (bus, pulseout) call this so the watchers see the edges.
void sim_pin_drive_program(uint8_t pin, int level);
// The pin's pull as the program set it.
void sim_pin_set_pull(uint8_t pin, HalPull pull);
HalPull sim_pin_pull(uint8_t pin);
// The latest NeoPixel bytes sent on a pin (NULL if none); PWM duty 0..1.
const uint8_t *sim_neopixel_data(uint8_t pin, size_t *len);
double sim_pwm_duty(uint8_t pin);
// The stimulus (sim_stimulus.c): parses the file (exits 2 on an error)
// and fires events whose time has come; next_ns is UINT64_MAX when none.
void sim_stimulus_load(const char *path);
uint64_t sim_stimulus_next_ns(void);
void sim_stimulus_fire_due(uint64_t now_ns);
// The shift-register buttons (sim_gpio.c): sim_start wires them up; the
// stimulus finds one by name (-1 if none) and presses or releases it.
void sim_shift_buttons_start(void);
int sim_shift_button_by_name(const char *name);
void sim_shift_button_set(int index, bool pressed);
bool sim_shift_button_pressed(int index);
// Directory the nvm file goes in (the drive when --drive is used; default
// the current directory).
void sim_set_nvm_dir(const char *dir);
// True under --virtual-time.
bool sim_virtual_time(void);
// "10s", "500ms", "2m", "250us" (a bare number is seconds) -> ns.
bool sim_parse_duration(const char *s, uint64_t *ns);
// The VM's periodic poll (hal_interrupt_pending): under virtual time it
// advances the clock by SIM_POLL_QUANTUM_NS; in real time it lets due
// stimulus events and timed parts run.
#define SIM_POLL_QUANTUM_NS 10000u
void sim_poll(void);
// In real time: the host time (board time) to wake up at to fire the next
// stimulus event or run --run-for's end; UINT64_MAX when none.
uint64_t sim_next_wakeup_ns(void);
// The level the outside world drives a pin to: 1, 0, or -1 (not driven
// digitally).
int sim_pin_external_level(uint8_t pin);
// The program's output was written (console.c, after the write): the view
// only draws while that output ends at the start of a line.
void sim_view_after_output(const char *data, size_t len);
// The live view's start (decides whether to draw) and end (lifts the line).
void sim_view_start(void);
void sim_view_finish(void);
// Seconds of board time as "1.250s" into buf (the view, messages).
void sim_format_time(uint64_t ns, char *buf, size_t len);
// Called by sim_gpio.c whenever a pin's level may have changed: compares
// with the last level seen and tells the watchers.
void sim_pin_level_maybe_changed(uint8_t pin);

#endif
