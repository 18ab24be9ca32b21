// The hardware half of the port contract: the board's pins and the
// peripherals behind them. modules/ (board, digitalio, busio, ...) call only
// these; a port implements them for real silicon, the unix port for a
// simulated board (ports/unix/sim*.c). A pin is a small integer: its index
// in the board's pin table (HalBoard.pins). Functions return 0 or a
// non-negative result on success and a negative errno-style code on failure
// (HAL_E* below); the modules turn codes into CircuitPython's exceptions.
#ifndef COPPER_HAL_HAL_BOARD_H
#define COPPER_HAL_HAL_BOARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// --- error codes (negated) -------------------------------------------------
#define HAL_EIO 5          // bus error
#define HAL_ENODEV 19      // no device answered (I2C NACK on the address)
#define HAL_EINVAL 22      // invalid argument (frequency, pin function, ...)
#define HAL_EBUSY 16       // a shared resource is set differently (PWM timer)
#define HAL_ETIMEDOUT 110  // the bus timed out
#define HAL_ENOPULLUP 1000 // I2C: SDA or SCL did not read high when released
#define HAL_ENOPULL 1001   // touch: the pad never discharged (no pull resistor)

// --- the board (const data) ------------------------------------------------

// What a pin can do; a board's table says which pins have which.
#define HAL_CAP_DIGITAL 0x001
#define HAL_CAP_ADC 0x002
#define HAL_CAP_DAC 0x004
#define HAL_CAP_PWM 0x008
#define HAL_CAP_TOUCH 0x010
#define HAL_CAP_I2C 0x020      // may be an I2C SDA/SCL
#define HAL_CAP_SPI 0x040      // may be an SPI SCK/MOSI/MISO
#define HAL_CAP_UART 0x080     // may be a UART TX/RX
#define HAL_CAP_COUNT 0x100    // edge counter / encoder input (countio, rotaryio)
#define HAL_CAP_PULSE 0x200    // pulse timing in/out (pulseio)
#define HAL_CAP_AUDIO 0x400    // PWM audio output (audiopwmio)

typedef struct {
    const char *mcu_name;   // "PA17", "P1_15"
    uint16_t caps;          // HAL_CAP_* bits
} HalPin;

// One board-level name of a pin, in the order of the board's pins.c; the
// first name listed for a pin is the one its repr shows (board.D13).
typedef struct {
    const char *name;       // "D13", "LED"
    uint8_t pin;            // index into HalBoard.pins
} HalPinName;

#define HAL_NO_PIN 0xFF

// The display a board carries (board.DISPLAY): a panel on its own SPI
// pins, driven by busdisplay.BusDisplay through fourwire.FourWire with
// this init sequence (BusDisplay's format: command, data length with bit 7
// meaning "a delay byte follows the data", data, [delay in ms; 255 means
// 500 ms]).
typedef struct {
    uint8_t sck, mosi, cs, dc, reset, backlight;   // pin indices (HAL_NO_PIN: absent)
    uint32_t baudrate;
    uint16_t width, height;          // at rotation 0, as displayio sees it
    int16_t colstart, rowstart;      // the panel RAM offset of pixel (0, 0)
    uint16_t rotation;               // 0, 90, 180 or 270
    uint8_t color_depth;             // 16: RGB565
    const uint8_t *init_sequence;
    uint16_t init_len;
} HalDisplay;

typedef struct {
    const char *id;             // board.board_id: "circuitplayground_express"
    const char *name;           // "Adafruit CircuitPlayground Express"
    const char *mcu;            // "samd21g18"
    const char *platform;       // sys.platform: "Atmel SAMD21"
    uint32_t cpu_hz;            // microcontroller.cpu.frequency
    uint32_t flash_bytes, ram_bytes;
    uint8_t adc_bits;           // 12 on SAMD, 14 on nRF52840
    bool native_touch;          // SAMD21 PTC (threshold = first raw + 100)
    const HalPin *pins;
    uint8_t npins;
    const HalPinName *names;
    uint8_t nnames;
    // board.I2C()/SPI()/UART() pins (HAL_NO_PIN where absent).
    uint8_t i2c_scl, i2c_sda;
    uint8_t spi_sck, spi_mosi, spi_miso;
    uint8_t uart_tx, uart_rx;
    const uint8_t *uid;         // microcontroller.cpu.uid
    uint8_t uid_len;
    uint16_t nvm_bytes;         // size of microcontroller.nvm (0: none)
    const HalDisplay *display;  // board.DISPLAY; NULL when the board has none
} HalBoard;

const HalBoard *hal_board(void);
// True when the port runs as a board: sys.platform, sys.implementation,
// os.uname() and sys.path then report what CircuitPython reports on that
// MCU. False on the host prompt (`copper file.py` without --board), where
// they report the host as CPython does while the default board's
// hardware modules stay usable.
bool hal_board_mode(void);

// --- digital I/O -----------------------------------------------------------
typedef enum { HAL_PULL_NONE = 0, HAL_PULL_UP = 1, HAL_PULL_DOWN = 2 } HalPull;

// A claimed pin starts as an input without pull; deinit returns it to reset.
void hal_gpio_init(uint8_t pin);
void hal_gpio_deinit(uint8_t pin);
void hal_gpio_set_input(uint8_t pin, HalPull pull);
void hal_gpio_set_output(uint8_t pin, bool value, bool open_drain);
void hal_gpio_write(uint8_t pin, bool value);
bool hal_gpio_read(uint8_t pin);

// --- analog ----------------------------------------------------------------
int hal_adc_init(uint8_t pin);           // -HAL_EINVAL if the pin has no ADC
uint16_t hal_adc_read(uint8_t pin);      // 0..65535, scaled as the MCU scales it
void hal_adc_deinit(uint8_t pin);
float hal_adc_reference_voltage(void);
int hal_dac_init(uint8_t pin);
void hal_dac_write(uint8_t pin, uint16_t value);   // 0..65535
void hal_dac_deinit(uint8_t pin);

// --- PWM -------------------------------------------------------------------
// -HAL_EINVAL for a frequency the timer cannot make, -HAL_EBUSY when the
// pin's timer already runs at another frequency.
int hal_pwm_init(uint8_t pin, uint32_t frequency, uint16_t duty, bool variable_frequency);
void hal_pwm_set_duty(uint8_t pin, uint16_t duty);
int hal_pwm_set_frequency(uint8_t pin, uint32_t frequency);
uint32_t hal_pwm_get_frequency(uint8_t pin);       // the frequency actually made
void hal_pwm_deinit(uint8_t pin);

// --- capacitive touch ------------------------------------------------------
int hal_touch_init(uint8_t pin, HalPull pull);     // -HAL_ENOPULL without a pull resistor
uint16_t hal_touch_read_raw(uint8_t pin);
void hal_touch_deinit(uint8_t pin);

// --- NeoPixel / counters / pulses -----------------------------------------
// Sends the bytes unchanged at 800 kHz on a pin set up as a digital output.
void hal_neopixel_write(uint8_t pin, const uint8_t *data, size_t len);

typedef enum { HAL_EDGE_RISE = 1, HAL_EDGE_FALL = 2, HAL_EDGE_RISE_AND_FALL = 3 } HalEdge;
int hal_counter_init(uint8_t pin, HalEdge edge, HalPull pull);   // handle >= 0
uint32_t hal_counter_read(int handle);                          // edges since init (wraps)
void hal_counter_deinit(int handle);

// Quadrature encoder: the count of quarter steps seen (signed, wraps).
int hal_encoder_init(uint8_t pin_a, uint8_t pin_b);
int32_t hal_encoder_read(int handle);
void hal_encoder_deinit(int handle);

// Pulse capture: durations in microseconds (capped at 65535) of each level
// after the first transition away from idle_state, collected in the
// background into the port's buffer; read moves them out.
int hal_pulsein_init(uint8_t pin, bool idle_state);
size_t hal_pulsein_read(int handle, uint16_t *durations, size_t max);
void hal_pulsein_pause(int handle);
void hal_pulsein_resume(int handle, uint16_t trigger_us);   // 0: no trigger pulse
void hal_pulsein_deinit(int handle);
// Sends mark/space durations (us) on a carrier (IR) and returns when done.
int hal_pulseout_send(uint8_t pin, uint32_t carrier_hz, uint16_t duty, const uint16_t *pulses, size_t n);

// --- buses -----------------------------------------------------------------
// I2C: handle >= 0, or -HAL_ENOPULLUP / -HAL_EINVAL.
int hal_i2c_init(uint8_t scl, uint8_t sda, uint32_t frequency);
void hal_i2c_deinit(int bus);
// Returns 0, -HAL_ENODEV when the address is not acknowledged, -HAL_EIO.
// len 0 with stop is a probe (what I2C.scan() does).
int hal_i2c_write(int bus, uint8_t addr, const uint8_t *data, size_t len, bool stop);
int hal_i2c_read(int bus, uint8_t addr, uint8_t *data, size_t len);

// SPI: mosi or miso may be HAL_NO_PIN.
int hal_spi_init(uint8_t sck, uint8_t mosi, uint8_t miso);
void hal_spi_deinit(int bus);
int hal_spi_configure(int bus, uint32_t baudrate, uint8_t polarity, uint8_t phase, uint8_t bits);
// Clocks len bytes: sends out[i] (or `fill` when out is NULL), stores what
// MISO read into in[i] (when in is not NULL).
int hal_spi_transfer(int bus, const uint8_t *out, uint8_t *in, size_t len, uint8_t fill);

// UART: tx or rx may be HAL_NO_PIN. parity 0 none, 1 even, 2 odd.
int hal_uart_init(uint8_t tx, uint8_t rx, uint32_t baudrate, uint8_t bits, uint8_t parity, uint8_t stop,
                  size_t receiver_buffer_size);
void hal_uart_deinit(int u);
int hal_uart_set_baudrate(int u, uint32_t baudrate);
long hal_uart_write(int u, const uint8_t *data, size_t len);   // returns when sent
size_t hal_uart_rx_available(int u);
size_t hal_uart_read(int u, uint8_t *data, size_t len);      // never blocks
void hal_uart_clear_rx(int u);

// --- audio -----------------------------------------------------------------
// A sample source the port pulls from while a sound plays: read() fills up
// to n signed 16-bit mono samples and returns how many (0 at the end).
typedef struct {
    size_t (*read)(void *ctx, int16_t *out, size_t n);
    void *ctx;
    uint32_t sample_rate;
} HalAudioSource;
// kind: 0 DAC (audioio.AudioOut), 1 PWM (audiopwmio.PWMAudioOut).
int hal_audio_init(uint8_t pin, int kind);
void hal_audio_play(uint8_t pin, const HalAudioSource *src);   // src copied
void hal_audio_stop(uint8_t pin);
void hal_audio_pause(uint8_t pin, bool paused);
bool hal_audio_playing(uint8_t pin);
void hal_audio_deinit(uint8_t pin);

// --- the microcontroller ---------------------------------------------------
float hal_cpu_temperature(void);   // degrees Celsius
float hal_cpu_voltage(void);       // volts
int hal_nvm_read(size_t offset, uint8_t *data, size_t len);
int hal_nvm_write(size_t offset, const uint8_t *data, size_t len);
// microcontroller.reset() is the supervisor's business (core/supervisor.h):
// it restarts start-up, which a port without a supervisor treats as exit.

#endif
