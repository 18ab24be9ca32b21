// hal_board.h on the mps2-an385: its two FPGAIO LEDs and two push buttons
// are the board's pins; the board has no ADC, PWM, touch or buses that QEMU
// emulates, so those calls report an invalid pin.
#include "hal_board.h"
#include "qemu_board.h"

#define FPGAIO_LED (*(volatile uint32_t *)0x40028000u)
#define FPGAIO_BUTTON (*(volatile uint32_t *)0x40028008u)

static const HalPin qemu_pins[] = {
    {"LED0", HAL_CAP_DIGITAL},
    {"LED1", HAL_CAP_DIGITAL},
    {"BUTTON0", HAL_CAP_DIGITAL},
    {"BUTTON1", HAL_CAP_DIGITAL},
};

static const HalPinName qemu_names[] = {
    {"LED0", 0}, {"LED", 0}, {"LED1", 1}, {"BUTTON0", 2}, {"BUTTON1", 3},
};

static const uint8_t qemu_uid[8] = {0x43, 0x4f, 0x50, 0x50, 0x45, 0x52, 0x33, 0x85};

static const HalBoard qemu_board = {
    .id = "mps2_an385",
    .name = "Arm MPS2 AN385 (QEMU)",
    .mcu = "cortex-m3",
    .platform = "Arm Cortex-M3",
    .cpu_hz = QEMU_SYSCLK_HZ,
    .flash_bytes = 4u << 20,
    .ram_bytes = 4u << 20,
    .adc_bits = 12,
    .pins = qemu_pins,
    .npins = sizeof(qemu_pins) / sizeof(qemu_pins[0]),
    .names = qemu_names,
    .nnames = sizeof(qemu_names) / sizeof(qemu_names[0]),
    .i2c_scl = HAL_NO_PIN, .i2c_sda = HAL_NO_PIN,
    .spi_sck = HAL_NO_PIN, .spi_mosi = HAL_NO_PIN, .spi_miso = HAL_NO_PIN,
    .uart_tx = HAL_NO_PIN, .uart_rx = HAL_NO_PIN,
    .uid = qemu_uid,
    .uid_len = sizeof(qemu_uid),
    .nvm_bytes = 0,
};

const HalBoard *hal_board(void) { return &qemu_board; }
bool hal_board_mode(void) { return true; }

// --- digital I/O: LEDs are outputs, buttons inputs ------------------------------
void hal_gpio_init(uint8_t pin) { (void)pin; }
void hal_gpio_deinit(uint8_t pin) {
    if (pin < 2) {
        FPGAIO_LED &= ~(1u << pin);
    }
}
void hal_gpio_set_input(uint8_t pin, HalPull pull) { (void)pin; (void)pull; }
void hal_gpio_set_output(uint8_t pin, bool value, bool open_drain) {
    (void)open_drain;
    hal_gpio_write(pin, value);
}
void hal_gpio_write(uint8_t pin, bool value) {
    if (pin < 2) {
        FPGAIO_LED = value ? (FPGAIO_LED | (1u << pin)) : (FPGAIO_LED & ~(1u << pin));
    }
}
bool hal_gpio_read(uint8_t pin) {
    if (pin < 2) {
        return (FPGAIO_LED >> pin) & 1u;
    }
    return (FPGAIO_BUTTON >> (pin - 2)) & 1u;
}

// --- peripherals the emulated board lacks ----------------------------------------
int hal_adc_init(uint8_t pin) { (void)pin; return -HAL_EINVAL; }
uint16_t hal_adc_read(uint8_t pin) { (void)pin; return 0; }
void hal_adc_deinit(uint8_t pin) { (void)pin; }
float hal_adc_reference_voltage(void) { return 3.3f; }
int hal_dac_init(uint8_t pin) { (void)pin; return -HAL_EINVAL; }
void hal_dac_write(uint8_t pin, uint16_t value) { (void)pin; (void)value; }
void hal_dac_deinit(uint8_t pin) { (void)pin; }
int hal_pwm_init(uint8_t pin, uint32_t frequency, uint16_t duty, bool variable_frequency) {
    (void)pin; (void)frequency; (void)duty; (void)variable_frequency;
    return -HAL_EINVAL;
}
void hal_pwm_set_duty(uint8_t pin, uint16_t duty) { (void)pin; (void)duty; }
int hal_pwm_set_frequency(uint8_t pin, uint32_t frequency) { (void)pin; (void)frequency; return -HAL_EINVAL; }
uint32_t hal_pwm_get_frequency(uint8_t pin) { (void)pin; return 0; }
void hal_pwm_deinit(uint8_t pin) { (void)pin; }
int hal_touch_init(uint8_t pin, HalPull pull) { (void)pin; (void)pull; return -HAL_EINVAL; }
uint16_t hal_touch_read_raw(uint8_t pin) { (void)pin; return 0; }
void hal_touch_deinit(uint8_t pin) { (void)pin; }
void hal_neopixel_write(uint8_t pin, const uint8_t *data, size_t len) { (void)pin; (void)data; (void)len; }
int hal_counter_init(uint8_t pin, HalEdge edge, HalPull pull) { (void)pin; (void)edge; (void)pull; return -HAL_EINVAL; }
uint32_t hal_counter_read(int handle) { (void)handle; return 0; }
void hal_counter_deinit(int handle) { (void)handle; }
int hal_encoder_init(uint8_t pin_a, uint8_t pin_b) { (void)pin_a; (void)pin_b; return -HAL_EINVAL; }
int32_t hal_encoder_read(int handle) { (void)handle; return 0; }
void hal_encoder_deinit(int handle) { (void)handle; }
int hal_pulsein_init(uint8_t pin, bool idle_state) { (void)pin; (void)idle_state; return -HAL_EINVAL; }
size_t hal_pulsein_read(int handle, uint16_t *durations, size_t max) { (void)handle; (void)durations; (void)max; return 0; }
void hal_pulsein_pause(int handle) { (void)handle; }
void hal_pulsein_resume(int handle, uint16_t trigger_us) { (void)handle; (void)trigger_us; }
void hal_pulsein_deinit(int handle) { (void)handle; }
int hal_pulseout_send(uint8_t pin, uint32_t carrier_hz, uint16_t duty, const uint16_t *pulses, size_t n) {
    (void)pin; (void)carrier_hz; (void)duty; (void)pulses; (void)n;
    return -HAL_EINVAL;
}
int hal_i2c_init(uint8_t scl, uint8_t sda, uint32_t frequency) { (void)scl; (void)sda; (void)frequency; return -HAL_EINVAL; }
void hal_i2c_deinit(int bus) { (void)bus; }
int hal_i2c_write(int bus, uint8_t addr, const uint8_t *data, size_t len, bool stop) {
    (void)bus; (void)addr; (void)data; (void)len; (void)stop;
    return -HAL_EIO;
}
int hal_i2c_read(int bus, uint8_t addr, uint8_t *data, size_t len) { (void)bus; (void)addr; (void)data; (void)len; return -HAL_EIO; }
int hal_spi_init(uint8_t sck, uint8_t mosi, uint8_t miso) { (void)sck; (void)mosi; (void)miso; return -HAL_EINVAL; }
void hal_spi_deinit(int bus) { (void)bus; }
int hal_spi_configure(int bus, uint32_t baudrate, uint8_t polarity, uint8_t phase, uint8_t bits) {
    (void)bus; (void)baudrate; (void)polarity; (void)phase; (void)bits;
    return -HAL_EINVAL;
}
int hal_spi_transfer(int bus, const uint8_t *out, uint8_t *in, size_t len, uint8_t fill) {
    (void)bus; (void)out; (void)in; (void)len; (void)fill;
    return -HAL_EIO;
}
int hal_uart_init(uint8_t tx, uint8_t rx, uint32_t baudrate, uint8_t bits, uint8_t parity, uint8_t stop,
                  size_t receiver_buffer_size) {
    (void)tx; (void)rx; (void)baudrate; (void)bits; (void)parity; (void)stop; (void)receiver_buffer_size;
    return -HAL_EINVAL;
}
void hal_uart_deinit(int u) { (void)u; }
int hal_uart_set_baudrate(int u, uint32_t baudrate) { (void)u; (void)baudrate; return -HAL_EINVAL; }
long hal_uart_write(int u, const uint8_t *data, size_t len) { (void)u; (void)data; (void)len; return -HAL_EIO; }
size_t hal_uart_rx_available(int u) { (void)u; return 0; }
size_t hal_uart_read(int u, uint8_t *data, size_t len) { (void)u; (void)data; (void)len; return 0; }
void hal_uart_clear_rx(int u) { (void)u; }
int hal_audio_init(uint8_t pin, int kind) { (void)pin; (void)kind; return -HAL_EINVAL; }
void hal_audio_play(uint8_t pin, const HalAudioSource *src) { (void)pin; (void)src; }
void hal_audio_stop(uint8_t pin) { (void)pin; }
void hal_audio_pause(uint8_t pin, bool paused) { (void)pin; (void)paused; }
bool hal_audio_playing(uint8_t pin) { (void)pin; return false; }
void hal_audio_deinit(uint8_t pin) { (void)pin; }

// --- the microcontroller -----------------------------------------------------------
float hal_cpu_temperature(void) { return 25.0f; }
float hal_cpu_voltage(void) { return 3.3f; }
int hal_nvm_read(size_t offset, uint8_t *data, size_t len) { (void)offset; (void)data; (void)len; return -HAL_EINVAL; }
int hal_nvm_write(size_t offset, const uint8_t *data, size_t len) { (void)offset; (void)data; (void)len; return -HAL_EINVAL; }
